package io.gridflex.application.asset.port.out;

import io.gridflex.domain.asset.AssetType;
import java.util.Optional;

/** Adds asset types; a taken name is a {@link io.gridflex.domain.failure.ConflictException}. */
public interface SaveAssetTypePort {
    AssetType createAssetType(String name, Optional<String> description);
}
