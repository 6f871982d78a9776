package io.gridflex.adapter.rest.auth;

import io.gridflex.application.account.port.in.AuthenticateTokenUseCase;
import io.gridflex.domain.failure.AuthenticationFailedException;
import io.gridflex.domain.account.Actor;
import io.gridflex.domain.account.Role;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import org.reactivestreams.Publisher;

/**
 * Turns a token into the acting user through the application, which checks signature, expiry,
 * the user's token stamp and that the user is active. The lookup blocks (it reads the user), so it
 * runs on the blocking pool, never on the event loop.
 */
@Singleton
public class ActorTokenValidator implements TokenValidator<HttpRequest<?>> {

    static final String ACTOR_ATTRIBUTE = "gridflex.actor";

    private final AuthenticateTokenUseCase authenticate;
    private final ExecutorService blocking;

    public ActorTokenValidator(AuthenticateTokenUseCase authenticate, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.authenticate = authenticate;
        this.blocking = blocking;
    }

    @Override
    public Publisher<Authentication> validateToken(String token, HttpRequest<?> request) {
        // A null result completes the publisher without an element: this validator does not know the token.
        return Publishers.fromCompletableFuture(() -> CompletableFuture.supplyAsync(
                () -> authenticate.authenticateToken(token).map(ActorTokenValidator::toAuthentication).orElse(null), blocking));
    }

    private static Authentication toAuthentication(Actor actor) {
        return Authentication.build(Long.toString(actor.userId().value()),
                actor.roles().stream().map(Role::roleName).toList(),
                Map.of(ACTOR_ATTRIBUTE, actor));
    }

    /** The actor behind an authenticated request. */
    public static Actor actorOf(Authentication authentication) {
        Object actor = authentication.getAttributes().get(ACTOR_ATTRIBUTE);
        if (actor instanceof Actor known) {
            return known;
        }
        // Authenticated by something other than this validator: not a gridflex token, so nobody we know.
        throw new AuthenticationFailedException();
    }
}
