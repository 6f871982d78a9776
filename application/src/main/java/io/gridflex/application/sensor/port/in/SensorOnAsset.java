package io.gridflex.application.sensor.port.in;

import io.gridflex.domain.asset.Asset;
import io.gridflex.domain.invariant.Require;
import io.gridflex.domain.sensor.Sensor;

/** A sensor with the asset it is on. */
public record SensorOnAsset(Sensor sensor, Asset asset) {

    public SensorOnAsset {
        Require.present("sensor", sensor);
        Require.present("asset", asset);
        Require.that(sensor.assetId().equals(asset.id()), "asset", "The sensor is not on this asset.");
    }
}
