package io.gridflex.application.asset.port.out;

import io.gridflex.domain.asset.AssetType;
import io.gridflex.domain.asset.AssetTypeId;
import java.util.List;
import java.util.Optional;

public interface LoadAssetTypesPort {

    /** Every asset type, by id. */
    List<AssetType> listAssetTypes();

    Optional<AssetType> findAssetType(AssetTypeId id);
}
