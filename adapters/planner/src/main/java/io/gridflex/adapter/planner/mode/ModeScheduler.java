package io.gridflex.adapter.planner.mode;

import io.gridflex.adapter.planner.lp.StorageScheduler;
import io.gridflex.application.scheduling.port.out.Scheduler;
import io.gridflex.application.scheduling.port.out.Solution;
import io.gridflex.domain.scheduling.InfeasibleProblemException;
import io.gridflex.domain.scheduling.PowerBand;
import io.gridflex.domain.scheduling.Profile;
import io.gridflex.domain.scheduling.Schedule;
import io.gridflex.domain.scheduling.SchedulingProblem;
import io.gridflex.domain.scheduling.SiteContext;
import io.gridflex.domain.scheduling.StorageDevice;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationCompositionStyle;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/**
 * Chooses each device's operation mode per step (S2's operation-mode-based control with fixed
 * power levels: off, or on at 883.7 W, or one of an EV charger's currents) with OptaPlanner: local
 * search from a first-fit construction, scored by {@link ModeConstraints}. It takes the problems
 * whose mixed-integer program would be large (more than {@value #EXACT_UP_TO} mode binaries); the
 * storage scheduler solves smaller ones exactly. Its gap is proven against the linear relaxation
 * (each device free to run anywhere between its lowest and highest level), which the storage
 * scheduler solves exactly.
 */
public final class ModeScheduler implements Scheduler {

    static final String SOLVER = "OptaPlanner 10.1.0 local search";
    /**
     * Up to this many mode binaries, the storage scheduler's mixed-integer program is the better
     * tool: heat buffers with 576 and 960 binaries took SCIP 0.2 and 1.4 s, proven optimal; with
     * 1,152 it found no optimum within its minute.
     */
    static final int EXACT_UP_TO = 1_000;

