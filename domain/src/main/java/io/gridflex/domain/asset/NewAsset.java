package io.gridflex.domain.asset;

import io.gridflex.domain.account.AccountId;
import io.gridflex.domain.attribute.Attributes;
import io.gridflex.domain.invariant.Require;
import java.util.Optional;

/** An asset about to be registered: everything but the id, which the store assigns. */
public record NewAsset(
        String name,
        AssetTypeId typeId,
        Optional<AccountId> accountId,
        Optional<AssetId> parentId,
        Coordinates coordinates,
        Attributes attributes,
        Attributes flexContext,
        Attributes flexModel) {

    public NewAsset {
        name = Require.text("name", name, Asset.MAX_NAME_LENGTH);
        Require.present("generic_asset_type_id", typeId);
        Require.present("account_id", accountId);
        Require.present("parent_asset_id", parentId);
        Require.present("coordinates", coordinates);
        Require.present("attributes", attributes);
        Require.present("flex_context", flexContext);
        Require.present("flex_model", flexModel);
    }

    public Asset withId(AssetId id) {
        return new Asset(id, name, typeId, accountId, parentId, coordinates, attributes, flexContext, flexModel);
    }
}
