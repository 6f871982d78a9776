package io.gridflex.adapter.rest.error;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The error bodies of the FlexMeasures API, as its clients parse them. */
public final class FlexMeasuresErrors {

    public static final String UNAUTHORIZED_MESSAGE =
            "You could not be properly authenticated for this content or functionality.";

    private FlexMeasuresErrors() {
    }

    public static MutableHttpResponse<Map<String, Object>> unauthorized() {
        return HttpResponse.<Map<String, Object>>status(HttpStatus.UNAUTHORIZED)
                .body(body("message", UNAUTHORIZED_MESSAGE, "status", "UNAUTHORIZED"));
    }

    /** FlexMeasures' FORBIDDEN_MSG (flexmeasures/auth/error_handling.py). */
    public static final String FORBIDDEN_MESSAGE = "You cannot be authorized for this content or functionality.";

    public static MutableHttpResponse<Map<String, Object>> forbidden(String message) {
        return HttpResponse.<Map<String, Object>>status(HttpStatus.FORBIDDEN)
                .body(body("result", "Rejected", "status", "INVALID_SENDER", "message", message));
    }

    public static MutableHttpResponse<Map<String, Object>> notFound(String message) {
        return HttpResponse.<Map<String, Object>>status(HttpStatus.NOT_FOUND).body(body("message", message, "status", 404));
    }

    public static MutableHttpResponse<Map<String, Object>> conflict(String field, String message) {
        return HttpResponse.<Map<String, Object>>status(HttpStatus.CONFLICT)
                .body(body("result", "Rejected", "status", "CONFLICT", "message", message, "field", field));
    }

    /** 422 with each bad field and its messages, as webargs/marshmallow report them in FlexMeasures. */
    public static MutableHttpResponse<Map<String, Object>> unprocessable(Map<String, List<String>> fieldErrors) {
        return HttpResponse.<Map<String, Object>>status(HttpStatus.UNPROCESSABLE_ENTITY)
                .body(body("message", Map.of("json", fieldErrors), "result", "Rejected", "status", "UNPROCESSABLE_ENTITY"));
    }

    /** A refusal with FlexMeasures' status word ({@code UNKNOWN_SCHEDULE}, {@code INVALID_SENDER} …). */
    public static MutableHttpResponse<Map<String, Object>> rejected(HttpStatus httpStatus, String status, String message) {
        return HttpResponse.<Map<String, Object>>status(httpStatus)
                .body(body("result", "Rejected", "status", status, "message", message));
    }

    public static MutableHttpResponse<Map<String, Object>> badRequest(String message) {
        return HttpResponse.<Map<String, Object>>status(HttpStatus.BAD_REQUEST)
                .body(body("result", "Rejected", "status", "BAD_REQUEST", "message", message));
    }

    /** Any other status, with the HTTP code as FlexMeasures' generic error handler gives it. */
    public static MutableHttpResponse<Map<String, Object>> other(HttpStatus status, String message) {
        return HttpResponse.<Map<String, Object>>status(status).body(body("message", message, "status", status.getCode()));
    }

    private static Map<String, Object> body(Object... keysAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            body.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return body;
    }
}
