package io.gridflex.domain.account;

import java.util.HashSet;
import java.util.Optional;
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

    /**
     * FlexMeasures' "update" on an account: its members and its consultants (and admins). Which
     * fields they may touch is ruled by {@link #mayChangeConsultancy} and {@link #mayChangeAccountRoles}.
     */
    public static Verdict mayUpdate(Actor actor, Account account) {
        return Verdict.when(actor.isAdmin() || actor.isMemberOf(account.id()) || actor.consultsFor(account),
                "You cannot update account " + account.id() + ".");
    }

    /**
     * Setting or clearing an account's consultancy (FlexMeasures' {@code AccountPatchSchema}): admins
     * set any; others need an account with the Consultancy role and the consultant or account-admin
     * role, and may only clear it or name their own account.
     *
     * @param newConsultancy the consultancy to set, empty to clear it
     */
    public static Verdict mayChangeConsultancy(Actor actor, Account actorsAccount, Optional<AccountId> newConsultancy) {
        if (actor.isAdmin()) {
            return Verdict.allow();
        }
        if (!actorsAccount.isConsultancy()) {
            return Verdict.deny("Your account must have the '" + Account.CONSULTANCY + "' role to be set as a consultancy account.");
        }
        if (!actor.has(Role.CONSULTANT) && !actor.has(Role.ACCOUNT_ADMIN)) {
            return Verdict.deny("You must have the 'consultant' or 'account-admin' role to set a consultancy account.");
        }
        return Verdict.when(newConsultancy.map(actor.accountId()::equals).orElse(true),
                "You can only set consultancy_account_id to your own account.");
    }

    /**
     * Only admins change an account's roles. FlexMeasures lets everyone who may update the account
     * do it; gridflex does not, as a member could then make its own account a Consultancy and
     * start creating accounts.
     */
    public static Verdict mayChangeAccountRoles(Actor actor) {
        return Verdict.when(actor.isAdmin(), "Only admins can change an account's account roles.");
    }

    // --- users ---

    public static Verdict mayRead(Actor actor, User user, Account usersAccount) {
        return Verdict.when(actor.readsEverything() || actor.isMemberOf(user.accountId()) || actor.consultsFor(usersAccount),
                "You cannot read user " + user.id() + ".");
    }

    /**
     * FlexMeasures' "create-children" on an account: admins, the account's account-admins and its
     * consultants register users in it; roles within {@link #mayGrantOrRevoke}.
     */
    public static Verdict mayRegister(Actor actor, Account targetAccount, Set<Role> roles) {
        if (!actor.isAdmin() && !actor.isAccountAdminOf(targetAccount.id()) && !actor.consultsFor(targetAccount)) {
            return Verdict.deny("Only admins, account-admins within their own account and its consultants can create users.");
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
     * FlexMeasures' "update" on a user: the user themself, account-admins of the user's account, its
     * consultants and admins. Nobody edits their own {@code active} flag or roles (so an admin
     * cannot lock itself out); roles within {@link #mayGrantOrRevoke}.
     */
    public static Verdict mayUpdate(Actor actor, User user, Account usersAccount, UserChanges changes) {
        boolean self = actor.userId().equals(user.id());
        if (!self && !administers(actor, user, usersAccount)) {
            return Verdict.deny("You cannot update user " + user.id() + ".");
        }
        if (self && (changes.active().isPresent() || changes.roles().isPresent())) {
            return Verdict.deny("Users who edit themselves cannot edit security-sensitive fields.");
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
     * FlexMeasures' audit-log rule for a user ({@code AuditLog.user_table_acl}): the user themself,
     * account-admins of the user's account, its consultants, admins and admin-readers; not colleagues.
     */
    public static Verdict mayReadAuditLog(Actor actor, User user, Account usersAccount) {
        return Verdict.when(actor.readsEverything() || actor.userId().equals(user.id())
                        || actor.isAccountAdminOf(user.accountId()) || actor.consultsFor(usersAccount),
                "You cannot read the audit log of user " + user.id() + ".");
    }

    private static boolean administers(Actor actor, User user, Account usersAccount) {
        return actor.isAdmin() || actor.isAccountAdminOf(user.accountId()) || actor.consultsFor(usersAccount);
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

    /**
     * A password reset is FlexMeasures' "update" on the user: the user themself, account-admins of
     * the user's account, its consultants and admins.
     */
    public static Verdict mayResetPassword(Actor actor, User user, Account usersAccount) {
        return Verdict.when(actor.userId().equals(user.id()) || administers(actor, user, usersAccount),
                "You cannot reset the password of user " + user.id() + ".");
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
