package io.gridflex.adapter.planner.process;

import io.gridflex.application.scheduling.port.out.Scheduler;
import io.gridflex.application.scheduling.port.out.Solution;
import io.gridflex.domain.scheduling.InfeasibleProblemException;
import io.gridflex.domain.scheduling.ProcessDevice;
import io.gridflex.domain.scheduling.Profile;
import io.gridflex.domain.scheduling.Schedule;
import io.gridflex.domain.scheduling.SchedulingProblem;
import io.gridflex.domain.scheduling.SiteContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
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
 * Places processes (FlexMeasures' process scheduler: inflexible, shiftable, breakable) on a site
 * with OptaPlanner: local search over each piece's start, from the placement each process would
 * take alone. That placement also bounds the optimum from below — with consumption priced at
 * least as high as production, running processes together never costs less than the sum of
 * running each alone — so every answer carries a proven gap, 0 where the processes do not meet.
 */
public final class ProcessScheduler implements Scheduler {

    static final String SOLVER = "OptaPlanner 10.1.0 local search";
    /** Moves scored at the least: about what 300 ms give on the benchmark machine (2 vCPU), measured by the tests. */
    private static final long SEARCH_FLOOR = 40_000L;
    private static final SolverFactory<ProcessPlan> SOLVERS = SolverFactory.create(new SolverConfig()
            .withSolutionClass(ProcessPlan.class)
            .withEntityClasses(ProcessPiece.class)
            .withConstraintProviderClass(ProcessConstraints.class)
            .withPhases(new ConstructionHeuristicPhaseConfig(),
                    // late acceptance over random moves, until it has found nothing better for a while — and has
                    // scored at least as many moves as a quiet machine does in that while, so that a busy machine
                    // searches as far (the tests' optima held on a quiet machine and failed under load without it)
                    new LocalSearchPhaseConfig()
                            .withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(100))
                            .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1))
                            .withTerminationConfig(new TerminationConfig()
                                    .withTerminationCompositionStyle(TerminationCompositionStyle.AND)
                                    .withUnimprovedMillisecondsSpentLimit(300L)
                                    .withScoreCalculationCountLimit(SEARCH_FLOOR)))
            .withTerminationConfig(new TerminationConfig().withSpentLimit(Duration.ofSeconds(30))));

    @Override
    public String name() {
        return "ProcessScheduler";
    }

    @Override
    public String version() {
        return "1";
    }

    /** Processes only, on a site whose production peaks and breaches carry no price, consumption priced at least as production. */
    @Override
    public boolean canSchedule(SchedulingProblem problem) {
        SiteContext site = problem.site();
        boolean convex = IntStream.range(0, problem.steps())
                .allMatch(j -> site.consumptionPrice().at(j) >= site.productionPrice().at(j));
        boolean noProductionTerms = site.sitePeakProductionPrice() == 0
                && (Double.isNaN(site.siteProductionBreachPrice()) || site.siteProductionCapacity().isEmpty());
        return problem.devices().isEmpty() && !problem.processes().isEmpty() && convex && noProductionTerms;
    }

    @Override
    public Solution solve(SchedulingProblem problem) {
        List<SiteStep> steps = steps(problem);
        for (SiteStep step : steps) {
            if (step.overload(0) > 0) {
                throw new InfeasibleProblemException("The input data yields an infeasible problem: the inflexible devices alone "
                        + "exceed the site's capacity at step " + step.index() + ".");
            }
        }
        List<ProcessPiece> pieces = new ArrayList<>();
        double bound = 0; // µ-currency: each process alone, at its cheapest
        for (int p = 0; p < problem.processes().size(); p++) {
            ProcessDevice process = problem.processes().get(p);
            if (process.power() == 0) {
                continue;
            }
            long power = Math.round(process.power() * SiteStep.MICRO);
            Alone alone = alone(process, power, steps);
            bound += alone.cost();
            if (process.type() == ProcessDevice.Type.BREAKABLE) {
                for (int start : alone.starts()) {
                    ProcessPiece piece = new ProcessPiece(pieces.size(), p, 1, power, allowedSteps(process), null);
                    piece.setStart(start);
                    pieces.add(piece);
                }
            } else {
                boolean inflexible = process.type() == ProcessDevice.Type.INFLEXIBLE;
                ProcessPiece piece = new ProcessPiece(pieces.size(), p, process.runSteps(), power, process.blockStarts(),
                        inflexible ? process.blockStarts().get(0) : null);
                piece.setStart(alone.starts().get(0));
                pieces.add(piece);
            }
        }
        double lowest = problem.cost(new Schedule(problem.processes().stream().map(x -> Profile.constant(problem.steps(), 0))
                .toList())).total() + bound / SiteStep.MICRO;
        // each process where it would run alone: optimal as it stands where the processes do not meet
        Schedule alone = schedule(problem, pieces);
        if (problem.violations(alone, 1e-9).isEmpty() && gap(problem.cost(alone).total(), lowest) == 0) {
            return new Solution(alone, "exact (each process at its own optimum)", 0);
        }
        if (pieces.stream().allMatch(ProcessPiece::isPinned)) {
            throw infeasible();
        }
        ProcessPlan solved = SOLVERS.buildSolver().solve(new ProcessPlan(steps, pieces, siteWide(problem, steps)));
        Schedule schedule = schedule(problem, solved.getPieces());
        if (solved.getScore().hardScore() < 0 || !problem.violations(schedule, 1e-9).isEmpty()) {
            throw infeasible();
        }
        return new Solution(schedule, SOLVER, gap(problem.cost(schedule).total(), lowest));
    }

    /** How much cheaper than {@code cost} the optimum could be, relative to the cost (absolute below one currency unit). */
    private static double gap(double cost, double lowest) {
        double gap = Math.max(0, cost - lowest) / Math.max(Math.abs(cost), 1);
        return gap < 1e-9 ? 0 : gap;
    }

    private static InfeasibleProblemException infeasible() {
        return new InfeasibleProblemException("The input data yields an infeasible problem: the processes cannot all run "
                + "within the site's capacity and their time restrictions.");
    }

    /** A process alone on the site: its cheapest placement (soonest among equals) and what it adds, µ-currency. */
    private record Alone(List<Integer> starts, double cost) {
    }

    private static Alone alone(ProcessDevice process, long power, List<SiteStep> steps) {
        if (process.type() == ProcessDevice.Type.BREAKABLE) {
            List<Integer> allowed = allowedSteps(process);
            if (allowed.size() < process.runSteps()) {
                throw new InfeasibleProblemException("The input data yields an infeasible problem: process " + process.sensor()
                        + " needs " + process.runSteps() + " steps and may run in only " + allowed.size() + ".");
            }
            List<Integer> cheapest = allowed.stream()
                    .sorted(Comparator.comparingLong((Integer j) -> steps.get(j).marginalCost(power)).thenComparing(j -> j))
                    .limit(process.runSteps()).sorted().toList();
            return new Alone(cheapest, cheapest.stream().mapToDouble(j -> steps.get(j).marginalCost(power)).sum());
        }
        List<Integer> starts = process.blockStarts();
        if (starts.isEmpty()) {
            throw new InfeasibleProblemException("The input data yields an infeasible problem: process " + process.sensor()
                    + " finds no " + process.runSteps() + " unrestricted steps in a row.");
        }
        int best = starts.get(0);
        double bestCost = blockCost(best, process, power, steps);
        if (process.type() == ProcessDevice.Type.SHIFTABLE) {
            for (int start : starts) {
                double cost = blockCost(start, process, power, steps);
                if (cost < bestCost) {
                    best = start;
                    bestCost = cost;
                }
            }
        }
        return new Alone(List.of(best), bestCost);
    }

    private static double blockCost(int start, ProcessDevice process, long power, List<SiteStep> steps) {
        double cost = 0;
        for (int j = start; j < start + process.runSteps(); j++) {
            cost += steps.get(j).marginalCost(power);
        }
        return cost;
    }

    private static List<Integer> allowedSteps(ProcessDevice process) {
        return IntStream.range(0, process.steps()).filter(process::mayRunAt).boxed().toList();
    }

    private static List<SiteStep> steps(SchedulingProblem problem) {
        SiteContext site = problem.site();
        List<SiteStep> steps = new ArrayList<>(problem.steps());
        for (int j = 0; j < problem.steps(); j++) {
            steps.add(new SiteStep(j, site.inflexible().at(j), site.consumptionPrice().at(j), site.productionPrice().at(j),
                    site.hardConsumptionLimit(j), site.siteConsumptionCapacity().at(j), site.siteConsumptionBreachPrice(),
                    site.siteProductionCapacity().at(j), site.siteProductionBreachPrice(), problem.hours()));
        }
        return steps;
    }

    private static ProcessPlan.SiteWide siteWide(SchedulingProblem problem, List<SiteStep> steps) {
        SiteContext site = problem.site();
        long breach = steps.stream().mapToLong(s -> s.consumptionBreach(0)).max().orElse(0);
        long consumption = steps.stream().mapToLong(s -> s.consumption(0)).max().orElse(0);
        return new ProcessPlan.SiteWide(site.siteConsumptionBreachPrice(), site.sitePeakConsumption(),
                site.sitePeakConsumptionPrice(), breach, consumption);
    }

    private static Schedule schedule(SchedulingProblem problem, List<ProcessPiece> pieces) {
        List<double[]> power = new ArrayList<>();
        problem.processes().forEach(p -> power.add(new double[problem.steps()]));
        for (ProcessPiece piece : pieces) {
            double mw = problem.processes().get(piece.getProcess()).power();
            for (int j = piece.getStart(); j < piece.getStart() + piece.getLength(); j++) {
                power.get(piece.getProcess())[j] = mw;
            }
        }
        return new Schedule(power.stream().map(Profile::of).toList());
    }
}
