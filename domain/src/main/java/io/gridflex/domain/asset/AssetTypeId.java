package io.gridflex.domain.asset;

import io.gridflex.domain.invariant.Require;

public record AssetTypeId(long value) {
    public AssetTypeId {
        Require.positive("generic_asset_type_id", value);
    }

    public static AssetTypeId of(long value) {
        return new AssetTypeId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
