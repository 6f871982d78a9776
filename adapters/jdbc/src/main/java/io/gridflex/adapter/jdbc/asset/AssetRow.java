package io.gridflex.adapter.jdbc.asset;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.sql.ColumnTransformer;

@MappedEntity("generic_asset")
record AssetRow(
        @Id @GeneratedValue @Nullable Long id,
        String name,
        Long genericAssetTypeId,
        @Nullable Long accountId,
        @Nullable Long parentAssetId,
        @Nullable Double latitude,
        @Nullable Double longitude,
        @ColumnTransformer(write = "?::jsonb") String attributes,
        @ColumnTransformer(write = "?::jsonb") String flexContext,
        @ColumnTransformer(write = "?::jsonb") String flexModel) {
}
