package io.gridflex.adapter.rest.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridflex.application.account.port.out.TokenClaims;
import io.gridflex.application.account.port.out.TokenIssuer;
import io.gridflex.application.contract.TokenIssuerContract;
import io.gridflex.domain.account.UserId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class JwtTokenIssuerTest extends TokenIssuerContract {

    private final TokenIssuer issuer = new JwtTokenIssuer("a-test-secret-that-is-long-enough-for-hs256");

    @Override
    protected TokenIssuer issuer() {
        return issuer;
    }

    @Test
    void refuses_a_token_signed_with_another_secret() {
        Instant now = Instant.parse("2026-03-01T10:00:00Z");
        String foreign = new JwtTokenIssuer("another-secret-that-is-also-long-enough-x")
                .issue(new TokenClaims(UserId.of(1), "stamp", now, now.plusSeconds(60)));

        assertThat(issuer.verify(foreign, now)).isEmpty();
    }

    @Test
    void refuses_a_short_secret() {
        assertThatThrownBy(() -> new JwtTokenIssuer("short")).hasMessageContaining("256 bits");
    }
}
