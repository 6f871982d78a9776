package io.gridflex.adapter.planner.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.gridflex.application.scheduling.port.out.Solution;
import io.gridflex.domain.belief.EventGrid;
import io.gridflex.domain.scheduling.InfeasibleProblemException;
import io.gridflex.domain.scheduling.ProcessDevice;
import io.gridflex.domain.scheduling.ProcessDevice.Type;
import io.gridflex.domain.scheduling.Profile;
import io.gridflex.domain.scheduling.Schedule;
import io.gridflex.domain.scheduling.SchedulingProblem;
import io.gridflex.domain.scheduling.SiteContext;
import io.gridflex.domain.sensor.SensorId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * FlexMeasures' process scheduler scenarios (planning/tests/test_process.py: a 4-hour process
 * inflexible, breakable or shiftable, with and without time restrictions), and OptaPlanner's
 * answers against the exact optimum, found by trying every placement, on small shared sites.
 */
class ProcessSchedulerTest {

    static final Instant START = Instant.parse("2015-01-02T00:00:00Z");
    /** Hourly prices with a cheap block at 3..6 and the cheapest single hours at 6, 4, 3 and 9. */
    static final double[] PRICES = {90, 80, 70, 30, 20, 40, 10, 60, 100, 35};

    private final ProcessScheduler scheduler = new ProcessScheduler();

    static SchedulingProblem problem(double[] prices, SiteContext site, ProcessDevice... processes) {
        return new SchedulingProblem(new EventGrid(START, Duration.ofHours(1), prices.length), List.of(), List.of(processes), site);
    }

    static ProcessDevice process(long sensor, double mw, int duration, Type type, int steps, int... restricted) {
        boolean[] restrictions = new boolean[steps];
        for (int j : restricted) {
            restrictions[j] = true;
        }
        return new ProcessDevice(SensorId.of(sensor), mw, duration, type, restrictions);
    }

    static SiteContext prices(double[] prices) {
        return SiteContext.prices(Profile.of(prices), Profile.of(prices));
    }

    double[] solve(SchedulingProblem problem, int process) {
        Solution solution = scheduler.solve(problem);
        assertThat(problem.violations(solution.schedule(), 1e-9)).isEmpty();
        return solution.schedule().of(process).toArray();
    }

    @Test
    void an_inflexible_process_runs_from_the_start() {
        SchedulingProblem problem = problem(PRICES, prices(PRICES), process(1, 0.004, 4, Type.INFLEXIBLE, PRICES.length));
        assertThat(scheduler.canSchedule(problem)).isTrue();
        assertThat(solve(problem, 0)).containsExactly(0.004, 0.004, 0.004, 0.004, 0, 0, 0, 0, 0, 0);
    }

    @Test
    void a_shiftable_process_runs_in_the_cheapest_block() {
        SchedulingProblem problem = problem(PRICES, prices(PRICES), process(1, 0.004, 4, Type.SHIFTABLE, PRICES.length));
        assertThat(solve(problem, 0)).containsExactly(0, 0, 0, 0.004, 0.004, 0.004, 0.004, 0, 0, 0);
        assertThat(scheduler.solve(problem).gap()).isZero();
    }

    @Test
    void a_breakable_process_runs_in_the_cheapest_steps() {
        SchedulingProblem problem = problem(PRICES, prices(PRICES), process(1, 0.004, 4, Type.BREAKABLE, PRICES.length));
        assertThat(solve(problem, 0)).containsExactly(0, 0, 0, 0.004, 0.004, 0, 0.004, 0, 0, 0.004);
    }

    @Test
    void time_restrictions_keep_each_kind_out_of_their_steps() {
        int n = PRICES.length;
        assertThat(solve(problem(PRICES, prices(PRICES), process(1, 0.004, 4, Type.INFLEXIBLE, n, 1)), 0))
                .as("the first block without restricted steps").containsExactly(0, 0, 0.004, 0.004, 0.004, 0.004, 0, 0, 0, 0);
        // blocks around step 5: 0..3 costs 270, 1..4 costs 200, 6..9 costs 205
        assertThat(solve(problem(PRICES, prices(PRICES), process(1, 0.004, 4, Type.SHIFTABLE, n, 5)), 0))
                .containsExactly(0, 0.004, 0.004, 0.004, 0.004, 0, 0, 0, 0, 0);
        assertThat(solve(problem(PRICES, prices(PRICES), process(1, 0.004, 4, Type.BREAKABLE, n, 4, 6)), 0))
                .containsExactly(0, 0, 0, 0.004, 0, 0.004, 0, 0.004, 0, 0.004);
        assertThatThrownBy(() -> scheduler.solve(problem(PRICES, prices(PRICES),
                process(1, 0.004, 4, Type.SHIFTABLE, n, 3, 7)))).isInstanceOf(InfeasibleProblemException.class);
    }

