package io.gridflex.application.contract;

import io.gridflex.domain.account.AccountId;
import io.gridflex.domain.account.Email;
import io.gridflex.domain.account.NewAccount;
import io.gridflex.domain.account.NewUser;
import io.gridflex.domain.account.PasswordHash;
import io.gridflex.domain.account.Role;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;

/** Test data with sensible defaults. */
public final class TestAccounts {

    private TestAccounts() {
    }

    public static NewAccount account(String name) {
        return new NewAccount(name, Optional.empty(), Set.of());
    }

    public static NewUser user(AccountId account, String email, Role... roles) {
        return new NewUser(account, Email.of(email), email.substring(0, email.indexOf('@')),
                new PasswordHash("hash-of-" + email), true, ZoneId.of("Europe/Amsterdam"), Set.of(roles), "stamp-" + email.hashCode());
    }
}
