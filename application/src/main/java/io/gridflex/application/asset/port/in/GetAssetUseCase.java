package io.gridflex.application.asset.port.in;

import io.gridflex.domain.account.Actor;
import io.gridflex.domain.asset.AssetId;

public interface GetAssetUseCase {
    AssetDetails getAsset(Actor actor, AssetId id);
}