    @Test
    void processes_sharing_a_site_capacity_find_the_exact_optimum() {
        Random random = new Random(7);
        int infeasible = 0;
        for (int instance = 0; instance < 25; instance++) {
            int n = 8;
            double[] prices = new double[n];
            for (int j = 0; j < n; j++) {
                prices[j] = 10 + random.nextInt(90);
            }
            double[] capacity = new double[n];
            java.util.Arrays.fill(capacity, 1.0);
            SiteContext site = new SiteContext(Profile.of(prices), Profile.of(prices), Profile.constant(n, 0.1),
                    Profile.of(capacity), Profile.none(n), Profile.none(n), Double.NaN, Double.NaN,
                    0.6, random.nextBoolean() ? 50 : 0, 0, 0, Double.NaN, Double.NaN);
            List<ProcessDevice> processes = new ArrayList<>();
            Type[] types = Type.values();
            for (int p = 0; p < 3; p++) {
                processes.add(process(p + 1, 0.3 + 0.1 * random.nextInt(4), 2 + random.nextInt(2),
                        p == 0 ? Type.SHIFTABLE : types[random.nextInt(types.length)], n, random.nextInt(n)));
            }
            SchedulingProblem problem = new SchedulingProblem(new EventGrid(START, Duration.ofHours(1), n), List.of(), processes, site);

            double exact = Exhaustive.cheapest(problem);
            if (Double.isInfinite(exact)) {
                assertThatThrownBy(() -> scheduler.solve(problem)).as("instance " + instance)
                        .isInstanceOf(InfeasibleProblemException.class);
                infeasible++;
                continue;
            }
            Solution solution = scheduler.solve(problem);

            assertThat(problem.violations(solution.schedule(), 1e-9)).as("instance " + instance).isEmpty();
            assertThat(problem.cost(solution.schedule()).total()).as("instance " + instance).isCloseTo(exact, within(1e-6));
            assertThat(solution.gap()).as("a proven bound").isGreaterThanOrEqualTo(0);
            double lowestPossible = problem.cost(solution.schedule()).total() - solution.gap()
                    * Math.max(Math.abs(problem.cost(solution.schedule()).total()), 1);
            assertThat(lowestPossible).as("the bound lies below the optimum").isLessThanOrEqualTo(exact + 1e-6);
        }
        assertThat(infeasible).as("most instances can be scheduled").isLessThan(5);
    }

    /** The exact optimum of a small process problem: every placement of every process, priced by the domain. */
    static final class Exhaustive {

        static double cheapest(SchedulingProblem problem) {
            List<List<Profile>> options = new ArrayList<>();
            for (ProcessDevice process : problem.processes()) {
                options.add(placements(process));
            }
            double[] best = {Double.POSITIVE_INFINITY};
            walk(problem, options, new ArrayList<>(), best);
            return best[0];
        }

        private static void walk(SchedulingProblem problem, List<List<Profile>> options, List<Profile> chosen, double[] best) {
            if (chosen.size() == options.size()) {
                Schedule schedule = new Schedule(chosen);
                if (problem.violations(schedule, 1e-9).isEmpty()) {
                    best[0] = Math.min(best[0], problem.cost(schedule).total());
                }
                return;
            }
            for (Profile option : options.get(chosen.size())) {
                chosen.add(option);
                walk(problem, options, chosen, best);
                chosen.remove(chosen.size() - 1);
            }
        }

        private static List<Profile> placements(ProcessDevice process) {
            List<Profile> placements = new ArrayList<>();
            if (process.type() == Type.INFLEXIBLE) {
                placements.add(process.block(process.blockStarts().get(0)));
            } else if (process.type() == Type.SHIFTABLE) {
                process.blockStarts().forEach(s -> placements.add(process.block(s)));
            } else {
                int n = process.steps();
                for (int mask = 0; mask < 1 << n; mask++) {
                    if (Integer.bitCount(mask) != process.runSteps()) {
                        continue;
                    }
                    double[] power = new double[n];
                    boolean allowed = true;
                    for (int j = 0; j < n; j++) {
                        if ((mask >> j & 1) == 1) {
                            allowed &= process.mayRunAt(j);
                            power[j] = process.power();
                        }
                    }
                    if (allowed) {
                        placements.add(Profile.of(power));
                    }
                }
            }
            return placements;
        }
    }
}
