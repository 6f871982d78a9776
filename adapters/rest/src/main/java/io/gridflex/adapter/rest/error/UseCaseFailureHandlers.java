package io.gridflex.adapter.rest.error;

import io.gridflex.adapter.rest.json.InvalidRequestException;
import io.gridflex.adapter.rest.json.MalformedBodyException;
import io.gridflex.application.failure.AuthenticationFailedException;
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

/** One exception handler per failure type, each answering in the FlexMeasures shape. */
@Factory
public class UseCaseFailureHandlers {

    private static final Logger LOG = LoggerFactory.getLogger(UseCaseFailureHandlers.class);

    interface Handler<E extends Throwable> extends ExceptionHandler<E, MutableHttpResponse<Map<String, Object>>> {
    }

    @Singleton
    Handler<NotFoundException> notFound() {
        return (request, e) -> FlexMeasuresErrors.notFound(e.getMessage());
    }

    @Singleton
    Handler<ForbiddenException> forbidden() {
        return (request, e) -> FlexMeasuresErrors.forbidden(e.getMessage());
    }

    @Singleton
    Handler<ConflictException> conflict() {
        return (request, e) -> FlexMeasuresErrors.conflict(e.field(), e.getMessage());
    }

    @Singleton
    Handler<AuthenticationFailedException> authenticationFailed() {
        return (request, e) -> FlexMeasuresErrors.unauthorized();
    }

    @Singleton
    Handler<InvalidRequestException> invalidRequest() {
        return (request, e) -> FlexMeasuresErrors.unprocessable(e.fieldErrors());
    }

    @Singleton
    Handler<InvalidValueException> invalidValue() {
        return (request, e) -> FlexMeasuresErrors.unprocessable(Map.of(e.field(), List.of(e.reason())));
    }

    @Singleton
    Handler<MalformedBodyException> malformedBody() {
        return (request, e) -> FlexMeasuresErrors.badRequest(e.getMessage());
    }

    /** Whatever else went wrong is ours: log it whole, tell the client nothing of the internals. */
    @Singleton
    Handler<RuntimeException> unexpected() {
        return (HttpRequest request, RuntimeException e) -> {
            LOG.error("Unexpected failure on {} {}", request.getMethod(), request.getPath(), e);
            return FlexMeasuresErrors.other(HttpStatus.INTERNAL_SERVER_ERROR, "Internal server error.");
        };
    }
}
