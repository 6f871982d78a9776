package io.gridflex.application.scheduling.port.out;

import io.gridflex.domain.scheduling.InfeasibleProblemException;
import io.gridflex.domain.scheduling.SchedulingProblem;

/**
 * The scheduler SPI: what a plugin implements to add a scheduler. gridflex finds schedulers both
 * through {@link java.util.ServiceLoader} (a {@code META-INF/services} entry naming this
 * interface) and as beans of the server; the first that {@linkplain #canSchedule can schedule} a
 * problem, in order of {@link #priority}, solves it. Whatever it answers is checked by the domain
 * ({@link SchedulingProblem#violations}) and priced by it ({@link SchedulingProblem#cost}).
 */
public interface Scheduler {

    /** Shown in answers ("StorageScheduler was used") and stored as the model of the schedule's data source. */
    String name();

    /** Stored as the version of the schedule's data source. */
    String version();

    /** Higher first, where several schedulers can schedule a problem. */
    default int priority() {
        return 0;
    }

    boolean canSchedule(SchedulingProblem problem);

    /**
     * A schedule meeting every hard constraint of the problem, as cheap as the scheduler can find.
     *
     * @throws InfeasibleProblemException where no schedule meets the hard constraints
     */
    Solution solve(SchedulingProblem problem);
}
