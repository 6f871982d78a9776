package io.gridflex.application.belief.port.out;

import java.time.Duration;
import io.gridflex.domain.belief.EventGrid;
import java.util.Optional;

/**
 * Slot means computed where the data is (SQL {@code date_bin}, or {@code time_bucket} on
 * TimescaleDB), for reads that downsample. It serves only when one source speaks per slot and its
 * beliefs are deterministic, where "one value per event" is simply the most recent belief; it may
 * answer empty otherwise, and the caller then selects per event itself.
 */
public interface AggregateBeliefsPort {

    /**
     * Per slot of {@code slots}: the mean over its events of each event's most recent belief (its
     * median, if probabilistic); NaN for a slot without data. An array, not a map: a year at one hour
     * is 8,760 slots, and boxing them was a visible part of the read.
     *
     * @param query the beliefs to aggregate; {@code mostRecentOnly} is implied
     * @param eventResolution the sensor's: its events start on multiples of it since the epoch, so a
     *     store that finds a window's events without gaps may place them without reading each one's time
     */
    Optional<double[]> slotMeansOfSingleSource(BeliefQuery query, EventGrid slots, Duration eventResolution);
}
