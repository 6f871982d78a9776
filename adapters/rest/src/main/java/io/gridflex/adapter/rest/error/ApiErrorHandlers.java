package io.gridflex.adapter.rest.error;

import io.gridflex.adapter.rest.json.MalformedBodyException;
import io.gridflex.domain.failure.Failure;
import io.micronaut.context.annotation.Factory;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Three handlers for everything a controller can throw — a failure of the core's vocabulary, a
 * body that could not be read, anything else — each answering in the shape of the API whose
 * controller it was ({@link ApiErrorRouting}).
 */
@Factory
public class ApiErrorHandlers {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrorHandlers.class);

    interface Handler<E extends Throwable> extends ExceptionHandler<E, MutableHttpResponse<Map<String, Object>>> {
    }

    private final ApiErrorRouting routing;

    public ApiErrorHandlers(ApiErrorRouting routing) {
        this.routing = routing;
    }

    @Singleton
    Handler<Failure> failure() {
        return (request, e) -> e.accept(routing.of(request));
    }

    @Singleton
    Handler<MalformedBodyException> malformedBody() {
        return (request, e) -> e.wellFormedJson()
                ? routing.of(request).notAnObject(e.getMessage())
                : routing.of(request).malformedBody(e.getMessage());
    }

    /** Whatever else went wrong is ours: log it whole, tell the client nothing of the internals. */
    @Singleton
    Handler<RuntimeException> unexpected() {
        return (HttpRequest request, RuntimeException e) -> {
            LOG.error("Unexpected failure on {} {}", request.getMethod(), request.getPath(), e);
            return routing.of(request).unexpected();
        };
    }
}
