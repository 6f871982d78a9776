package io.gridflex.adapter.planner.ojalgo;

import io.gridflex.application.scheduling.port.out.Scheduler;
import io.gridflex.application.scheduling.port.out.Solution;
import io.gridflex.domain.scheduling.InfeasibleProblemException;
import io.gridflex.domain.scheduling.Schedule;
import io.gridflex.domain.scheduling.SchedulingProblem;
import org.ojalgo.optimisation.Optimisation;

/**
 * Storage and multi-device schedules, provably optimal: a linear program first; a mixed-integer
 * one only where the linear optimum burns energy by charging and discharging a lossy device in
 * one step (it pays at negative prices), or where export pays more than import costs: the only
 * cases where the relaxation differs. A lossless device charging and discharging at once is the
 * same as doing the difference, which is what its schedule says.
 */
public final class OjAlgoStorageScheduler implements Scheduler {

    /** ojAlgo's default relative gap at which branch-and-bound stops. */
    static final double MIP_GAP = 1e-6;

    @Override
    public String name() {
        return "StorageScheduler";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public boolean canSchedule(SchedulingProblem problem) {
        return true;
    }

    @Override
    public Solution solve(SchedulingProblem problem) {
        boolean mixedInteger = StorageProgram.exportPaysMore(problem.site());
        StorageProgram program = new StorageProgram(problem, mixedInteger);
        Optimisation.Result result = checked(program.minimise());
        if (!mixedInteger && program.burnsEnergy(result)) {
            mixedInteger = true;
            program = new StorageProgram(problem, true);
            result = checked(program.minimise());
        }
        double cheapest = problem.cost(program.schedule(result)).total();
        if (!mixedInteger) {
            // a second branch-and-bound would double a mixed-integer solve: preferences only break linear ties
            result = program.preferred(result);
        }
        Schedule schedule = program.schedule(result);
        // a linear optimum is proven (simplex optimality); the preferences may spend PREFERENCE_ROOM of it
        double spent = Math.max(0, problem.cost(schedule).total() - cheapest) / Math.max(1, Math.abs(cheapest));
        return new Solution(schedule, mixedInteger ? "ojAlgo MIP" : "ojAlgo LP", spent + (mixedInteger ? MIP_GAP : 0));
    }

    private static Optimisation.Result checked(Optimisation.Result result) {
        Optimisation.State state = result.getState();
        if (state == Optimisation.State.INFEASIBLE) {
            throw new InfeasibleProblemException("The input data yields an infeasible problem: no schedule meets the hard "
                    + "constraints (soc-min, soc-max, capacities, and minima, maxima or targets where relax-constraints is false).");
        }
        if (!state.isOptimal()) {
            throw new InfeasibleProblemException("The solver ended without an optimal schedule (" + state + ").");
        }
        return result;
    }
}
