package io.gridflex.adapter.rest.error;

import io.gridflex.domain.failure.Failure;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import java.util.Map;

/**
 * How one API answers what went wrong, in its own error shape: each failure of the core's
 * vocabulary ({@link Failure.Cases}), a body it cannot read, the framework's own refusals, and
 * the unexpected. One bean per API; {@link ApiErrorRouting} picks it by the controller that
 * handled the request.
 */
public interface ApiErrors extends Failure.Cases<MutableHttpResponse<Map<String, Object>>> {

    /** The API whose controllers say {@code @Api(name)}. */
    Api.Name name();

    /** For requests that reached no controller (no route): whether the path is this API's. */
    boolean claimsUnrouted(String path);

    MutableHttpResponse<Map<String, Object>> malformedBody(String message);

    /** A body that is JSON but not the object the endpoint takes; by default refused as a malformed body. */
    default MutableHttpResponse<Map<String, Object>> notAnObject(String message) {
        return malformedBody(message);
    }

    /** The framework's own refusal (no route, wrong method, the security filter's 401/403 …) with its message. */
    MutableHttpResponse<Map<String, Object>> framework(HttpStatus status, String message, HttpRequest<?> request);

    /** A failure of ours: nothing of its internals goes to the client. */
    MutableHttpResponse<Map<String, Object>> unexpected();
}
