package io.gridflex.domain.sensor;

import io.gridflex.domain.invariant.Require;

public record SensorId(long value) {
    public SensorId {
        Require.positive("id", value);
    }

    public static SensorId of(long value) {
        return new SensorId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
