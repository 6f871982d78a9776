package io.gridflex.application.scheduling.port.in;

import io.gridflex.domain.asset.AssetId;
import io.gridflex.domain.invariant.Require;
import io.gridflex.domain.sensor.SensorId;

/** What a trigger schedules: the one device whose power sensor this is, or devices of an asset. */
public sealed interface ScheduleTarget {

    record OfSensor(SensorId sensor) implements ScheduleTarget {
        public OfSensor {
            Require.present("sensor", sensor);
        }
    }

    /** An asset's own devices and those of its descendants, as many as the trigger's flex-models name. */
    record OfAsset(AssetId asset) implements ScheduleTarget {
        public OfAsset {
            Require.present("asset", asset);
        }
    }
}
