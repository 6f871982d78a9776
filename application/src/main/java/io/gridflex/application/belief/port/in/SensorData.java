package io.gridflex.application.belief.port.in;

import io.gridflex.domain.unit.SensorUnit;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;

/** One value (or null) per slot. */
public record SensorData(Instant start, Duration duration, SensorUnit unit, Duration resolution, List<Double> values) {
    public SensorData {
        values = Collections.unmodifiableList(new java.util.ArrayList<>(values));
    }
}
