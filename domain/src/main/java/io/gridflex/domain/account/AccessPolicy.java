package io.gridflex.domain.account;

import java.util.HashSet;
import java.util.Set;

/**
 * FlexMeasures' permission policy for accounts and users, as pure rules.
 *
 * <p>Principals: members of an account; its consultants (users with the consultant role in the
 * account set as its consultancy); account-admins (of their own account); admin-readers (read
 * everything); admins (everything, but the admin role itself is granted only outside the API).
 */
public final class AccessPolicy {

    private AccessPolicy() {
    }

    // --- accounts ---

    public static Verdict mayRead(Actor actor, Account account) {
        return Verdict.when(actor.readsEverything() || actor.isMemberOf(account.id()) || actor.consultsFor(account),
                "You cannot read account " + account.id() + ".");
    }

    /**
     * Admins register any account; a consultant of a Consultancy account registers client accounts
     * of that consultancy.
     */
    public static Verdict mayRegister(Actor actor, Account actorsAccount, NewAccount draft) {
        if (actor.isAdmin()) {
            return Verdict.allow();
        }
        boolean consultancyRegistersClient = actor.has(Role.CONSULTANT)
                && actorsAccount.id().equals(actor.accountId())
                && actorsAccount.isConsultancy()
                && draft.consultancyAccountId().filter(actor.accountId()::equals).isPresent()
                && draft.accountRoles().isEmpty();
        return Verdict.when(consultancyRegistersClient,
                "Only admins, and consultants of a Consultancy account for their own clients, can create accounts.");
    }

    /** Members and consultants update an account's descriptive fields; only admins its consultancy and roles. */
    public static Verdict mayUpdate(Actor actor, Account account, boolean touchesConsultancyOrRoles) {
        if (actor.isAdmin()) {
            return Verdict.allow();
        }
        if (touchesConsultancyOrRoles) {
            return Verdict.deny("Only admins can change an account's consultancy or account roles.");
        }
        return Verdict.when(actor.isMemberOf(account.id()) || actor.consultsFor(account),
                "You cannot update account " + account.id() + ".");
    }

    // --- users ---

    public static Verdict mayRead(Actor actor, User user, Account usersAccount) {
        return Verdict.when(actor.readsEverything() || actor.isMemberOf(user.accountId()) || actor.consultsFor(usersAccount),
                "You cannot read user " + user.id() + ".");
    }

    /** Admins register users in any account, account-admins in their own. */
    public static Verdict mayRegister(Actor actor, Account targetAccount, Set<Role> roles) {
        if (!actor.isAdmin() && !actor.isAccountAdminOf(targetAccount.id())) {
            return Verdict.deny("Only admins, and account-admins within their own account, can create users.");
        }
        for (Role role : roles) {
            Verdict verdict = mayGrantOrRevoke(actor, role, targetAccount);
            if (verdict.denied()) {
                return verdict;
            }
        }
        return Verdict.allow();
    }

    /**
     * Users change their own username and timezone; account-admins (of the user's account),
     * consultants of that account and admins change everything else too, roles within
     * {@link #mayGrantOrRevoke}.
     */
    public static Verdict mayUpdate(Actor actor, User user, Account usersAccount, UserChanges changes) {
        boolean administers = actor.isAdmin()
                || actor.isAccountAdminOf(user.accountId())
                || actor.consultsFor(usersAccount);
        boolean self = actor.userId().equals(user.id());
        if (!administers && !self) {
            return Verdict.deny("You cannot update user " + user.id() + ".");
        }
        if (!administers && changes.needsAdministrativeRights()) {
            return Verdict.deny("You can only change your own username and timezone.");
        }
        if (changes.roles().isPresent()) {
            Set<Role> changed = symmetricDifference(user.roles(), changes.roles().get());
            for (Role role : changed) {
                Verdict verdict = mayGrantOrRevoke(actor, role, usersAccount);
                if (verdict.denied()) {
                    return verdict;
                }
            }
        }
        return Verdict.allow();
    }

    /**
     * Who may give or take a role: you need a higher access level than the role.
     * The admin role is never granted through the API.
     */
    public static Verdict mayGrantOrRevoke(Actor actor, Role role, Account usersAccount) {
        boolean allowed = switch (role) {
            case ADMIN -> false;
            case ADMIN_READER -> actor.isAdmin();
            case ACCOUNT_ADMIN -> actor.isAdmin() || actor.consultsFor(usersAccount);
            case CONSULTANT -> actor.isAdmin() || actor.isAccountAdminOf(usersAccount.id());
        };
        return Verdict.when(allowed, "You cannot grant or revoke the role " + role.roleName() + ".");
    }

    /**
     * An account's audit log (FlexMeasures' AuditLog.account_table_acl): admins and admin-readers,
     * the account's own account-admins and its consultancy's consultants.
     */
    public static Verdict mayReadAuditLog(Actor actor, Account account) {
        return Verdict.when(actor.readsEverything() || actor.isAccountAdminOf(account.id()) || actor.consultsFor(account),
                "You cannot read the audit log of account " + account.id() + ".");
    }

    /** Users reset their own password; admins anyone's. */
    public static Verdict mayResetPassword(Actor actor, User user) {
        return Verdict.when(actor.isAdmin() || actor.userId().equals(user.id()),
                "Only admins can reset the password of another user.");
    }

    private static Set<Role> symmetricDifference(Set<Role> a, Set<Role> b) {
        Set<Role> result = new HashSet<>(a);
        result.addAll(b);
        Set<Role> both = new HashSet<>(a);
        both.retainAll(b);
        result.removeAll(both);
        return result;
    }
}
