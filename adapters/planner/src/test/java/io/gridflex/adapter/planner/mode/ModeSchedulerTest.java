package io.gridflex.adapter.planner.mode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.gridflex.adapter.planner.lp.StorageScheduler;
import io.gridflex.application.scheduling.port.out.Solution;
import io.gridflex.domain.belief.EventGrid;
import io.gridflex.domain.scheduling.InfeasibleProblemException;
import io.gridflex.domain.scheduling.PowerBand;
import io.gridflex.domain.scheduling.Profile;
import io.gridflex.domain.scheduling.Schedule;
import io.gridflex.domain.scheduling.SchedulingProblem;
import io.gridflex.domain.scheduling.SiteContext;
import io.gridflex.domain.scheduling.StorageDevice;
import io.gridflex.domain.sensor.SensorId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The choice of operation modes on small instances, against the exact optimum found by trying
 * every choice — and against the storage scheduler's mixed-integer program, which must agree.
 */
@Timeout(120)
class ModeSchedulerTest {

    static final Instant START = Instant.parse("2026-06-02T00:00:00Z");

    /** A heat buffer: off, low or high, with a minimum it must reach by the end (hard). */
    static StorageDevice buffer(long sensor, int steps, double atStart, double needed, double... levels) {
        double[] minima = new double[steps];
        java.util.Arrays.fill(minima, Double.NaN);
        minima[steps - 1] = needed;
        List<PowerBand> modes = new ArrayList<>();
        for (double level : levels) {
            modes.add(new PowerBand(level, level));
        }
        return new StorageDevice(SensorId.of(sensor), atStart, 0, 10, Profile.of(minima), Profile.none(steps), Profile.none(steps),
                Profile.constant(steps, 2), Profile.constant(steps, 0), Profile.constant(steps, 0.95), Profile.constant(steps, 1),
                Profile.constant(steps, 0.99), Profile.constant(steps, 0), Profile.constant(steps, 0), false, false, modes);
    }

    static SchedulingProblem problem(List<StorageDevice> devices, double[] prices, double siteLimit) {
        int n = prices.length;
        Profile price = Profile.of(prices);
        SiteContext site = new SiteContext(price, price.map(p -> p - 1), Profile.constant(n, 0.2),
                Double.isNaN(siteLimit) ? Profile.none(n) : Profile.constant(n, siteLimit), Profile.none(n), Profile.none(n),
                Double.NaN, Double.NaN, 0, 0, 0, 0, Double.NaN, Double.NaN);
        return new SchedulingProblem(new EventGrid(START, Duration.ofHours(1), n), devices, site);
    }

    /** The cheapest schedule meeting every hard constraint, by trying every choice of levels. */
    static double exhaustiveOptimum(SchedulingProblem problem) {
        int devices = problem.devices().size();
        int n = problem.steps();
        int slots = devices * n;
        int[] choice = new int[slots];
        double best = Double.POSITIVE_INFINITY;
        while (true) {
            List<Profile> profiles = new ArrayList<>();
            for (int d = 0; d < devices; d++) {
                double[] p = new double[n];
                for (int j = 0; j < n; j++) {
                    p[j] = problem.devices().get(d).operationModes().get(choice[d * n + j]).min();
                }
                profiles.add(Profile.of(p));
            }
            Schedule schedule = new Schedule(profiles);
            if (problem.violations(schedule, 1e-9).isEmpty()) {
                best = Math.min(best, problem.cost(schedule).total());
            }
            int k = 0;
            while (k < slots && ++choice[k] == problem.devices().get(k / n).operationModes().size()) {
                choice[k++] = 0;
            }
            if (k == slots) {
                return best;
            }
        }
    }

    @Test
    void finds_the_exact_optimum_of_small_instances_as_the_mixed_integer_program_does() {
        List<SchedulingProblem> instances = List.of(
                problem(List.of(buffer(1, 8, 1, 3, 0, 0.5, 1)), new double[] {30, 10, 50, 20, 10, 60, 40, 15}, Double.NaN),
                problem(List.of(buffer(1, 6, 0.5, 2, 0, 1), buffer(2, 6, 1, 2.5, 0, 0.6, 1.2)),
                        new double[] {40, 15, 15, 60, 5, 30}, 1.6),
                problem(List.of(buffer(1, 5, 0, 1.5, 0, 0.4, 0.8), buffer(2, 5, 0, 1, 0, 1)), new double[] {-10, 20, 35, 5, 50}, 1.3));
        ModeScheduler modes = new ModeScheduler(0);
        StorageScheduler exact = new StorageScheduler();
        for (SchedulingProblem problem : instances) {
            assertThat(modes.canSchedule(problem)).isTrue();
            double optimum = exhaustiveOptimum(problem);
            Solution chosen = modes.solve(problem);
            assertThat(problem.violations(chosen.schedule(), 1e-6)).isEmpty();
            assertThat(problem.cost(chosen.schedule()).total()).isCloseTo(optimum, within(1e-6));
            assertThat(chosen.solver()).contains("OptaPlanner");
            assertThat(chosen.gap()).isGreaterThanOrEqualTo(0);
            Solution mip = exact.solve(problem);
            assertThat(problem.violations(mip.schedule(), 1e-6)).isEmpty();
            assertThat(problem.cost(mip.schedule()).total()).isCloseTo(optimum, within(1e-6));
            assertThat(mip.solver()).contains("SCIP");
        }
    }

    @Test
    void leaves_small_or_unsupported_problems_to_the_exact_scheduler_and_refuses_the_impossible() {
        SchedulingProblem small = problem(List.of(buffer(1, 4, 1, 2, 0, 1)), new double[] {1, 2, 3, 4}, Double.NaN);
        assertThat(new ModeScheduler().canSchedule(small)).isFalse(); // 8 binaries: the mixed-integer program's
        StorageDevice banded = new StorageDevice(SensorId.of(1), 1, 0, 10, Profile.none(4), Profile.none(4), Profile.none(4),
                Profile.constant(4, 2), Profile.constant(4, 0), Profile.constant(4, 1), Profile.constant(4, 1), Profile.constant(4, 1),
                Profile.constant(4, 0), Profile.constant(4, 0), false, false, List.of(new PowerBand(0, 0), new PowerBand(0.5, 1)));
        assertThat(new ModeScheduler(0).canSchedule(problem(List.of(banded), new double[] {1, 2, 3, 4}, Double.NaN))).isFalse();
        // needs 3 MWh in 2 hours at 1 MW at most
        SchedulingProblem impossible = problem(List.of(buffer(1, 2, 0, 3, 0, 1)), new double[] {1, 2}, Double.NaN);
        assertThatThrownBy(() -> new ModeScheduler(0).solve(impossible)).isInstanceOf(InfeasibleProblemException.class);
    }
}
