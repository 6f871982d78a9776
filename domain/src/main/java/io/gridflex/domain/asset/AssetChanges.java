package io.gridflex.domain.asset;

import io.gridflex.domain.attribute.Attributes;
import io.gridflex.domain.invariant.Require;
import java.util.Optional;

/**
 * A patch of an asset. The doubly optional fields can be cleared: absent leaves them, present and
 * empty removes the value.
 */
public record AssetChanges(
        Optional<String> name,
        Optional<AssetTypeId> typeId,
        Optional<Optional<AssetId>> parentId,
        Optional<Optional<Double>> latitude,
        Optional<Optional<Double>> longitude,
        Optional<Attributes> attributes,
        Optional<Attributes> flexContext,
        Optional<Attributes> flexModel) {

    public AssetChanges {
        name = Require.present("name", name).map(n -> Require.text("name", n, Asset.MAX_NAME_LENGTH));
        Require.present("generic_asset_type_id", typeId);
        Require.present("parent_asset_id", parentId);
        Require.present("latitude", latitude);
        Require.present("longitude", longitude);
        Require.present("attributes", attributes);
        Require.present("flex_context", flexContext);
        Require.present("flex_model", flexModel);
    }

    public boolean movesOrRenames() {
        return name.isPresent() || parentId.isPresent();
    }
}
