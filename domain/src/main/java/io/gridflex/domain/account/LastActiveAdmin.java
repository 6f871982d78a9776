package io.gridflex.domain.account;

/**
 * The server keeps an active admin: a patch that would deactivate the last one is refused, as
 * nobody could then grant the role again (the API never grants it). FlexMeasures has no such
 * guard: it only stops users from editing their own {@code active} flag, so an account-admin or a
 * consultant of the admin's account could still lock the server out for good.
 */
public final class LastActiveAdmin {

    private LastActiveAdmin() {
    }

    /** Whether {@code changes} would leave {@code user} an inactive admin or no admin, with no other active admin. */
    public static boolean wouldBeRemovedBy(User user, UserChanges changes) {
        if (!user.active() || !user.has(Role.ADMIN)) {
            return false;
        }
        return !changes.active().orElse(true) || !changes.roles().map(r -> r.contains(Role.ADMIN)).orElse(true);
    }

    /**
     * @param anotherActiveAdmin whether an active admin other than {@code user} exists
     */
    public static Verdict mayChange(User user, UserChanges changes, boolean anotherActiveAdmin) {
        return Verdict.when(anotherActiveAdmin || !wouldBeRemovedBy(user, changes),
                "User " + user.id() + " is the last active admin; make another user an admin first.");
    }
}
