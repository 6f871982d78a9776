package io.gridflex.domain.belief;

import io.gridflex.domain.invariant.Require;
import io.gridflex.domain.sensor.SensorId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A value about one event (the sensor's event starting at {@code eventStart}), held at
 * {@code beliefTime} by {@code source}. The cumulative probability places it in a probabilistic
 * belief; 0.5 is the deterministic (median) value.
 */
public record Belief(SensorId sensor, Instant eventStart, Instant beliefTime, SourceId source, double cumulativeProbability,
                     double value) {

    public static final double DETERMINISTIC = 0.5;

    public Belief {
        Require.present("sensor", sensor);
        // stores keep microseconds: truncating here makes a belief read back equal to the one written
        eventStart = Require.present("start", eventStart).truncatedTo(ChronoUnit.MICROS);
        beliefTime = Require.present("belief_time", beliefTime).truncatedTo(ChronoUnit.MICROS);
        Require.present("source", source);
        Require.that(cumulativeProbability > 0 && cumulativeProbability < 1 || cumulativeProbability == 1,
                "cumulative_probability", "Must lie in (0, 1].");
        Require.that(Double.isFinite(value), "values", "Must be a finite number.");
    }

    public static Belief deterministic(SensorId sensor, Instant eventStart, Instant beliefTime, SourceId source, double value) {
        return new Belief(sensor, eventStart, beliefTime, source, DETERMINISTIC, value);
    }

    /** The belief's identity in a store: everything but the value. */
    public Key key() {
        return new Key(sensor, eventStart, beliefTime, source, cumulativeProbability);
    }

    public record Key(SensorId sensor, Instant eventStart, Instant beliefTime, SourceId source, double cumulativeProbability) {
    }
}
