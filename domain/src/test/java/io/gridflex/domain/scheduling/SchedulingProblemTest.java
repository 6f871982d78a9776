package io.gridflex.domain.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.gridflex.domain.belief.EventGrid;
import io.gridflex.domain.failure.InvalidValueException;
import io.gridflex.domain.sensor.SensorId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The domain prices and checks any schedule: the yardstick every solver is held to. */
class SchedulingProblemTest {

    static final Instant START = Instant.parse("2015-01-02T00:00:00Z");
    static final EventGrid FOUR_HOURS = new EventGrid(START, Duration.ofHours(1), 4);

    static StorageDevice battery(int steps, double socAtStart, double efficiencyEachWay, double storageEfficiency) {
        return new StorageDevice(SensorId.of(1), socAtStart, 0, 5, Profile.none(steps), Profile.none(steps), Profile.none(steps),
                Profile.constant(steps, 2), Profile.constant(steps, 2), Profile.constant(steps, efficiencyEachWay),
                Profile.constant(steps, efficiencyEachWay), Profile.constant(steps, storageEfficiency), Profile.constant(steps, 0),
                Profile.constant(steps, 0), true, true, List.of());
    }

    @Test
    void follows_the_stock_through_efficiencies_and_continuous_losses() {
        StorageDevice lossless = battery(4, 2.5, 1, 1);
        assertThat(lossless.stock(Profile.of(2, -1, 0, 0.5), Duration.ofHours(1))).containsExactly(4.5, 3.5, 3.5, 4.0);

        StorageDevice lossy = battery(4, 2.5, 0.9, 1);
        double[] s = lossy.stock(Profile.of(1, -0.9, 0, 0), Duration.ofMinutes(30));
        assertThat(s[0]).isCloseTo(2.95, within(1e-12));  // 1 MW for half an hour, 90 % stored
        assertThat(s[1]).isCloseTo(2.45, within(1e-12));  // 0.9 MW delivered takes 1 MW from the stock

        StorageDevice leaky = battery(2, 1000, 1, 0.99);
        double[] kept = leaky.stock(Profile.of(0, 100), Duration.ofHours(1));
        assertThat(kept[0]).isCloseTo(990, within(1e-9));
        // what flows in during a step leaks too, continuously: (ε − 1)/ln ε of it stays
        assertThat(kept[1]).isCloseTo(990 * 0.99 + 100 * (0.99 - 1) / Math.log(0.99), within(1e-9));
    }

    @Test
    void prices_energy_breaches_peaks_and_stock_shortfalls() {
        StorageDevice device = new StorageDevice(SensorId.of(1), 1, 0, 5, Profile.of(Double.NaN, Double.NaN, 3, Double.NaN),
                Profile.none(4), Profile.none(4), Profile.constant(4, 2), Profile.constant(4, 2), Profile.constant(4, 1),
                Profile.constant(4, 1), Profile.constant(4, 1), Profile.constant(4, 0), Profile.constant(4, 0), true, true, List.of());
        SiteContext site = new SiteContext(Profile.of(10, 20, 30, 40), Profile.of(5, 5, 5, 5), Profile.of(0.5, 0.5, 0.5, 0.5),
                Profile.none(4), Profile.constant(4, 2), Profile.none(4), 100, Double.NaN, 1, 7, 0, 0, 1000, Double.NaN);
        SchedulingProblem problem = new SchedulingProblem(FOUR_HOURS, List.of(device), site);

        ScheduleCost cost = problem.cost(new Schedule(List.of(Profile.of(2, -1, 0, -2))));

        // net: 2.5, -0.5, 0.5, -1.5 MW over one hour each
        assertThat(cost.energy()).isCloseTo(10 * 2.5 - 5 * 0.5 + 30 * 0.5 - 5 * 1.5, within(1e-9));
        assertThat(cost.siteBreaches()).isCloseTo(100 * 0.5 + 100 * 0.5, within(1e-9)); // highest breach, and the one step's
        assertThat(cost.peaks()).isCloseTo(7 * (2.5 - 1), within(1e-9));
        assertThat(cost.stockBreaches()).isCloseTo(1000 * (3 - 2), within(1e-9)); // stock 3, 2, 2, 0: step 2 is 1 MWh short
        assertThat(cost.total()).isCloseTo(cost.energy() + 100 + 10.5 + 1000, within(1e-9));
    }

    @Test
    void names_each_broken_hard_constraint() {
        SiteContext site = new SiteContext(Profile.constant(4, 10), Profile.constant(4, 10), Profile.constant(4, 0),
                Profile.constant(4, 1.5), Profile.none(4), Profile.none(4), Double.NaN, Double.NaN, 0, 0, 0, 0, Double.NaN,
                Double.NaN);
        SchedulingProblem problem = new SchedulingProblem(FOUR_HOURS, List.of(battery(4, 2.5, 1, 1)), site);

        assertThat(problem.violations(new Schedule(List.of(Profile.of(1, 1, 0, -1))), 1e-9)).isEmpty();
        assertThat(problem.violations(new Schedule(List.of(Profile.of(2.5, 0, 0, 0))), 1e-9))
                .anyMatch(v -> v.contains("step 0") && v.contains("above its capacity"))
                .anyMatch(v -> v.contains("site step 0"));
        assertThat(problem.violations(new Schedule(List.of(Profile.of(-1.5, -1.5, 0, 0))), 1e-9))
                .anyMatch(v -> v.contains("step 1: stock -0.5 MWh outside soc-min and soc-max"));
    }

