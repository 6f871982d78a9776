package io.gridflex.adapter.rest.error;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * Errors the framework raises itself (no route, wrong method, unreadable body, and the security
 * filter's 401 and 403) in the FlexMeasures shape — or, on the registry's routes, in its shape —
 * without internals.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
public class FlexMeasuresErrorResponseProcessor implements ErrorResponseProcessor<Map<String, Object>> {

    @Override
    public MutableHttpResponse<Map<String, Object>> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        HttpStatus status = response.getStatus();
        String message = context.getErrors().stream().map(Error::getMessage).findFirst().orElse(status.getReason());
        if (RegistryErrors.isRegistryPath(context.getRequest())) {
            String detail = switch (status) {
                case UNAUTHORIZED -> "Not authenticated.";
                case FORBIDDEN -> "You cannot access this resource.";
                case NOT_FOUND -> "Not found: " + context.getRequest().getPath();
                case REQUEST_ENTITY_TOO_LARGE -> "The request body is too large.";
                default -> status.getCode() >= 500 ? "Internal server error." : safe(message);
            };
            return response.body(RegistryErrors.forStatus(status, detail).body()).contentType(MediaType.APPLICATION_JSON_TYPE);
        }
        MutableHttpResponse<Map<String, Object>> shaped = switch (status) {
            case UNAUTHORIZED -> FlexMeasuresErrors.unauthorized();
            case FORBIDDEN -> FlexMeasuresErrors.forbidden("You cannot access this resource.");
            case BAD_REQUEST -> FlexMeasuresErrors.badRequest(safe(message));
            case NOT_FOUND -> FlexMeasuresErrors.notFound("Not found: " + context.getRequest().getPath());
            default -> FlexMeasuresErrors.other(status, status.getCode() >= 500 ? "Internal server error." : safe(message));
        };
        return response.body(shaped.body()).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    /** Framework messages can name Java types; keep them short and free of class names. */
    private static String safe(String message) {
        if (message == null || message.contains("io.") || message.contains("java.") || message.length() > 300) {
            return "The request could not be understood.";
        }
        return message;
    }
}