    /**
     * Simulated annealing, warm at the start by about what one device's step costs at its highest
     * level: an energy moved from one step to another takes several moves, some of which look
     * worse on their own (tabu search and late acceptance stopped at such local optima in the
     * tests). Cooled over a count of steps rather than milliseconds, so that the search does not
     * depend on the machine's speed.
     */
    private static SolverFactory<ModePlan> solvers(long temperature) {
        return SolverFactory.create(new SolverConfig()
                .withSolutionClass(ModePlan.class)
                .withEntityClasses(ModeChoice.class)
                .withConstraintProviderClass(ModeConstraints.class)
                .withPhases(new ConstructionHeuristicPhaseConfig(),
                        new LocalSearchPhaseConfig()
                                .withAcceptorConfig(new LocalSearchAcceptorConfig()
                                        .withSimulatedAnnealingStartingTemperature("1000hard/" + temperature + "medium/0soft"))
                                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1))
                                // once cold, a step waits for an improving move: stop a while after the last one, but
                                // not before scoring as many moves as a quiet machine does in that while, so that a
                                // busy machine searches as far (the tests' optima failed under load without it)
                                .withTerminationConfig(new TerminationConfig().withTerminationConfigList(List.of(
                                        new TerminationConfig().withStepCountLimit(STEPS),
                                        new TerminationConfig().withUnimprovedStepCountLimit(STEPS / 4),
                                        new TerminationConfig().withTerminationCompositionStyle(TerminationCompositionStyle.AND)
                                                .withUnimprovedMillisecondsSpentLimit(300L)
                                                .withScoreCalculationCountLimit(SEARCH_FLOOR)))))
                .withTerminationConfig(new TerminationConfig().withSpentLimit(Duration.ofSeconds(60))));
    }

    private static final int STEPS = 20_000;
    /** Moves scored at the least before the unimproved time may stop the search: measured by the tests. */
    private static final long SEARCH_FLOOR = 50_000L;

    private final int exactUpTo;

    public ModeScheduler() {
        this(EXACT_UP_TO);
    }

    /** @param exactUpTo the size up to which it leaves a problem to the exact scheduler (0 in tests: take every one) */
    ModeScheduler(int exactUpTo) {
        this.exactUpTo = exactUpTo;
    }

    @Override
    public String name() {
        return "ModeScheduler";
    }

    @Override
    public String version() {
        return "1";
    }

    /** Above the storage scheduler: it declines the small problems that one solves exactly. */
    @Override
    public int priority() {
        return 5;
    }

    /**
     * Devices that all run in fixed-level operation modes, no processes, on a site whose only limits
     * are hard ones (no breach or peak prices) and whose consumption is priced at least as production.
     */
    @Override
    public boolean canSchedule(SchedulingProblem problem) {
        SiteContext site = problem.site();
        boolean modesOnly = !problem.devices().isEmpty() && problem.processes().isEmpty() && problem.devices().stream()
                .allMatch(d -> d.hasOperationModes() && d.operationModes().stream().allMatch(PowerBand::isFixed));
        boolean convex = IntStream.range(0, problem.steps())
                .allMatch(j -> site.consumptionPrice().at(j) >= site.productionPrice().at(j));
        boolean hardLimitsOnly = site.sitePeakConsumptionPrice() == 0 && site.sitePeakProductionPrice() == 0
                && (Double.isNaN(site.siteConsumptionBreachPrice()) || site.siteConsumptionCapacity().isEmpty())
                && (Double.isNaN(site.siteProductionBreachPrice()) || site.siteProductionCapacity().isEmpty());
        return modesOnly && convex && hardLimitsOnly && binaries(problem) > exactUpTo;
    }

    private static long binaries(SchedulingProblem problem) {
        return problem.devices().stream().mapToLong(d -> (long) d.operationModes().size() * problem.steps()).sum();
    }

    @Override
    public Solution solve(SchedulingProblem problem) {
        SiteContext site = problem.site();
        double hours = problem.hours();
        List<ModeStep> steps = new ArrayList<>();
        for (int j = 0; j < problem.steps(); j++) {
            steps.add(new ModeStep(j, site.inflexible().at(j), site.consumptionPrice().at(j), site.productionPrice().at(j),
                    site.hardConsumptionLimit(j), site.hardProductionLimit(j), hours));
        }
        List<ModeDevice> devices = new ArrayList<>();
        List<ModeChoice> choices = new ArrayList<>();
        for (int d = 0; d < problem.devices().size(); d++) {
            StorageDevice device = problem.devices().get(d);
            devices.add(new ModeDevice(d, device, problem.resolution(), site.socMinimaBreachPrice(), site.socMaximaBreachPrice()));
            for (int j = 0; j < problem.steps(); j++) {
                List<Long> levels = new ArrayList<>();
                for (PowerBand band : device.operationModes()) {
                    boolean withinCapacity = band.min() <= device.consumptionCapacity().at(j) + 1e-12
                            && -band.min() <= device.productionCapacity().at(j) + 1e-12;
                    long level = Math.round(band.min() * ModeStep.MICRO);
                    if (withinCapacity && !levels.contains(level)) {
                        levels.add(level);
                    }
                }
                if (levels.isEmpty()) {
                    throw new InfeasibleProblemException("The input data yields an infeasible problem: no operation mode of device "
                            + device.sensor() + " fits its capacities at step " + j + ".");
                }
                choices.add(new ModeChoice(choices.size(), d, j, levels));
            }
        }
        long temperature = 1;
        for (ModeStep step : steps) {
            for (StorageDevice device : problem.devices()) {
                double highest = device.operationModes().stream().mapToDouble(b -> Math.abs(b.max())).max().orElse(0);
                temperature = Math.max(temperature, Math.round(Math.abs(step.consumptionPrice()) * highest * hours * ModeStep.MICRO));
            }
        }
        ModePlan solved = solvers(temperature).buildSolver().solve(new ModePlan(steps, devices, choices));
        Schedule schedule = schedule(problem, solved.getChoices());
        if (solved.getScore().hardScore() < 0 || !problem.violations(schedule, 1e-6).isEmpty()) {
            throw new InfeasibleProblemException("The input data yields an infeasible problem: no choice of operation modes "
                    + "keeps the stocks and the site within their hard limits.");
        }
        double cost = problem.cost(schedule).total();
        double lowest = relaxedOptimum(problem);
        double gap = Math.max(0, cost - lowest) / Math.max(Math.abs(cost), 1);
        return new Solution(schedule, SOLVER, gap < 1e-9 ? 0 : gap);
    }

    private static Schedule schedule(SchedulingProblem problem, List<ModeChoice> choices) {
        double[][] power = new double[problem.devices().size()][problem.steps()];
        for (ModeChoice choice : choices) {
            power[choice.getDevice()][choice.getStep()] = choice.load() / ModeStep.MICRO;
        }
        List<Profile> profiles = new ArrayList<>();
        for (double[] p : power) {
            profiles.add(Profile.of(p));
        }
        return new Schedule(profiles);
    }

    /**
     * The cheapest cost with each device free to run at any power between its lowest and highest
     * level (within its capacities): a lower bound of every choice of modes, solved exactly.
     */
    static double relaxedOptimum(SchedulingProblem problem) {
        List<StorageDevice> relaxed = new ArrayList<>();
        for (StorageDevice d : problem.devices()) {
            double highest = d.operationModes().stream().mapToDouble(PowerBand::max).max().orElseThrow();
            double lowest = d.operationModes().stream().mapToDouble(PowerBand::min).min().orElseThrow();
            relaxed.add(new StorageDevice(d.sensor(), d.socAtStart(), d.socMin(), d.socMax(), d.socMinima(), d.socMaxima(),
                    d.socTargets(), d.consumptionCapacity().map(c -> Math.min(c, Math.max(0, highest))),
                    d.productionCapacity().map(c -> Math.min(c, Math.max(0, -lowest))), d.chargingEfficiency(),
                    d.dischargingEfficiency(), d.storageEfficiency(), d.socGain(), d.socUsage(), false, false, List.of()));
        }
        SchedulingProblem free = new SchedulingProblem(problem.horizon(), relaxed, problem.site());
        return free.cost(new StorageScheduler().solve(free).schedule()).total();
    }
}
