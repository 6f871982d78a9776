package io.gridflex.application.scheduling.flex;

import io.gridflex.domain.invariant.Require;
import io.gridflex.domain.sensor.SensorId;

/** One device to schedule: its power sensor and what is asked of it. */
public record FlexDevice(SensorId sensor, DeviceFlexModel flexModel) {
    public FlexDevice {
        Require.present("sensor", sensor);
        Require.present("flexModel", flexModel);
    }
}
