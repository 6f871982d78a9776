package io.gridflex.application.belief.port.in;

import io.gridflex.domain.account.Actor;

public interface ReadSensorDataUseCase {
    SensorData readSensorData(Actor actor, ReadSensorDataQuery query);
}
