package io.gridflex.application.account.port.out;

import io.gridflex.domain.account.UserId;
import io.gridflex.domain.invariant.Require;
import java.time.Instant;

/** What a token says: whose it is, under which token stamp, and how long it holds. */
public record TokenClaims(UserId userId, String tokenStamp, Instant issuedAt, Instant expiresAt) {
    public TokenClaims {
        Require.present("user_id", userId);
        Require.text("token_stamp", tokenStamp, 64);
        Require.present("issued_at", issuedAt);
        Require.present("expires_at", expiresAt);
        Require.that(expiresAt.isAfter(issuedAt), "expires_at", "A token must expire after it is issued.");
    }
}
