package io.gridflex.domain.asset;

import io.gridflex.domain.invariant.Require;

public record AssetId(long value) {
    public AssetId {
        Require.positive("id", value);
    }

    public static AssetId of(long value) {
        return new AssetId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
