package io.gridflex.adapter.jdbc.asset;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("generic_asset_type")
record AssetTypeRow(@Id @GeneratedValue @Nullable Long id, String name, @Nullable String description) {
}
