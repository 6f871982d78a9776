package io.gridflex.domain.belief;

import io.gridflex.domain.invariant.Require;

public record SourceId(long value) {
    public SourceId {
        Require.positive("source", value);
    }

    public static SourceId of(long value) {
        return new SourceId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
