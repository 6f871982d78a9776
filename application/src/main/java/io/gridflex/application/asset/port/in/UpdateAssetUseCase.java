package io.gridflex.application.asset.port.in;

import io.gridflex.domain.account.Actor;
import io.gridflex.domain.asset.Asset;
import io.gridflex.domain.asset.AssetChanges;
import io.gridflex.domain.asset.AssetId;

public interface UpdateAssetUseCase {
    Asset updateAsset(Actor actor, AssetId id, AssetChanges changes);
}
