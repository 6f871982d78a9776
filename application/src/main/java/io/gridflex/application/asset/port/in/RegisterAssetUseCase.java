package io.gridflex.application.asset.port.in;

import io.gridflex.domain.account.AccountId;
import io.gridflex.domain.account.Actor;
import io.gridflex.domain.asset.Asset;
import io.gridflex.domain.asset.AssetId;
import io.gridflex.domain.asset.NewAsset;
import java.util.Optional;

public interface RegisterAssetUseCase {

    Asset registerAsset(Actor actor, NewAsset asset);

    /**
     * Refuses (403) an actor who may not create an asset where a request places it — in that account (none: public) or
     * under that parent — before the rest of the request is read, as FlexMeasures checks create-children before its
     * schema. What does not exist, or an account the actor may not name, is left to {@link #registerAsset}, which
     * reports it by field.
     */
    void requireMayRegister(Actor actor, Optional<AccountId> account, Optional<AssetId> parent);
}
