package io.gridflex.adapter.rest.auth;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.reader.TokenReader;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * Reads the token from the Authorization header as FlexMeasures clients send it: either
 * {@code Bearer <token>} or the bare token.
 */
@Singleton
public class AuthorizationHeaderTokenReader implements TokenReader<HttpRequest<?>> {

    private static final String BEARER = "bearer ";

    @Override
    public Optional<String> findToken(HttpRequest<?> request) {
        return request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION)
                .map(String::strip)
                .map(value -> value.regionMatches(true, 0, BEARER, 0, BEARER.length())
                        ? value.substring(BEARER.length()).strip()
                        : value)
                .filter(token -> !token.isEmpty());
    }
}
