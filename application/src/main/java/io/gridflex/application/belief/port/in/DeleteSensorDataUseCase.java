package io.gridflex.application.belief.port.in;

import io.gridflex.domain.account.Actor;
import io.gridflex.domain.sensor.SensorId;

/** Deletes all data of a sensor (who may delete the sensor may delete its data). */
public interface DeleteSensorDataUseCase {
    long deleteSensorData(Actor actor, SensorId sensor);
}
