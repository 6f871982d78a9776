package io.gridflex.adapter.memory;

import io.gridflex.application.account.port.out.TokenClaims;
import io.gridflex.application.account.port.out.TokenIssuer;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Opaque random tokens remembered in memory: valid only in this process, which is all an embedder
 * or a test needs. The server uses signed tokens instead (see the REST adapter).
 */
public final class InMemoryTokenIssuer implements TokenIssuer {

    private final SecureRandom random = new SecureRandom();
    private final Map<String, TokenClaims> issued = new ConcurrentHashMap<>();

    @Override
    public String issue(TokenClaims claims) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        issued.put(token, claims);
        return token;
    }

    @Override
    public Optional<TokenClaims> verify(String token, Instant now) {
        TokenClaims claims = issued.get(token);
        if (claims == null) {
            return Optional.empty();
        }
        if (!now.isBefore(claims.expiresAt())) {
            issued.remove(token);
            return Optional.empty();
        }
        return Optional.of(claims);
    }
}
