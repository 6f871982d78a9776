package io.gridflex.adapter.planner.lp;

import io.gridflex.application.scheduling.port.out.Scheduler;
import io.gridflex.application.scheduling.port.out.Solution;
import io.gridflex.domain.scheduling.InfeasibleProblemException;
import io.gridflex.domain.scheduling.Schedule;
import io.gridflex.domain.scheduling.SchedulingProblem;
import java.util.Optional;

/**
 * Storage and multi-device schedules, provably optimal: a linear program first; a mixed-integer
 * one only where the linear optimum burns energy by charging and discharging a lossy device in
 * one step (it pays at negative prices), where export pays more than import costs, or where a
 * device chooses among operation modes: the only cases where the relaxation differs. A lossless device charging and discharging at once is the
 * same as doing the difference, which is what its schedule says. Among the cheapest schedules,
 * a second solve on the first's optimal face picks the one the devices prefer (charging sooner,
 * curtailing later).
 */
public final class StorageScheduler implements Scheduler {

    static final long TIME_LIMIT_MILLIS = 60_000;

    private final LinearSolver solver;
    private final boolean mergeIdentical;
    private final long timeLimitMillis;

    /** The scheduler on OR-Tools, which the benchmark chose. */
    public StorageScheduler() {
        this(new OrToolsSolver());
    }

    StorageScheduler(LinearSolver solver) {
        this(solver, true);
    }

    /** @param mergeIdentical whether identical devices are solved as one (off only to check that it changes nothing) */
    StorageScheduler(LinearSolver solver, boolean mergeIdentical) {
        this(solver, mergeIdentical, TIME_LIMIT_MILLIS);
    }

    /** @param timeLimitMillis how long one solve may take (shorter only in tests) */
    StorageScheduler(LinearSolver solver, boolean mergeIdentical, long timeLimitMillis) {
        this.solver = solver;
        this.mergeIdentical = mergeIdentical;
        this.timeLimitMillis = timeLimitMillis;
    }

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
        return problem.processes().isEmpty(); // a process's on/off is for ProcessScheduler
    }

    @Override
    public Solution solve(SchedulingProblem problem) {
        IdenticalDevices fleet = IdenticalDevices.of(problem);
        if (mergeIdentical && fleet.mergesAny()) {
            Optional<Solution> merged = solve(fleet.merged(), false);
            if (merged.isPresent()) {
                Schedule schedule = fleet.split(merged.get().schedule());
                return new Solution(schedule, merged.get().solver(), merged.get().gap());
            }
        }
        return solve(problem, true).orElseThrow();
    }

    /** The cheapest schedule; empty where it needs a mixed-integer program and {@code mayUseMip} is false. */
    private Optional<Solution> solve(SchedulingProblem problem, boolean mayUseMip) {
        boolean mixedInteger = StorageProgram.exportPaysMore(problem.site()) || StorageProgram.hasOperationModes(problem);
        if (mixedInteger && !mayUseMip) {
            return Optional.empty();
        }
        StorageProgram program = new StorageProgram(problem, mixedInteger);
        LinearSolver.Session session = solver.open(program.program(), timeLimitMillis);
        try {
            LinearSolver.Outcome optimum = optimum(session, timeLimitMillis);
            if (!mixedInteger && program.burnsEnergy(optimum.values())) {
                if (!mayUseMip) {
                    return Optional.empty();
                }
                mixedInteger = true;
                session.close();
                program = new StorageProgram(problem, true);
                session = solver.open(program.program(), timeLimitMillis);
                optimum = optimum(session, timeLimitMillis);
            }
            double[] values = optimum.values();
            double cheapest = problem.cost(program.schedule(values)).total();
            // preferences break ties among linear optima (a second branch-and-bound would double a mixed-integer solve)
            if (optimum.hasDuals() && program.hasPreferences()) {
                program.preferAmongCheapest(optimum);
                LinearSolver.Outcome preferred = session.minimise();
                if (preferred.status() == LinearSolver.Status.OPTIMAL && stillCheapest(problem, program, preferred.values(),
                        cheapest)) {
                    values = preferred.values();
                }
            }
            Schedule schedule = program.schedule(values);
            // a linear optimum is proven by the simplex; the preferences stay on its optimal face (up to round-off)
            double spent = Math.max(0, problem.cost(schedule).total() - cheapest) / Math.max(1, Math.abs(cheapest));
            double searched = optimum.status() == LinearSolver.Status.FEASIBLE ? optimum.gap() : mixedInteger ? solver.mipGap() : 0;
            return Optional.of(new Solution(schedule, solver.name(mixedInteger), spent + searched));
        } finally {
            session.close();
        }
    }

    /**
     * Whether the preferred schedule is one of the cheapest: it costs no more (up to round-off) and burns no energy (a
     * lossy device charging and discharging at once, whose stock the schedule's net power would misstate). Where the
     * second stage strayed from the optimal face — round-off in the reduced costs — the first optimum stands.
     */
    private static boolean stillCheapest(SchedulingProblem problem, StorageProgram program, double[] preferred, double cheapest) {
        double cost = problem.cost(program.schedule(preferred)).total();
        return !program.burnsEnergy(preferred) && cost - cheapest <= 1e-7 * Math.max(1, Math.abs(cheapest));
    }

    private static LinearSolver.Outcome optimum(LinearSolver.Session session, long timeLimitMillis) {
        LinearSolver.Outcome outcome = session.minimise();
        return switch (outcome.status()) {
            case OPTIMAL, FEASIBLE -> outcome; // FEASIBLE: a mixed-integer search out of time, its gap reported
            case INFEASIBLE -> throw new InfeasibleProblemException("The input data yields an infeasible problem: no schedule meets "
                    + "the hard constraints (soc-min, soc-max, capacities, and minima, maxima or targets where relax-constraints is false).");
            case FAILED -> throw new InfeasibleProblemException("The solver found no schedule within "
                    + timeLimitMillis / 1000 + " s.");
        };
    }
}
