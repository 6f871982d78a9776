package io.gridflex.domain.account;

import io.gridflex.domain.invariant.Require;
import java.util.Optional;
import java.util.Set;

/** An account about to be registered: everything but the id, which the store assigns. */
public record NewAccount(String name, Optional<AccountId> consultancyAccountId, Set<String> accountRoles) {

    public NewAccount {
        name = Require.text("name", name, Account.MAX_NAME_LENGTH);
        Require.present("consultancy_account_id", consultancyAccountId);
        accountRoles = Set.copyOf(Require.noNulls("account_roles", accountRoles));
        accountRoles.forEach(r -> Require.text("account_roles", r, 80));
    }

    /** The account as stored under the id the store gave it. */
    public Account withId(AccountId id) {
        return Account.restore(id, name, consultancyAccountId, accountRoles);
    }
}
