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
 * filter's 401 and 403), in the shape of the API the request was for, without internals.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
public class ApiErrorResponseProcessor implements ErrorResponseProcessor<Map<String, Object>> {

    private final ApiErrorRouting routing;

    public ApiErrorResponseProcessor(ApiErrorRouting routing) {
        this.routing = routing;
    }

    @Override
    public MutableHttpResponse<Map<String, Object>> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        HttpStatus status = response.getStatus();
        String message = context.getErrors().stream().map(Error::getMessage).findFirst().orElse(status.getReason());
        MutableHttpResponse<Map<String, Object>> shaped = routing.of(context.getRequest())
                .framework(status, safe(message), context.getRequest());
        return response.body(shaped.body()).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    /** Framework messages can name Java types; keep them short and free of class names. */
    static String safe(String message) {
        if (message == null || message.contains("io.") || message.contains("java.") || message.length() > 300) {
            return "The request could not be understood.";
        }
        return message;
    }
}
