package io.gridflex.domain.sensor;

import io.gridflex.domain.invariant.Require;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How stale a sensor's data is: the time since the latest event became known. Data is stale
 * beyond twice the sensor's resolution (a day for day-ahead data, whose events become known a day
 * at a time), or when there is none.
 */
public record Staleness(Optional<Duration> staleness, boolean stale, Optional<Instant> staleSince, String reason) {

    public Staleness {
        Require.present("staleness", staleness);
        Require.present("staleness_since", staleSince);
        Require.present("reason", reason);
    }

    public static Staleness of(Sensor sensor, Optional<Instant> latestEventStart, Instant now) {
        if (latestEventStart.isEmpty()) {
            return new Staleness(Optional.empty(), true, Optional.empty(), "no data recorded");
        }
        Instant known = sensor.knowledgeHorizon().knowledgeTime(latestEventStart.get(), sensor.eventResolution());
        Duration allowed = maxStaleness(sensor);
        Duration staleness = Duration.between(known, now);
        boolean stale = staleness.compareTo(allowed) > 0;
        return new Staleness(Optional.of(staleness), stale, stale ? Optional.of(known.plus(allowed)) : Optional.empty(),
                stale ? "most recent data is older than " + allowed : "most recent data is newer than " + allowed);
    }

    static Duration maxStaleness(Sensor sensor) {
        if (sensor.knowledgeHorizon() instanceof KnowledgeHorizon.XDaysAgoAtYOclock) {
            return Duration.ofDays(1);
        }
        Duration twice = sensor.eventResolution().multipliedBy(2);
        return twice.isZero() ? Duration.ofMinutes(10) : twice;
    }
}
