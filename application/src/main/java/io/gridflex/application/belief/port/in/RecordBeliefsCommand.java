package io.gridflex.application.belief.port.in;

import io.gridflex.domain.belief.Span;
import io.gridflex.domain.invariant.Require;
import io.gridflex.domain.sensor.SensorId;
import io.gridflex.domain.unit.SensorUnit;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Values posted for a sensor: spread evenly over {@code duration} (counted in the sensor's time
 * zone) from {@code start}, in
 * {@code unit}; held at {@code prior}, or {@code horizon} before each event's knowledge time, or now.
 */
public record RecordBeliefsCommand(SensorId sensor, Instant start, Span duration, List<Double> values, SensorUnit unit,
                                   Optional<Instant> prior, Optional<Duration> horizon) {

    public RecordBeliefsCommand {
        Require.present("sensor", sensor);
        Require.present("start", start);
        Require.present("duration", duration);
        Require.present("values", values);
        Require.that(!values.isEmpty(), "values", "At least one value is needed.");
        values = Collections.unmodifiableList(new java.util.ArrayList<>(values)); // nulls allowed
        Require.present("unit", unit);
        Require.present("prior", prior);
        Require.present("horizon", horizon).ifPresent(h -> Require.span("horizon", h));
    }
}
