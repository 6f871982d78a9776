package io.gridflex.domain.asset;

import io.gridflex.domain.invariant.Require;
import java.util.Optional;

/** A kind of asset (battery, solar, building, …), extensible by name. */
public record AssetType(AssetTypeId id, String name, Optional<String> description) {

    public AssetType {
        Require.present("id", id);
        name = Require.text("name", name, 80);
        Require.present("description", description);
    }
}
