package io.gridflex.application.sensor.port.in;

import io.gridflex.domain.account.Actor;
import io.gridflex.domain.sensor.SensorId;

/** Deletes a sensor and all its data. */
public interface DeleteSensorUseCase {
    void deleteSensor(Actor actor, SensorId id);
}
