package io.gridflex.adapter.rest.error;

import io.gridflex.domain.failure.AuthenticationFailedException;
import io.gridflex.domain.failure.ConflictException;
import io.gridflex.domain.failure.ForbiddenException;
import io.gridflex.domain.failure.InvalidValueException;
import io.gridflex.domain.failure.NotFoundException;
import io.gridflex.domain.failure.RefusedException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;

/** FlexMeasures' error shapes ({@link FlexMeasuresErrors}) for the core's failures and the framework's. */
@Singleton
public class FlexMeasuresApiErrors implements ApiErrors {

    @Override
    public Api.Name name() {
        return Api.Name.FLEXMEASURES;
    }

    @Override
    public boolean claimsUnrouted(String path) {
        return path.equals("/api") || path.startsWith("/api/");
    }

    @Override
    public MutableHttpResponse<Map<String, Object>> notFound(NotFoundException failure) {
        if (failure.subject() == NotFoundException.Subject.ASSET && failure.id().isPresent()) {
            return FlexMeasuresErrors.notFound("No asset found with ID " + failure.id().get() + "."); // AssetIdField's
        }
        if (failure.subject() == NotFoundException.Subject.SENSOR && failure.id().isPresent()) {
            return FlexMeasuresErrors.notFound("No sensor found with ID " + failure.id().get() + "."); // SensorIdField's
        }
        return FlexMeasuresErrors.notFound(failure.getMessage());
    }

    /** FlexMeasures gives no reason with a 403: always its FORBIDDEN_MSG. */
    @Override
    public MutableHttpResponse<Map<String, Object>> forbidden(ForbiddenException failure) {
        return FlexMeasuresErrors.forbidden(FlexMeasuresErrors.FORBIDDEN_MESSAGE);
    }

    @Override
    public MutableHttpResponse<Map<String, Object>> conflict(ConflictException failure) {
        return FlexMeasuresErrors.conflict(failure.field(), failure.getMessage());
    }

    @Override
    public MutableHttpResponse<Map<String, Object>> invalid(InvalidValueException failure) {
        return FlexMeasuresErrors.unprocessable(failure.fields());
    }

    /** A business rule's no: 400 with the reason as FlexMeasures' {@code status} word, as its own refusals read. */
    @Override
    public MutableHttpResponse<Map<String, Object>> refused(RefusedException failure) {
        return FlexMeasuresErrors.rejected(HttpStatus.BAD_REQUEST, failure.first().code().name(), failure.first().detail());
    }

    @Override
    public MutableHttpResponse<Map<String, Object>> unauthenticated(AuthenticationFailedException failure) {
        return FlexMeasuresErrors.unauthorized();
    }

    /** As marshmallow answers a list or a string where a schema takes an object: 422 under {@code _schema}. */
    @Override
    public MutableHttpResponse<Map<String, Object>> notAnObject(String message) {
        return FlexMeasuresErrors.unprocessable(Map.of("_schema", List.of("Invalid input type.")));
    }

    @Override
    public MutableHttpResponse<Map<String, Object>> malformedBody(String message) {
        return FlexMeasuresErrors.badRequest(message);
    }

    @Override
    public MutableHttpResponse<Map<String, Object>> framework(HttpStatus status, String message, HttpRequest<?> request) {
        return switch (status) {
            case UNAUTHORIZED -> FlexMeasuresErrors.unauthorized();
            case FORBIDDEN -> FlexMeasuresErrors.forbidden(FlexMeasuresErrors.FORBIDDEN_MESSAGE);
            case BAD_REQUEST -> FlexMeasuresErrors.badRequest(message);
            case NOT_FOUND -> FlexMeasuresErrors.notFound("Not found: " + request.getPath());
            default -> FlexMeasuresErrors.other(status, status.getCode() >= 500 ? "Internal server error." : message);
        };
    }

    @Override
    public MutableHttpResponse<Map<String, Object>> unexpected() {
        return FlexMeasuresErrors.other(HttpStatus.INTERNAL_SERVER_ERROR, "Internal server error.");
    }
}
