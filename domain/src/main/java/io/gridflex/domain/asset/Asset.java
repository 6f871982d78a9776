package io.gridflex.domain.asset;

import io.gridflex.domain.account.AccountId;
import io.gridflex.domain.attribute.Attributes;
import io.gridflex.domain.invariant.Require;
import java.util.Optional;

/**
 * Something in the energy system — a battery, a building, a site — in a tree of assets. An asset
 * without account is public. Its stored flex-context and flex-model are inherited down the tree
 * (see {@link AssetLineage}).
 */
public record Asset(
        AssetId id,
        String name,
        AssetTypeId typeId,
        Optional<AccountId> accountId,
        Optional<AssetId> parentId,
        Coordinates coordinates,
        Attributes attributes,
        Attributes flexContext,
        Attributes flexModel) {

    public static final int MAX_NAME_LENGTH = 80;

    public Asset {
        Require.present("id", id);
        name = Require.text("name", name, MAX_NAME_LENGTH);
        Require.present("generic_asset_type_id", typeId);
        Require.present("account_id", accountId);
        Require.present("parent_asset_id", parentId);
        Require.that(parentId.map(p -> !p.equals(id)).orElse(true), "parent_asset_id", "An asset cannot be its own parent.");
        Require.present("coordinates", coordinates);
        Require.present("attributes", attributes);
        Require.present("flex_context", flexContext);
        Require.present("flex_model", flexModel);
    }

    public boolean isPublic() {
        return accountId.isEmpty();
    }

    public Asset changedBy(AssetChanges changes) {
        return new Asset(id,
                changes.name().orElse(name),
                changes.typeId().orElse(typeId),
                accountId,
                changes.parentId().orElse(parentId),
                new Coordinates(changes.latitude().orElse(coordinates.latitude()),
                        changes.longitude().orElse(coordinates.longitude())),
                changes.attributes().orElse(attributes),
                changes.flexContext().orElse(flexContext),
                changes.flexModel().orElse(flexModel));
    }
}
