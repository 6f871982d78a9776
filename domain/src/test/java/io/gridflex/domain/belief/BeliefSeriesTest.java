package io.gridflex.domain.belief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.gridflex.domain.failure.InvalidValueException;
import io.gridflex.domain.sensor.SensorId;
import io.gridflex.domain.unit.SensorUnit;
import io.gridflex.domain.unit.UnitConversion;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Spreading, resampling, unit conversion and belief selection, with FlexMeasures' own examples. */
class BeliefSeriesTest {

    static final Instant START = Instant.parse("2021-06-06T22:00:00Z");
    static final Duration TEN_MINUTES = Duration.ofMinutes(10);

    @Test
    void spreads_values_evenly_over_the_duration() {
        EventGrid grid = EventGrid.spread(START, Duration.ofHours(1), 4);

        assertThat(grid.spacing()).isEqualTo(Duration.ofMinutes(15));
        assertThat(grid.eventStart(3)).isEqualTo(START.plus(Duration.ofMinutes(45)));
        assertThatThrownBy(() -> EventGrid.spread(START, Duration.ofMinutes(10), 7)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void repeats_a_coarser_value_onto_the_sensor_resolution() {
        Map<Instant, Double> stored = Resampling.toSensorResolution(EventGrid.spread(START, Duration.ofHours(1), 1),
                List.of(7.0), TEN_MINUTES);

        assertThat(stored).hasSize(6).allSatisfy((t, v) -> assertThat(v).isEqualTo(7.0));
    }

    @Test
    void averages_finer_values_onto_the_sensor_resolution() {
        List<Double> fiveMinutes = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            fiveMinutes.add(100.0 * i);
        }

        Map<Instant, Double> stored = Resampling.toSensorResolution(EventGrid.spread(START, Duration.ofHours(1), 12),
                fiveMinutes, TEN_MINUTES);

        assertThat(stored.values()).containsExactly(150.0, 350.0, 550.0, 750.0, 950.0, 1150.0);
    }

    @Test
    void refuses_a_resolution_that_neither_divides_nor_multiplies_the_sensors() {
        assertThatThrownBy(() -> Resampling.toSensorResolution(EventGrid.spread(START, Duration.ofSeconds(250), 1),
                List.of(1.0), TEN_MINUTES))
                .hasMessageContaining("Resolution of PT4M10S is incompatible with the sensor's required resolution of PT10M");
    }

    @Test
    void reads_ten_minute_values_at_twenty_minutes_with_nulls_where_nothing_is_known() {
        TreeMap<Instant, Double> events = new TreeMap<>(Map.of(START, 91.3, START.plus(TEN_MINUTES), 91.7,
                START.plus(TEN_MINUTES.multipliedBy(2)), 92.1));

        List<Double> slots = Resampling.toSlots(events, EventGrid.spread(START, Duration.ofMinutes(80), 4), TEN_MINUTES);

        assertThat(slots.get(0)).isCloseTo(91.5, within(1e-9));
        assertThat(slots.subList(1, 4)).containsExactly(92.1, null, null);
    }

    @Test
    void upsamples_on_reading_by_repeating_and_takes_the_first_instantaneous_reading() {
        TreeMap<Instant, Double> hourly = new TreeMap<>(Map.of(START, 4.0));
        assertThat(Resampling.toSlots(hourly, EventGrid.spread(START, Duration.ofHours(1), 4), Duration.ofHours(1)))
                .containsExactly(4.0, 4.0, 4.0, 4.0);

        TreeMap<Instant, Double> readings = new TreeMap<>(Map.of(START.plusSeconds(30), 1.0, START.plusSeconds(90), 2.0));
        assertThat(Resampling.toSlots(readings, EventGrid.spread(START, Duration.ofMinutes(15), 1), Duration.ZERO))
                .containsExactly(1.0);
    }

    @Test
    void converts_every_unit_family() {
        assertThat(convert("kW", "MW", 2000, TEN_MINUTES)).isCloseTo(2, within(1e-12));
        assertThat(convert("EUR/MWh", "cEUR/kWh", 100, TEN_MINUTES)).isCloseTo(10, within(1e-12));
        assertThat(convert("°C", "K", 20, TEN_MINUTES)).isCloseTo(293.15, within(1e-9));
        assertThat(convert("%", "", 0, TEN_MINUTES)).isNaN();
        assertThat(convert("m³/h", "l/h", 1, TEN_MINUTES)).isCloseTo(1000, within(1e-9));
        // energy per slot ↔ power through the slot length
        assertThat(convert("kWh", "kW", 1, Duration.ofMinutes(15))).isCloseTo(4, within(1e-12));
        assertThat(convert("kW", "MWh", 4000, Duration.ofMinutes(15))).isCloseTo(1, within(1e-12));
        assertThat(convert("m³", "m³/h", -11.28, TEN_MINUTES)).isCloseTo(-67.68, within(1e-9));
        // never between currencies, nor without a time span
        assertThat(UnitConversion.between(SensorUnit.of("EUR/MWh"), SensorUnit.of("USD/MWh"), TEN_MINUTES)).isEmpty();
        assertThat(UnitConversion.between(SensorUnit.of("kWh"), SensorUnit.of("kW"), Duration.ZERO)).isEmpty();
    }

    private static double convert(String from, String to, double value, Duration slot) {
        if (to.isEmpty()) {
            return Double.NaN;
        }
        return UnitConversion.between(SensorUnit.of(from), SensorUnit.of(to), slot).orElseThrow().applyAsDouble(value);
    }

    @Test
    void keeps_the_most_recent_belief_per_event_and_source() {
        SensorId sensor = SensorId.of(1);
        Belief early = Belief.deterministic(sensor, START, START.minusSeconds(7200), SourceId.of(1), 1);
        Belief late = Belief.deterministic(sensor, START, START.minusSeconds(3600), SourceId.of(1), 2);
        Belief other = Belief.deterministic(sensor, START, START.minusSeconds(9000), SourceId.of(2), 3);

        assertThat(BeliefSelection.mostRecent(List.of(early, late, other))).containsExactlyInAnyOrder(late, other);
    }

    @Test
    void takes_one_value_per_event_from_the_highest_version_then_the_latest_belief_then_the_median() {
        SensorId sensor = SensorId.of(1);
        Instant second = START.plus(TEN_MINUTES);
        List<Belief> beliefs = Arrays.asList(
                Belief.deterministic(sensor, START, START.minusSeconds(60), SourceId.of(1), 10),       // version 1.9
                Belief.deterministic(sensor, START, START.minusSeconds(7200), SourceId.of(2), 20),     // version 1.10 wins
                Belief.deterministic(sensor, second, START.minusSeconds(600), SourceId.of(3), 30),     // unversioned, earlier
                Belief.deterministic(sensor, second, START.minusSeconds(60), SourceId.of(3), 31),      // unversioned, latest
                new Belief(sensor, second.plus(TEN_MINUTES), START, SourceId.of(3), 0.1, 1),
                new Belief(sensor, second.plus(TEN_MINUTES), START, SourceId.of(3), 0.5, 5),
                new Belief(sensor, second.plus(TEN_MINUTES), START, SourceId.of(3), 0.9, 9));
        Map<SourceId, Optional<String>> versions = Map.of(SourceId.of(1), Optional.of("1.9"), SourceId.of(2), Optional.of("1.10"),
                SourceId.of(3), Optional.empty());

        assertThat(BeliefSelection.oneDeterministicPerEvent(beliefs, versions).values()).containsExactly(20.0, 31.0, 5.0);
    }

    @Test
    void finds_the_slot_of_an_event_start_and_nothing_off_the_grid() {
        EventGrid grid = new EventGrid(START, Duration.ofMillis(1500), 8);
        for (int i = 0; i < 8; i++) {
            assertThat(grid.indexOf(grid.eventStart(i))).isEqualTo(i);
        }
        assertThat(grid.eventStart(3)).isEqualTo(START.plusMillis(4500));
        assertThat(grid.indexOf(START.minusMillis(1500))).isEqualTo(-1);
        assertThat(grid.indexOf(START.plusMillis(700))).isEqualTo(-1);
        assertThat(grid.indexOf(grid.end())).isEqualTo(-1);
        assertThat(new EventGrid(START, Duration.ZERO, 1).indexOf(START)).isZero();
    }

    @Test
    void floors_to_the_resolution() {
        assertThat(EventGrid.floor(Instant.parse("2026-01-01T00:04:40Z"), TEN_MINUTES)).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(EventGrid.floor(Instant.parse("2026-01-01T00:04:40Z"), Duration.ZERO)).isEqualTo(Instant.parse("2026-01-01T00:04:40Z"));
    }
}
