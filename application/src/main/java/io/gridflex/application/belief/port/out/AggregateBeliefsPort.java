package io.gridflex.application.belief.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Slot means computed where the data is (SQL {@code date_bin}, or {@code time_bucket} on
 * TimescaleDB), for reads that downsample. It serves only when one source speaks per slot and its
 * beliefs are deterministic, where "one value per event" is simply the most recent belief; it may
 * answer empty otherwise, and the caller then selects per event itself.
 */
public interface AggregateBeliefsPort {

    /**
     * Per slot of {@code slot} length counted from {@code origin}: the mean over its events of
     * each event's most recent belief (its median, if probabilistic). Slots without data are left out; the map has no order.
     *
     * @param query the beliefs to aggregate; {@code mostRecentOnly} is implied
     */
    Optional<Map<Instant, Double>> slotMeansOfSingleSource(BeliefQuery query, Instant origin, Duration slot);
}
