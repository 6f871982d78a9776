package io.gridflex.application.asset.port.out;

import io.gridflex.domain.asset.Asset;
import io.gridflex.domain.asset.AssetId;
import io.gridflex.domain.asset.NewAsset;

/**
 * Writes assets. A name already taken at the same place in the tree is refused with a
 * {@link io.gridflex.domain.failure.ConflictException} naming {@code name}.
 */
public interface SaveAssetPort {

    Asset createAsset(NewAsset asset);

    Asset updateAsset(Asset asset);

    /** Deletes the asset, its descendants, their sensors and all their data. */
    void deleteAsset(AssetId id);
}
