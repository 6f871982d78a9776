package io.gridflex.application.asset.port.in;

import io.gridflex.domain.account.Actor;
import io.gridflex.domain.asset.AssetType;
import java.util.Optional;

/** Adds a kind of asset by name (admins only). */
public interface RegisterAssetTypeUseCase {
    AssetType registerAssetType(Actor actor, String name, Optional<String> description);
}
