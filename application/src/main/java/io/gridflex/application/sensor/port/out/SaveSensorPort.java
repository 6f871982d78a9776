package io.gridflex.application.sensor.port.out;

import io.gridflex.domain.sensor.NewSensor;
import io.gridflex.domain.sensor.Sensor;
import io.gridflex.domain.sensor.SensorId;

/**
 * Writes sensors. A name already taken on the same asset is refused with a
 * {@link io.gridflex.domain.failure.ConflictException} naming {@code name}.
 */
public interface SaveSensorPort {

    Sensor createSensor(NewSensor sensor);

    Sensor updateSensor(Sensor sensor);

    /** Deletes the sensor and all its data. */
    void deleteSensor(SensorId id);
}
