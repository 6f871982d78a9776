package io.gridflex.application.belief.port.in;

import io.gridflex.domain.account.Actor;
import io.gridflex.domain.sensor.SensorId;
import io.gridflex.domain.sensor.Staleness;
import java.util.List;
import java.util.Optional;

/** How fresh a sensor's data is, per type of source (one entry without source type when there is no data). */
public interface GetSensorStatusUseCase {

    record SourceTypeStatus(Optional<String> sourceType, Staleness staleness) {
    }

    List<SourceTypeStatus> sensorStatus(Actor actor, SensorId sensor);
}
