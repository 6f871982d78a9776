package io.gridflex.application.asset.port.in;

import io.gridflex.domain.account.Actor;
import io.gridflex.domain.asset.Asset;
import io.gridflex.domain.asset.NewAsset;

public interface RegisterAssetUseCase {
    Asset registerAsset(Actor actor, NewAsset asset);
}
