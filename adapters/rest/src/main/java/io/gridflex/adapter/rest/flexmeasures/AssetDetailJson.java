package io.gridflex.adapter.rest.flexmeasures;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** One asset with its owner, children, sensors and effective flex configuration (nearest ancestor wins per field). */
@Serdeable
public record AssetDetailJson(
        long id,
        String name,
        @JsonProperty("account_id") @Nullable Long accountId,
        @Nullable AssetJson.Ref owner,
        @Nullable Double latitude,
        @Nullable Double longitude,
        @JsonProperty("generic_asset_type_id") long genericAssetTypeId,
        @JsonProperty("generic_asset_type") AssetJson.TypeRef genericAssetType,
        @JsonProperty("parent_asset_id") @Nullable Long parentAssetId,
        String attributes,
        @JsonProperty("flex_context") String flexContext,
        @JsonProperty("flex_model") String flexModel,
        @JsonProperty("child_assets") List<AssetJson.ChildRef> childAssets,
        List<AssetJson.Ref> sensors,
        @JsonProperty("effective_flex_context") String effectiveFlexContext,
        @JsonProperty("effective_flex_model") String effectiveFlexModel) {
}
