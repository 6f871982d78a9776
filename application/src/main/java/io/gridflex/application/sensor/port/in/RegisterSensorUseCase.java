package io.gridflex.application.sensor.port.in;

import io.gridflex.domain.account.Actor;
import io.gridflex.domain.sensor.NewSensor;
import io.gridflex.domain.sensor.Sensor;

public interface RegisterSensorUseCase {
    Sensor registerSensor(Actor actor, NewSensor sensor);
}
