package io.gridflex.application.belief.port.out;

import io.gridflex.domain.belief.SourceId;
import io.gridflex.domain.invariant.Require;
import io.gridflex.domain.sensor.SensorId;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Which beliefs of a sensor to find: events starting in [from, until), held no later than
 * {@code prior}, by the given sources (empty: any), and per event and source only those of the
 * latest belief time when {@code mostRecentOnly}.
 */
public record BeliefQuery(SensorId sensor, Instant from, Instant until, Optional<Instant> prior, Set<SourceId> sources,
                          boolean mostRecentOnly) {

    public BeliefQuery {
        Require.present("sensor", sensor);
        Require.present("start", from);
        Require.present("duration", until);
        Require.that(!until.isBefore(from), "duration", "Must not be negative.");
        Require.present("prior", prior);
        sources = Set.copyOf(Require.noNulls("source", sources));
    }
}
