package io.gridflex.application.asset.port.in;

import io.gridflex.domain.account.Actor;
import io.gridflex.domain.asset.AssetId;

/** Deletes an asset with its descendants, their sensors and all their data. */
public interface DeleteAssetUseCase {
    void deleteAsset(Actor actor, AssetId id);
}
