package io.gridflex.adapter.rest.error;

import io.gridflex.domain.community.CommunityReason;
import io.gridflex.domain.failure.AuthenticationFailedException;
import io.gridflex.domain.failure.ConflictException;
import io.gridflex.domain.failure.ForbiddenException;
import io.gridflex.domain.failure.InvalidValueException;
import io.gridflex.domain.failure.NotFoundException;
import io.gridflex.domain.failure.Reason;
import io.gridflex.domain.failure.RefusedException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The community registry's {@code {"detail", "code"}} (rec-registry's shape) for the core's
 * failures and the framework's; the codes are what its clients branch on.
 */
@Singleton
public class RegistryApiErrors implements ApiErrors {

    @Override
    public Api.Name name() {
        return Api.Name.REGISTRY;
    }

    @Override
    public boolean claimsUnrouted(String path) {
        return path.equals("/admin") || path.startsWith("/admin/") || path.equals("/user") || path.startsWith("/user/")
                || path.equals("/health") || path.equals("/version");
    }

    /** {@code member_not_found}, {@code topology_node_not_found} …: the subject as the registry names it. */
    @Override
    public MutableHttpResponse<Map<String, Object>> notFound(NotFoundException failure) {
        String subject = switch (failure.subject()) {
            case COMMUNITY_ASSET -> "asset_";
            case RESOURCE -> "";
            default -> failure.subject().name().toLowerCase(Locale.ROOT) + "_";
        };
        return RegistryErrors.error(HttpStatus.NOT_FOUND, subject + "not_found", failure.getMessage());
    }

    @Override
    public MutableHttpResponse<Map<String, Object>> forbidden(ForbiddenException failure) {
        return RegistryErrors.error(HttpStatus.FORBIDDEN, "forbidden", failure.getMessage());
    }

    @Override
    public MutableHttpResponse<Map<String, Object>> conflict(ConflictException failure) {
        String code = failure.reason().map(RegistryApiErrors::code).orElse(code(failure.field()) + "_taken");
        return RegistryErrors.error(HttpStatus.CONFLICT, code, failure.getMessage());
    }

    /** One field: {@code invalid_<field>}; several: {@code invalid_request}, naming each. */
    @Override
    public MutableHttpResponse<Map<String, Object>> invalid(InvalidValueException failure) {
        if (failure.fields().size() == 1) {
            return RegistryErrors.error(HttpStatus.UNPROCESSABLE_ENTITY, "invalid_" + code(failure.field()),
                    failure.field() + ": " + failure.reason());
        }
        String detail = failure.fields().entrySet().stream()
                .map(e -> e.getKey() + ": " + String.join(" ", e.getValue())).collect(Collectors.joining("; "));
        return RegistryErrors.error(HttpStatus.UNPROCESSABLE_ENTITY, "invalid_request", detail);
    }

    /**
     * The first reason's code answers, with its status; the detail is the failure's message, which
     * for several refusals sums them all up ("Import of 'k' refused: …; …"). The body is exactly
     * {@code {"detail", "code"}}, as rec-registry's.
     */
    @Override
    public MutableHttpResponse<Map<String, Object>> refused(RefusedException failure) {
        Reason first = failure.first().code();
        return RegistryErrors.error(status(first), code(first), failure.getMessage());
    }

    @Override
    public MutableHttpResponse<Map<String, Object>> unauthenticated(AuthenticationFailedException failure) {
        return RegistryErrors.error(HttpStatus.UNAUTHORIZED, "not_authenticated", "Not authenticated.");
    }

    /** The registry answers a body it cannot read with 422, as FastAPI does. */
    @Override
    public MutableHttpResponse<Map<String, Object>> malformedBody(String message) {
        return RegistryErrors.error(HttpStatus.UNPROCESSABLE_ENTITY, "invalid_body", message);
    }

    @Override
    public MutableHttpResponse<Map<String, Object>> framework(HttpStatus status, String message, HttpRequest<?> request) {
        String detail = switch (status) {
            case UNAUTHORIZED -> "Not authenticated.";
            case FORBIDDEN -> "You cannot access this resource.";
            case NOT_FOUND -> "Not found: " + request.getPath();
            case REQUEST_ENTITY_TOO_LARGE -> "The request body is too large.";
            default -> status.getCode() >= 500 ? "Internal server error." : message;
        };
        return RegistryErrors.forStatus(status, detail);
    }

    @Override
    public MutableHttpResponse<Map<String, Object>> unexpected() {
        return RegistryErrors.error(HttpStatus.INTERNAL_SERVER_ERROR, "internal_error", "Internal server error.");
    }

    /** A reason as the registry's clients read it: {@code sensor_held}. */
    public static String code(Reason reason) {
        return reason.name().toLowerCase(Locale.ROOT);
    }

    private static HttpStatus status(Reason reason) {
        if (reason == CommunityReason.NOT_A_MEMBER) {
            return HttpStatus.FORBIDDEN;
        }
        if (reason == CommunityReason.COMMUNITY_TAKEN || reason == CommunityReason.AMBIGUOUS_MEMBER) {
            return HttpStatus.CONFLICT;
        }
        return HttpStatus.UNPROCESSABLE_ENTITY;
    }

    private static String code(String field) {
        return field.replaceAll("[^A-Za-z0-9_]", "_");
    }
}
