package io.gridflex.domain.asset;

import io.gridflex.domain.account.Account;
import io.gridflex.domain.account.AccountId;
import io.gridflex.domain.account.Actor;
import io.gridflex.domain.account.Verdict;
import java.util.Optional;

/**
 * FlexMeasures' policy for assets and their sensors (the {@code __acl__} of {@code GenericAsset},
 * {@code Sensor} and {@code Account}, and the v3 API's checks). Members of an account read its
 * assets, and with the account's consultants create under them (sub-assets, sensors, data) and
 * update them; top-level assets are created by the account's account-admins and consultants;
 * account-admins and consultants delete assets and update or delete sensors; admin-readers read
 * all; public assets are read by every logged-in user and changed, or extended, only by admins.
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

    /**
     * FlexMeasures' "create-children" on an asset: sub-assets, sensors and sensor data. Members of
     * the asset's account and its consultants; under a public asset (empty account) admins only.
     *
     * @param account the asset's account, empty for a public asset
     */
    public static Verdict mayCreateIn(Actor actor, Optional<Account> account) {
        if (actor.isAdmin()) {
            return Verdict.allow();
        }
        return Verdict.when(account.map(a -> actor.isMemberOf(a.id()) || actor.consultsFor(a)).orElse(false),
                account.map(a -> "You cannot create assets in account " + a.id() + ".")
                        .orElse("Only admins can create public assets."));
    }

    /**
     * FlexMeasures' "create-children" on an account, which a top-level asset needs: the account's
     * account-admins and consultants; a public top-level asset (empty account) admins only. Plain
     * members add assets only under an existing one.
     */
    public static Verdict mayCreateTopLevelIn(Actor actor, Optional<Account> account) {
        if (actor.isAdmin()) {
            return Verdict.allow();
        }
        return Verdict.when(account.map(a -> actor.isAccountAdminOf(a.id()) || actor.consultsFor(a)).orElse(false),
                account.map(a -> "Only account-admins and consultants can create top-level assets in account " + a.id() + ".")
                        .orElse("Only site admins may create public assets (account_id=None)."));
    }

    /**
     * FlexMeasures' asset schema: only admins name another account than their own as a new asset's
     * {@code account_id} (a 422 on that field, before any permission is looked at) — consultants
     * included, who thus create assets for their clients only under an existing asset.
     */
    public static Verdict mayAssignTo(Actor actor, Optional<AccountId> account) {
        return Verdict.when(actor.isAdmin() || account.map(actor::isMemberOf).orElse(true),
                "User is not allowed to create assets for this account.");
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

    /**
     * FlexMeasures' "update" on a sensor: account-admins of its asset's account, its consultants and
     * admins (sensors of public assets: admins only). FlexMeasures' docs say "admins only"; its code,
     * which its clients meet, says this.
     */
    public static Verdict mayUpdateSensorsOf(Actor actor, Asset asset, Optional<Account> account) {
        if (actor.isAdmin()) {
            return Verdict.allow();
        }
        return Verdict.when(!asset.isPublic()
                        && account.map(a -> actor.isAccountAdminOf(a.id()) || actor.consultsFor(a)).orElse(false),
                "You cannot update the sensors of asset " + asset.id() + ".");
    }
}