    @Test
    void a_target_beyond_soc_max_is_only_refused_where_targets_are_hard() {
        StorageDevice device = new StorageDevice(SensorId.of(1), 1, 0, 5, Profile.none(2), Profile.none(2),
                Profile.of(6, Double.NaN), Profile.constant(2, 1), Profile.constant(2, 1), Profile.constant(2, 1),
                Profile.constant(2, 1), Profile.constant(2, 1), Profile.constant(2, 0), Profile.constant(2, 0), true, true, List.of());
        EventGrid twoHours = new EventGrid(START, Duration.ofHours(1), 2);
        SiteContext hard = SiteContext.prices(Profile.constant(2, 1), Profile.constant(2, 1));
        SiteContext relaxed = new SiteContext(Profile.constant(2, 1), Profile.constant(2, 1), Profile.constant(2, 0), Profile.none(2),
                Profile.none(2), Profile.none(2), Double.NaN, Double.NaN, 0, 0, 0, 0, 1e6, 1e6);

        assertThat(new SchedulingProblem(twoHours, List.of(device), relaxed).devices()).hasSize(1);
        assertThatThrownBy(() -> new SchedulingProblem(twoHours, List.of(device), hard))
                .isInstanceOf(InfeasibleProblemException.class)
                .hasMessageContaining("soc-target").hasMessageContaining("above soc-max (5.0 MWh)").hasMessageContaining("hard");
    }

    @Test
    void refuses_invalid_models_naming_the_field() {
        assertThatThrownBy(() -> battery(4, 2.5, 1, 1.2)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("storage-efficiency");
        assertThatThrownBy(() -> new SchedulingProblem(new EventGrid(START, Duration.ofMinutes(15), 2521),
                List.of(battery(2521, 1, 1, 1)), SiteContext.prices(Profile.constant(2521, 1), Profile.constant(2521, 1))))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("2520");
        assertThatThrownBy(() -> new SchedulingProblem(FOUR_HOURS, List.of(battery(3, 1, 1, 1)),
                SiteContext.prices(Profile.constant(4, 1), Profile.constant(4, 1)))).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("flex-model");
    }

    @Test
    void a_process_runs_its_steps_at_its_power_outside_its_restrictions_and_in_one_block_unless_breakable() {
        EventGrid hours = new EventGrid(Instant.parse("2026-01-01T00:00:00Z"), Duration.ofHours(1), 5);
        SiteContext site = SiteContext.prices(Profile.of(5, 1, 2, 1, 5), Profile.of(5, 1, 2, 1, 5));
        boolean[] restricted = {false, false, false, false, true};
        for (ProcessDevice.Type type : ProcessDevice.Type.values()) {
            ProcessDevice process = new ProcessDevice(SensorId.of(7), 0.5, 2, type, restricted);
            SchedulingProblem problem = new SchedulingProblem(hours, List.of(), List.of(process), site);
            assertThat(process.blockStarts()).containsExactly(0, 1, 2);

            List<String> inPieces = problem.violations(new Schedule(List.of(Profile.of(0, 0.5, 0, 0.5, 0))), 1e-9);
            assertThat(inPieces.isEmpty()).as(type + " in pieces").isEqualTo(type == ProcessDevice.Type.BREAKABLE);
            assertThat(problem.violations(new Schedule(List.of(Profile.of(0, 0, 0, 0.5, 0.5))), 1e-9))
                    .anyMatch(v -> v.contains("restricted"));
            assertThat(problem.violations(new Schedule(List.of(Profile.of(0.5, 0.5, 0.5, 0, 0))), 1e-9))
                    .anyMatch(v -> v.contains("runs 3 steps"));
            assertThat(problem.violations(new Schedule(List.of(Profile.of(0.2, 0.5, 0, 0, 0))), 1e-9)).isNotEmpty();
            boolean soonest = problem.violations(new Schedule(List.of(process.block(0))), 1e-9).isEmpty();
            boolean later = problem.violations(new Schedule(List.of(process.block(1))), 1e-9).isEmpty();
            assertThat(soonest).isTrue();
            assertThat(later).as(type + " later").isEqualTo(type != ProcessDevice.Type.INFLEXIBLE);
            assertThat(problem.cost(new Schedule(List.of(process.block(1)))).energy()).isCloseTo(1.5, within(1e-12));
        }
    }

    @Test
    void a_device_with_operation_modes_runs_in_one_of_them() {
        StorageDevice pump = new StorageDevice(SensorId.of(1), 1, 0, 5, Profile.none(2), Profile.none(2), Profile.none(2),
                Profile.constant(2, 2), Profile.constant(2, 0), Profile.constant(2, 1), Profile.constant(2, 1), Profile.constant(2, 1),
                Profile.constant(2, 0), Profile.constant(2, 0), true, true, List.of(new PowerBand(0, 0), new PowerBand(0.5, 1)));
        SchedulingProblem problem = new SchedulingProblem(new EventGrid(START, Duration.ofHours(1), 2), List.of(pump),
                SiteContext.prices(Profile.constant(2, 1), Profile.constant(2, 1)));
        assertThat(problem.violations(new Schedule(List.of(Profile.of(0, 0.75))), 1e-9)).isEmpty();
        assertThat(problem.violations(new Schedule(List.of(Profile.of(0.25, 1))), 1e-9)).singleElement().asString()
                .contains("step 0", "none of its operation modes");
        assertThatThrownBy(() -> new PowerBand(1, 0.5)).isInstanceOf(InvalidValueException.class).hasMessageContaining("exceeds");
    }
}
