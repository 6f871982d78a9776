package io.gridflex.application.belief.port.in;

import io.gridflex.domain.account.Actor;
import io.gridflex.domain.sensor.SensorId;
import java.util.List;

public interface GetSensorStatsUseCase {
    List<SourceStats> sensorStats(Actor actor, SensorId sensor);
}
