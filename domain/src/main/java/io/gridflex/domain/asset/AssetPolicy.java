package io.gridflex.domain.asset;

import io.gridflex.domain.account.Account;
import io.gridflex.domain.account.Actor;
import io.gridflex.domain.account.Role;
import io.gridflex.domain.account.Verdict;
import java.util.Optional;

/**
 * FlexMeasures' policy for assets and their sensors. Members of an account read its assets, and
 * with the account's consultants create and update them; account-admins and consultants delete
 * them; admin-readers read all; public assets are read by every logged-in user and changed only
 * by admins. Sensors are read with their asset, created by who may create under it, patched only
 * by admins and deleted by who may delete the asset.
 *
 * @see io.gridflex.domain.account.AccessPolicy for the same principals on accounts and users
 */
public final class AssetPolicy {

    private AssetPolicy() {
    }

    /** @param account the asset's account, empty for a public asset */
    public static Verdict mayRead(Actor actor, Asset asset, Optional<Account> account) {
        if (asset.isPublic() || actor.readsEverything()) {
            return Verdict.allow();
        }
        return Verdict.when(account.map(a -> actor.isMemberOf(a.id()) || actor.consultsFor(a)).orElse(false),
                "You cannot read asset " + asset.id() + ".");
    }

    /** Creating an asset (or a sensor under one) in an account; empty account = a public asset. */
    public static Verdict mayCreateIn(Actor actor, Optional<Account> account) {
        if (actor.isAdmin()) {
            return Verdict.allow();
        }
        return Verdict.when(account.map(a -> actor.isMemberOf(a.id()) || actor.consultsFor(a)).orElse(false),
                account.map(a -> "You cannot create assets in account " + a.id() + ".")
                        .orElse("Only admins can create public assets."));
    }

    public static Verdict mayUpdate(Actor actor, Asset asset, Optional<Account> account) {
        if (actor.isAdmin()) {
            return Verdict.allow();
        }
        return Verdict.when(!asset.isPublic() && account.map(a -> actor.isMemberOf(a.id()) || actor.consultsFor(a)).orElse(false),
                "You cannot update asset " + asset.id() + ".");
    }

    public static Verdict mayDelete(Actor actor, Asset asset, Optional<Account> account) {
        if (actor.isAdmin()) {
            return Verdict.allow();
        }
        return Verdict.when(!asset.isPublic()
                        && account.map(a -> actor.isAccountAdminOf(a.id()) || actor.consultsFor(a)).orElse(false),
                "You cannot delete asset " + asset.id() + ".");
    }

    /** Only admins change a sensor's descriptive data. */
    public static Verdict mayPatchSensors(Actor actor) {
        return Verdict.when(actor.has(Role.ADMIN), "Only admins can update sensors.");
    }
}
