package io.gridflex.adapter.rest.flexmeasures;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * An asset as FlexMeasures lists one. JSON fields (attributes, flex-context, flex-model) are JSON
 * strings, as FlexMeasures writes them. {@link AssetDetailJson} is the answer for one asset.
 */
@Serdeable
public record AssetJson(
        long id,
        String name,
        @JsonProperty("account_id") @Nullable Long accountId,
        @Nullable Double latitude,
        @Nullable Double longitude,
        @JsonProperty("generic_asset_type_id") long genericAssetTypeId,
        @JsonProperty("generic_asset_type") TypeRef genericAssetType,
        @JsonProperty("parent_asset_id") @Nullable Long parentAssetId,
        String attributes,
        @JsonProperty("flex_context") String flexContext,
        @JsonProperty("flex_model") String flexModel) {

    @Serdeable
    public record TypeRef(long id, String name) {
    }

    @Serdeable
    public record Ref(long id, String name) {
    }

    @Serdeable
    public record ChildRef(long id, String name, @JsonProperty("account_id") @Nullable Long accountId,
                           @JsonProperty("generic_asset_type") TypeRef genericAssetType) {
    }
}
