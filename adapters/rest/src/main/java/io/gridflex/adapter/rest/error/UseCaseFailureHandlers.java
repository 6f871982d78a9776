package io.gridflex.adapter.rest.error;

import io.gridflex.adapter.rest.json.InvalidRequestException;
import io.gridflex.adapter.rest.json.MalformedBodyException;
import io.gridflex.application.community.port.in.RegistryException;
import io.gridflex.application.failure.AuthenticationFailedException;
import io.gridflex.domain.community.CommunityRefusedException;
import io.gridflex.application.failure.ConflictException;
import io.gridflex.application.failure.ForbiddenException;
import io.gridflex.application.failure.NotFoundException;
import io.gridflex.domain.invariant.InvalidValueException;
import io.micronaut.context.annotation.Factory;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One exception handler per failure type, each answering in the shape of the API the request was
 * for: the registry's {@code {"detail", "code"}} on its routes, FlexMeasures' everywhere else.
 */
@Factory
public class UseCaseFailureHandlers {

    private static final Logger LOG = LoggerFactory.getLogger(UseCaseFailureHandlers.class);

    interface Handler<E extends Throwable> extends ExceptionHandler<E, MutableHttpResponse<Map<String, Object>>> {
    }

    @Singleton
    Handler<NotFoundException> notFound() {
        return (request, e) -> RegistryErrors.isRegistryPath(request)
                ? RegistryErrors.error(HttpStatus.NOT_FOUND, "not_found", e.getMessage()) : FlexMeasuresErrors.notFound(e.getMessage());
    }

    @Singleton
    Handler<ForbiddenException> forbidden() {
        return (request, e) -> RegistryErrors.isRegistryPath(request)
                ? RegistryErrors.error(HttpStatus.FORBIDDEN, "forbidden", e.getMessage()) : FlexMeasuresErrors.forbidden(e.getMessage());
    }

    @Singleton
    Handler<ConflictException> conflict() {
        return (request, e) -> FlexMeasuresErrors.conflict(e.field(), e.getMessage());
    }

    @Singleton
    Handler<AuthenticationFailedException> authenticationFailed() {
        return (request, e) -> RegistryErrors.isRegistryPath(request)
                ? RegistryErrors.error(HttpStatus.UNAUTHORIZED, "not_authenticated", "Not authenticated.")
                : FlexMeasuresErrors.unauthorized();
    }

    @Singleton
    Handler<InvalidRequestException> invalidRequest() {
        return (request, e) -> RegistryErrors.isRegistryPath(request)
                ? RegistryErrors.error(HttpStatus.UNPROCESSABLE_ENTITY, "invalid_request", e.fieldErrors().toString())
                : FlexMeasuresErrors.unprocessable(e.fieldErrors());
    }

    @Singleton
    Handler<InvalidValueException> invalidValue() {
        return (request, e) -> RegistryErrors.isRegistryPath(request)
                ? RegistryErrors.error(HttpStatus.UNPROCESSABLE_ENTITY, "invalid_" + e.field().replaceAll("[^A-Za-z0-9_]", "_"),
                        e.field() + ": " + e.reason())
                : FlexMeasuresErrors.unprocessable(Map.of(e.field(), List.of(e.reason())));
    }

    @Singleton
    Handler<MalformedBodyException> malformedBody() {
        // the registry answers a body it cannot read with 422, as FastAPI does
        return (request, e) -> RegistryErrors.isRegistryPath(request)
                ? RegistryErrors.error(HttpStatus.UNPROCESSABLE_ENTITY, "invalid_body", e.getMessage())
                : FlexMeasuresErrors.badRequest(e.getMessage());
    }

    @Singleton
    Handler<RegistryException> registry() {
        return (request, e) -> RegistryErrors.error(switch (e.kind()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case CONFLICT -> HttpStatus.CONFLICT;
            case INVALID -> HttpStatus.UNPROCESSABLE_ENTITY;
        }, e.code(), e.getMessage());
    }

    /** A community refused whole: 422 with the first refusal's code, and every refusal listed. */
    @Singleton
    Handler<CommunityRefusedException> communityRefused() {
        return (request, e) -> {
            MutableHttpResponse<Map<String, Object>> response = RegistryErrors.error(HttpStatus.UNPROCESSABLE_ENTITY,
                    e.first().code().wireName(), e.first().detail());
            Map<String, Object> body = new java.util.LinkedHashMap<>(response.body());
            body.put("refusals", e.refusals().stream().map(r -> Map.of("code", r.code().wireName(), "detail", r.detail())).toList());
            return response.body(body);
        };
    }

    /** Whatever else went wrong is ours: log it whole, tell the client nothing of the internals. */
    @Singleton
    Handler<RuntimeException> unexpected() {
        return (HttpRequest request, RuntimeException e) -> {
            LOG.error("Unexpected failure on {} {}", request.getMethod(), request.getPath(), e);
            return RegistryErrors.isRegistryPath(request)
                    ? RegistryErrors.error(HttpStatus.INTERNAL_SERVER_ERROR, "internal_error", "Internal server error.")
                    : FlexMeasuresErrors.other(HttpStatus.INTERNAL_SERVER_ERROR, "Internal server error.");
        };
    }
}
