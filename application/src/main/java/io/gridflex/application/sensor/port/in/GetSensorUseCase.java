package io.gridflex.application.sensor.port.in;

import io.gridflex.domain.account.Actor;
import io.gridflex.domain.sensor.Sensor;
import io.gridflex.domain.sensor.SensorId;

public interface GetSensorUseCase {
    Sensor getSensor(Actor actor, SensorId id);

    /** The sensor with the asset it is on (its account, place and attributes), read once. */
    SensorOnAsset getSensorOnAsset(Actor actor, SensorId id);
}
