package io.gridflex.application.account.port.out;

import java.time.Instant;
import java.util.Optional;

/**
 * Issues access tokens and reads them back. {@link #verify} answers empty for a token that was
 * not issued here, was altered, or has expired at {@code now}.
 */
public interface TokenIssuer {

    String issue(TokenClaims claims);

    Optional<TokenClaims> verify(String token, Instant now);
}
