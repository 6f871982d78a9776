package io.gridflex.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridflex.domain.failure.InvalidValueException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ValueObjectsTest {

    @Test
    void an_email_is_kept_in_lower_case_and_must_look_like_one() {
        assertThat(Email.of("  Ann@ACME.org ").value()).isEqualTo("ann@acme.org");
        assertThatThrownBy(() -> Email.of("ann")).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.field()).isEqualTo("email"));
        assertThatThrownBy(() -> Email.of(" ")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void ids_are_positive() {
        assertThatThrownBy(() -> AccountId.of(0)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> UserId.of(-1)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void an_account_needs_a_name_and_cannot_consult_for_itself() {
        assertThatThrownBy(() -> Account.restore(AccountId.of(1), " ", Optional.empty(), Set.of()))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThatThrownBy(() -> Account.restore(AccountId.of(1), "x".repeat(101), Optional.empty(), Set.of()))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Account.restore(AccountId.of(1), "Self", Optional.of(AccountId.of(1)), Set.of()))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("consultancy_account_id"));
        assertThat(Account.restore(AccountId.of(1), " ACME ", Optional.empty(), Set.of()).name()).isEqualTo("ACME");
    }

    @Test
    void a_password_reset_changes_hash_and_token_stamp_and_nothing_else() {
        User user = new User(UserId.of(1), AccountId.of(1), Email.of("a@b.org"), "a", new PasswordHash("old"), true,
                ZoneId.of("UTC"), Set.of(Role.CONSULTANT), "stamp-1", Optional.of(Instant.parse("2026-01-01T00:00:00Z")));

        User reset = user.withNewPassword(new PasswordHash("new"), "stamp-2");

        assertThat(reset.passwordHash()).isEqualTo(new PasswordHash("new"));
        assertThat(reset.tokenStamp()).isEqualTo("stamp-2");
        assertThat(reset).usingRecursiveComparison().ignoringFields("passwordHash", "tokenStamp").isEqualTo(user);
        assertThat(new PasswordHash("secret").toString()).doesNotContain("secret");
    }

    @Test
    void a_patch_changes_only_what_it_names() {
        User user = new User(UserId.of(1), AccountId.of(1), Email.of("a@b.org"), "a", new PasswordHash("h"), true,
                ZoneId.of("UTC"), Set.of(), "stamp", Optional.empty());

        User patched = user.changedBy(new UserChanges(Optional.empty(), Optional.of("Ann"), Optional.empty(),
                Optional.of(false), Optional.empty()));

        assertThat(patched.username()).isEqualTo("Ann");
        assertThat(patched.active()).isFalse();
        assertThat(patched.email()).isEqualTo(user.email());
        assertThat(patched.timezone()).isEqualTo(user.timezone());
        assertThatThrownBy(() -> new UserChanges(Optional.empty(), Optional.of(" "), Optional.empty(), Optional.empty(),
                Optional.empty())).isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("username"));
    }

    @Test
    void roles_are_known_by_id_and_name() {
        assertThat(Role.byId(1)).contains(Role.ADMIN);
        assertThat(Role.byName("account-admin")).contains(Role.ACCOUNT_ADMIN);
        assertThat(Role.byName("emperor")).isEmpty();
    }
}
