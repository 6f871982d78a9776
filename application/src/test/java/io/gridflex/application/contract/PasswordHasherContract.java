package io.gridflex.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridflex.application.account.port.out.PasswordHasher;
import io.gridflex.domain.account.PasswordHash;
import org.junit.jupiter.api.Test;

public abstract class PasswordHasherContract {

    protected abstract PasswordHasher hasher();

    @Test
    void matches_the_hashed_password_only() {
        PasswordHash hash = hasher().hash("correct horse battery staple");

        assertThat(hasher().matches("correct horse battery staple", hash)).isTrue();
        assertThat(hasher().matches("correct horse battery stapler", hash)).isFalse();
        assertThat(hasher().matches("", hash)).isFalse();
    }

    @Test
    void salts_each_hash_and_never_stores_the_password() {
        PasswordHash first = hasher().hash("s3cret-pass");
        PasswordHash second = hasher().hash("s3cret-pass");

        assertThat(first).isNotEqualTo(second);
        assertThat(first.value()).doesNotContain("s3cret-pass");
    }

    @Test
    void refuses_a_malformed_hash_instead_of_failing() {
        assertThat(hasher().matches("anything", new PasswordHash("not-a-hash"))).isFalse();
    }
}
