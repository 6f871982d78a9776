package io.gridflex.adapter.rest.error;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The error bodies of the community registry API ({@code {"detail", "code"}}, rec-registry's
 * shape), which every registry route answers in — whatever failed, the framework or a use case
 * ({@link RegistryApiErrors}).
 */
public final class RegistryErrors {

    private RegistryErrors() {
    }

    public static MutableHttpResponse<Map<String, Object>> error(HttpStatus status, String code, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("detail", detail);
        body.put("code", code);
        return HttpResponse.<Map<String, Object>>status(status).body(body);
    }

    /** A framework failure by its status: 401, 403, 404, 405 … each with a code of its own. */
    public static MutableHttpResponse<Map<String, Object>> forStatus(HttpStatus status, String detail) {
        String code = switch (status) {
            case UNAUTHORIZED -> "not_authenticated";
            case FORBIDDEN -> "forbidden";
            case NOT_FOUND -> "not_found";
            case METHOD_NOT_ALLOWED -> "method_not_allowed";
            case UNSUPPORTED_MEDIA_TYPE -> "unsupported_media_type";
            case BAD_REQUEST, UNPROCESSABLE_ENTITY -> "invalid_request";
            case REQUEST_ENTITY_TOO_LARGE -> "request_too_large";
            default -> status.getCode() >= 500 ? "internal_error" : "invalid_request";
        };
        return error(status, code, detail);
    }
}
