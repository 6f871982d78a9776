package io.gridflex.adapter.rest.legacy;

import io.gridflex.adapter.rest.error.Api;
import io.gridflex.adapter.rest.error.ApiErrors;
import io.gridflex.adapter.rest.error.FlexMeasuresErrors;
import io.gridflex.domain.failure.AuthenticationFailedException;
import io.gridflex.domain.failure.ConflictException;
import io.gridflex.domain.failure.ForbiddenException;
import io.gridflex.domain.failure.InvalidValueException;
import io.gridflex.domain.failure.NotFoundException;
import io.gridflex.domain.failure.RefusedException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The legacy message API's answers to what went wrong: {@code {"result": "Rejected", "status":
 * <status>, "message": …}} with the status of FlexMeasures' catalogue ({@link LegacyStatus}). The
 * message's {@code type} is added to every answer by {@link LegacyApiFilter}.
 */
@Singleton
public class LegacyApiErrors implements ApiErrors {

    @Override
    public Api.Name name() {
        return Api.Name.FLEXMEASURES_V1;
    }

    @Override
    public boolean claimsUnrouted(String path) {
        return LegacyApiFilter.isLegacy(path);
    }

    /** A sensor or asset the user may not see is, to a gateway, a connection not in its account. */
    @Override
    public MutableHttpResponse<Map<String, Object>> notFound(NotFoundException failure) {
        return rejected(LegacyStatus.UNRECOGNIZED_CONNECTION_GROUP, LegacyStatus.UNRECOGNIZED_CONNECTION_GROUP.message());
    }

    @Override
    public MutableHttpResponse<Map<String, Object>> forbidden(ForbiddenException failure) {
        return rejected(LegacyStatus.INVALID_SENDER, LegacyStatus.INVALID_SENDER.message());
    }

    @Override
    public MutableHttpResponse<Map<String, Object>> conflict(ConflictException failure) {
        return HttpResponse.<Map<String, Object>>status(HttpStatus.CONFLICT).body(body("Rejected", "CONFLICT", failure.getMessage()));
    }

    /** A value the core refuses: the status of the field it names, as the legacy validators would have said it. */
    @Override
    public MutableHttpResponse<Map<String, Object>> invalid(InvalidValueException failure) {
        LegacyStatus status = switch (failure.field()) {
            case "unit" -> LegacyStatus.INVALID_UNIT;
            case "start", "duration" -> LegacyStatus.INVALID_PERIOD;
            case "horizon", "prior" -> LegacyStatus.INVALID_HORIZON;
            case "resolution" -> LegacyStatus.INVALID_RESOLUTION;
            case "values" -> LegacyStatus.PTUS_INCOMPLETE;
            case "sensor", "connection", "connections" -> LegacyStatus.UNRECOGNIZED_CONNECTION_GROUP;
            default -> LegacyStatus.UNPROCESSABLE_ENTITY;
        };
        return rejected(status, failure.getMessage());
    }

    @Override
    public MutableHttpResponse<Map<String, Object>> refused(RefusedException failure) {
        if (failure.first().code() instanceof LegacyStatus status) {
            return rejected(status, failure.first().detail());
        }
        return HttpResponse.<Map<String, Object>>status(HttpStatus.BAD_REQUEST)
                .body(body("Rejected", failure.first().code().name(), failure.first().detail()));
    }

    @Override
    public MutableHttpResponse<Map<String, Object>> unauthenticated(AuthenticationFailedException failure) {
        return FlexMeasuresErrors.unauthorized();
    }

    /** A body that is not JSON: what FlexMeasures' framework answered, {@code {"message", "status": 400}}. */
    @Override
    public MutableHttpResponse<Map<String, Object>> malformedBody(String message) {
        return FlexMeasuresErrors.other(HttpStatus.BAD_REQUEST, message);
    }

    @Override
    public MutableHttpResponse<Map<String, Object>> framework(HttpStatus status, String message, HttpRequest<?> request) {
        return switch (status) {
            case UNAUTHORIZED -> FlexMeasuresErrors.unauthorized();
            case FORBIDDEN -> rejected(LegacyStatus.INVALID_SENDER, LegacyStatus.INVALID_SENDER.message());
            case METHOD_NOT_ALLOWED -> rejected(LegacyStatus.INVALID_METHOD, "Request method "
                    + (request.getHeaders().contains(GetWithBody.MARK) ? "GET" : request.getMethodName()) + " not supported.");
            case NOT_FOUND -> FlexMeasuresErrors.other(HttpStatus.NOT_FOUND, "Not found: " + request.getPath());
            default -> FlexMeasuresErrors.other(status, status.getCode() >= 500 ? "Internal server error." : message);
        };
    }

    @Override
    public MutableHttpResponse<Map<String, Object>> unexpected() {
        return FlexMeasuresErrors.other(HttpStatus.INTERNAL_SERVER_ERROR, "Internal server error.");
    }

    static MutableHttpResponse<Map<String, Object>> rejected(LegacyStatus status, String message) {
        return HttpResponse.<Map<String, Object>>status(status.http()).body(body("Rejected", status.name(), message));
    }

    private static Map<String, Object> body(String result, String status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("result", result);
        body.put("status", status);
        body.put("message", message);
        return body;
    }
}
