package io.gridflex.domain.account;

import io.gridflex.domain.invariant.Require;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An account about to be registered: everything but the ids, which the store assigns — the account's, and
 * those of role names it has not seen before.
 */
public record NewAccount(String name, Optional<AccountId> consultancyAccountId, Set<String> accountRoles) {

    public NewAccount {
        name = Require.text("name", name, Account.MAX_NAME_LENGTH);
        Require.present("consultancy_account_id", consultancyAccountId);
        accountRoles = Set.copyOf(Require.noNulls("account_roles", accountRoles));
        accountRoles = accountRoles.stream().map(AccountRole::requireName).collect(Collectors.toUnmodifiableSet());
    }

    /** The account as stored under the id the store gave it, with its roles as the store registered them. */
    public Account withIds(AccountId id, Set<AccountRole> roles) {
        Require.that(roles.stream().map(AccountRole::name).collect(Collectors.toSet()).equals(accountRoles),
                "account_roles", "The registered roles are not the roles asked for.");
        return Account.restore(id, name, consultancyAccountId, roles);
    }
}
