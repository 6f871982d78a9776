package io.gridflex.adapter.rest.flexmeasures;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** Sensor data as FlexMeasures answers it; typed, so that a year of values serialises without per-value reflection. */
@Serdeable
public record SensorDataJson(List<Double> values, String start, String duration, String unit, String resolution, String status,
                             String message) {
}
