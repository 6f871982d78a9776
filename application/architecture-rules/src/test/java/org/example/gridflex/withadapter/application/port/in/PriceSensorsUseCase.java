package org.example.gridflex.withadapter.application.port.in;

import io.gridflex.domain.sensor.SensorId;
import java.util.List;
import java.util.Map;

/** A map of typed values is a typed result, not raw JSON. */
public interface PriceSensorsUseCase {
    Map<SensorId, Double> price(List<SensorId> sensors);
}
