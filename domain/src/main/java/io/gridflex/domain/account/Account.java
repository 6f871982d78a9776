package io.gridflex.domain.account;

import io.gridflex.domain.invariant.Require;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An organisation that owns assets and users. A consultancy account, when set, lets that account's
 * consultants act for this one.
 *
 * @param accountRoles account-level roles such as {@value #CONSULTANCY}: free names with the ids the store gave them,
 *                     as in FlexMeasures
 */
public record Account(AccountId id, String name, Optional<AccountId> consultancyAccountId, Set<AccountRole> accountRoles) {

    /** The account role that lets an account's consultants register client accounts. */
    public static final String CONSULTANCY = "Consultancy";
    public static final int MAX_NAME_LENGTH = 100;

    public Account {
        Require.present("id", id);
        name = Require.text("name", name, MAX_NAME_LENGTH);
        Require.present("consultancy_account_id", consultancyAccountId);
        Require.that(consultancyAccountId.map(c -> !c.equals(id)).orElse(true),
                "consultancy_account_id", "An account cannot be its own consultancy.");
        accountRoles = Set.copyOf(Require.noNulls("account_roles", accountRoles));
        Require.that(accountRoles.stream().map(AccountRole::name).distinct().count() == accountRoles.size(),
                "account_roles", "An account holds a role once.");
    }

    public static Account restore(AccountId id, String name, Optional<AccountId> consultancy, Set<AccountRole> roles) {
        return new Account(id, name, consultancy, roles);
    }

    public boolean isConsultancy() {
        return hasRole(CONSULTANCY);
    }

    public boolean hasRole(String roleName) {
        return accountRoles.stream().anyMatch(r -> r.name().equals(roleName));
    }

    /** The names of the account's roles. */
    public Set<String> roleNames() {
        return accountRoles.stream().map(AccountRole::name).collect(Collectors.toUnmodifiableSet());
    }

    public Account renamed(String newName) {
        return new Account(id, newName, consultancyAccountId, accountRoles);
    }

    public Account withConsultancy(Optional<AccountId> consultancy) {
        return new Account(id, name, consultancy, accountRoles);
    }

    public Account withAccountRoles(Set<AccountRole> roles) {
        return new Account(id, name, consultancyAccountId, roles);
    }
}
