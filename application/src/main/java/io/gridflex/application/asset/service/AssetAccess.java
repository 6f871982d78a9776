package io.gridflex.application.asset.service;

import io.gridflex.application.account.port.out.LoadAccountsPort;
import io.gridflex.application.asset.port.out.LoadAssetsPort;
import io.gridflex.domain.failure.ForbiddenException;
import io.gridflex.domain.failure.NotFoundException;
import io.gridflex.domain.account.Account;
import io.gridflex.domain.account.Actor;
import io.gridflex.domain.asset.Asset;
import io.gridflex.domain.asset.AssetId;
import io.gridflex.domain.asset.AssetPolicy;
import java.util.Optional;

/** Loads an asset and its account, and applies the asset policy: shared by asset and sensor use cases. */
public final class AssetAccess {

    private final LoadAssetsPort assets;
    private final LoadAccountsPort accounts;

    public AssetAccess(LoadAssetsPort assets, LoadAccountsPort accounts) {
        this.assets = assets;
        this.accounts = accounts;
    }

    public Asset existing(AssetId id) {
        return assets.findAsset(id)
                .orElseThrow(() -> NotFoundException.of(NotFoundException.Subject.ASSET, id.value(), "Asset " + id + " not found."));
    }

    public Optional<Account> accountOf(Asset asset) {
        return asset.accountId().flatMap(accounts::findAccount);
    }

    public Asset readable(Actor actor, AssetId id) {
        Asset asset = existing(id);
        AssetPolicy.mayRead(actor, asset, accountOf(asset)).orElseThrow(ForbiddenException::new);
        return asset;
    }

    /** An asset under which the actor may create (sub-assets or sensors). */
    public Asset extendable(Actor actor, AssetId id) {
        Asset asset = readable(actor, id);
        AssetPolicy.mayCreateIn(actor, accountOf(asset)).orElseThrow(ForbiddenException::new);
        return asset;
    }

    public Asset deletable(Actor actor, AssetId id) {
        Asset asset = readable(actor, id);
        AssetPolicy.mayDelete(actor, asset, accountOf(asset)).orElseThrow(ForbiddenException::new);
        return asset;
    }
}
