package io.gridflex.application.scheduling.port.out;

import io.gridflex.domain.invariant.Require;
import io.gridflex.domain.scheduling.Schedule;

/**
 * A scheduler's answer.
 *
 * @param schedule the power profile per device
 * @param solver what solved it, e.g. "ojAlgo LP" or "ojAlgo MIP"
 * @param gap the proven bound on how much cheaper (relative to its cost) the best schedule could be; 0 for proven optimal
 */
public record Solution(Schedule schedule, String solver, double gap) {

    public Solution {
        Require.present("schedule", schedule);
        Require.text("solver", solver, 80);
        Require.that(gap >= 0 && !Double.isNaN(gap), "gap", "Must not be negative.");
    }
}
