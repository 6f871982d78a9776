package io.gridflex.application.belief.query;


import io.gridflex.domain.belief.SourceId;
import java.time.Instant;

/** What a source has said about a sensor, summed up over its most recent beliefs. */
public record BeliefStats(SourceId source, Instant firstEventStart, Instant lastEventStart, Instant lastBeliefTime,
                          double min, double max, double mean, double sum, long count) {
}
