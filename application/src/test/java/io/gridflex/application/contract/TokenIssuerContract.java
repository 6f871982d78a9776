package io.gridflex.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridflex.application.account.port.out.TokenClaims;
import io.gridflex.application.account.port.out.TokenIssuer;
import io.gridflex.domain.account.UserId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

public abstract class TokenIssuerContract {

    protected abstract TokenIssuer issuer();

    private static final Instant ISSUED = Instant.parse("2026-03-01T10:00:00Z");
    private static final TokenClaims CLAIMS = new TokenClaims(UserId.of(42), "stamp-1", ISSUED, ISSUED.plusSeconds(3600));

    @Test
    void reads_back_what_it_issued_until_it_expires() {
        String token = issuer().issue(CLAIMS);

        assertThat(issuer().verify(token, ISSUED.plusSeconds(10))).contains(CLAIMS);
        assertThat(issuer().verify(token, ISSUED.plusSeconds(3600))).isEmpty();
    }

    @Test
    void refuses_an_altered_or_foreign_token() {
        String token = issuer().issue(CLAIMS);
        int middle = token.length() / 2; // every bit of a middle character counts, unlike padding bits at the end
        char swapped = token.charAt(middle) == 'A' ? 'B' : 'A';
        String tampered = token.substring(0, middle) + swapped + token.substring(middle + 1);

        assertThat(issuer().verify(tampered, ISSUED.plusSeconds(10))).isEmpty();
        assertThat(issuer().verify("not-a-token", ISSUED.plusSeconds(10))).isEmpty();
        assertThat(issuer().verify("", ISSUED.plusSeconds(10))).isEmpty();
    }
}
