package io.gridflex.application.asset.port.in;

import io.gridflex.domain.asset.AssetType;
import java.util.List;

public interface ListAssetTypesUseCase {
    List<AssetType> listAssetTypes();
}
