package io.gridflex.application.belief.port.out;

import io.gridflex.application.belief.query.BeliefStats;

import io.gridflex.domain.sensor.SensorId;
import java.util.List;

public interface LoadBeliefStatsPort {
    /** Per source, the statistics of its most recent belief per event, by source id. */
    List<BeliefStats> beliefStats(SensorId sensor);
}
