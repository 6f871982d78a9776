package io.gridflex.application.belief.port.in;

import io.gridflex.application.belief.query.BeliefStats;
import io.gridflex.domain.belief.DataSource;

public record SourceStats(DataSource source, BeliefStats stats) {
}
