package io.gridflex.domain.account;

import io.gridflex.domain.invariant.Require;
import java.util.EnumSet;
import java.util.Set;

/** Who is acting: the authenticated user, as far as permissions care. */
public record Actor(UserId userId, AccountId accountId, Set<Role> roles) {

    public Actor {
        Require.present("user_id", userId);
        Require.present("account_id", accountId);
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static Actor of(User user) {
        return new Actor(user.id(), user.accountId(), user.roles());
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }

    /** Admins and admin-readers read everything. */
    public boolean readsEverything() {
        return isAdmin() || has(Role.ADMIN_READER);
    }

    public boolean isMemberOf(AccountId account) {
        return accountId.equals(account);
    }

    /** A consultant whose account is the given account's consultancy. */
    public boolean consultsFor(Account account) {
        return has(Role.CONSULTANT) && account.consultancyAccountId().filter(accountId::equals).isPresent();
    }

    public boolean isAccountAdminOf(AccountId account) {
        return has(Role.ACCOUNT_ADMIN) && isMemberOf(account);
    }
}
