package io.gridflex.application.belief.port.in;

import io.gridflex.domain.belief.SourceId;
import io.gridflex.domain.belief.Span;
import io.gridflex.domain.invariant.Require;
import io.gridflex.domain.sensor.SensorId;
import io.gridflex.domain.unit.SensorUnit;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * A read of a sensor's data: one value per {@code resolution} slot (default: the sensor's) in
 * {@code unit}, from beliefs held no later than {@code prior}, at least {@code horizon} and at most
 * {@code maxHorizon} before each event's knowledge time (a max of zero: only beliefs held after the
 * fact, as meter data is), by the given sources (empty: any).
 */
public record ReadSensorDataQuery(SensorId sensor, Instant start, Span duration, SensorUnit unit,
                                  Optional<Duration> resolution, Optional<Instant> prior, Optional<Duration> horizon,
                                  Optional<Duration> maxHorizon, Set<SourceId> sources) {

    /** A read without an upper bound on the horizon. */
    public ReadSensorDataQuery(SensorId sensor, Instant start, Span duration, SensorUnit unit, Optional<Duration> resolution,
                               Optional<Instant> prior, Optional<Duration> horizon, Set<SourceId> sources) {
        this(sensor, start, duration, unit, resolution, prior, horizon, Optional.empty(), sources);
    }

    public ReadSensorDataQuery {
        Require.present("sensor", sensor);
        Require.present("start", start);
        Require.present("duration", duration);
        Require.present("unit", unit);
        Require.present("resolution", resolution).ifPresent(r -> {
            Require.span("resolution", r);
            Require.that(!r.isNegative() && !r.isZero(), "resolution", "Must be positive.");
        });
        Require.present("prior", prior);
        Require.present("horizon", horizon).ifPresent(h -> Require.span("horizon", h));
        Require.present("horizon", maxHorizon).ifPresent(h -> Require.span("horizon", h));
        horizon.ifPresent(least -> maxHorizon.ifPresent(most -> Require.that(least.compareTo(most) <= 0, "horizon",
                "The least horizon " + least + " is more than the most " + most + ".")));
        sources = Set.copyOf(sources);
    }
}
