package io.gridflex.application.scheduling.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.gridflex.application.scheduling.flex.FlexDocuments;
import io.gridflex.application.scheduling.port.out.JobRequest;
import io.gridflex.domain.asset.AssetId;
import io.gridflex.domain.belief.EventGrid;
import io.gridflex.domain.failure.InvalidValueException;
import io.gridflex.domain.scheduling.SchedulingProblem;
import io.gridflex.domain.scheduling.PowerBand;
import io.gridflex.domain.scheduling.StorageDevice;
import io.gridflex.domain.sensor.SensorId;
import io.gridflex.domain.unit.SensorUnit;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** From FlexMeasures' flex-model and flex-context fields to the numbers the solvers see. */
class ProblemAssemblerTest {

    static final Instant START = Instant.parse("2026-06-02T10:00:00Z");
    static final EventGrid HOURS = new EventGrid(START, Duration.ofHours(1), 4);
    static final long BATTERY = 1;

    /** Sensor data as a test gives it: one value per hour from 10:00, in the sensor's unit. */
    static final class Reader implements ProblemAssembler.SensorReader {
        final Map<Long, SensorUnit> units = new HashMap<>();
        final Map<Long, double[]> data = new HashMap<>();
        final List<EventGrid> asked = new ArrayList<>();

        Reader with(long sensor, String unit, double... hourly) {
            units.put(sensor, SensorUnit.of(unit));
            data.put(sensor, hourly);
            return this;
        }

        @Override
        public SensorUnit unitOf(String field, SensorId sensor) {
            return units.get(sensor.value());
        }

        @Override
        public double[] read(String field, SensorId sensor, EventGrid grid, SensorUnit unit) {
            asked.add(grid);
            double factor = new io.gridflex.domain.unit.Quantity(1, units.get(sensor.value())).in(unit, grid.spacing(), field);
            double[] hourly = data.get(sensor.value());
            double[] values = new double[grid.count()];
            for (int j = 0; j < values.length; j++) {
                int hour = (int) Duration.between(START, grid.eventStart(j)).toHours();
                values[j] = hour < hourly.length ? hourly[hour] * factor : Double.NaN;
            }
            return values;
        }
    }

    static SchedulingProblem assemble(Map<String, Object> model, Map<String, Object> context, Reader reader) {
        Map<String, Object> device = new LinkedHashMap<>(model);
        device.put("sensor", BATTERY);
        return ProblemAssembler.assemble(ScheduleRequest.of(new JobRequest(AssetId.of(1), HOURS, START, false,
                List.of(FlexDocuments.namedDevice("flex-model", device)), FlexDocuments.context(context))), reader);
    }

    static Map<String, Object> priced() {
        return Map.of("consumption-price", "50 EUR/MWh");
    }

    @Test
    void converts_fixed_quantities_to_the_solvers_units() {
        StorageDevice device = assemble(Map.of("soc-at-start", "12.1 kWh", "soc-max", "25 kWh", "power-capacity", "25kW",
                "roundtrip-efficiency", "81%", "storage-efficiency", 0.9999), priced(), new Reader()).devices().get(0);

        assertThat(device.socAtStart()).isCloseTo(0.0121, within(1e-12));
        assertThat(device.socMax()).isCloseTo(0.025, within(1e-12));
        assertThat(device.socMin()).as("a stock is not negative unless told").isZero();
        assertThat(device.consumptionCapacity().at(0)).isCloseTo(0.025, within(1e-12));
        assertThat(device.productionCapacity().at(3)).isCloseTo(0.025, within(1e-12));
        assertThat(device.chargingEfficiency().at(0)).as("√ of the round trip").isCloseTo(0.9, within(1e-12));
        assertThat(device.dischargingEfficiency().at(0)).isCloseTo(0.9, within(1e-12));
        assertThat(device.storageEfficiency().at(0)).isEqualTo(0.9999);
    }

    @Test
    void reads_bare_stock_numbers_in_the_soc_unit_and_bare_powers_in_mw() {
        StorageDevice device = assemble(Map.of("soc-unit", "kWh", "soc-at-start", 500, "power-capacity", 2), priced(),
                new Reader()).devices().get(0);
        assertThat(device.socAtStart()).isCloseTo(0.5, within(1e-12));
        assertThat(device.consumptionCapacity().at(0)).isEqualTo(2);
    }

    @Test
    void a_target_at_a_time_binds_the_end_of_the_step_ending_then_and_periods_cover_their_steps() {
        StorageDevice device = assemble(Map.of("soc-at-start", 0, "power-capacity", "1 MW",
                "soc-targets", List.of(Map.of("datetime", "2026-06-02T12:00:00+00:00", "value", "2 MWh")),
                "soc-minima", List.of(Map.of("start", "2026-06-02T12:00:00+02:00", "duration", "PT1H", "value", "0.5 MWh")),
                "production-capacity", List.of(Map.of("start", "2026-06-02T11:00:00Z", "end", "2026-06-02T13:00:00Z",
                        "value", "0.5 MW"))), priced(), new Reader()).devices().get(0);

        assertThat(device.socTargets().toArray()).containsExactly(Double.NaN, 2, Double.NaN, Double.NaN);
        assertThat(device.socMax()).as("the highest target, where no soc-max is given").isEqualTo(2);
        // 10:00Z to 11:00Z, both ends: the steps ending at 10:00 (none) and 11:00
        assertThat(device.socMinima().toArray()).containsExactly(0.5, Double.NaN, Double.NaN, Double.NaN);
        assertThat(device.productionCapacity().toArray()).containsExactly(1, 0.5, 0.5, 1);
    }

    @Test
    void reads_sensor_fields_from_their_data_stocks_at_the_end_of_each_step() {
        Reader reader = new Reader().with(9, "EUR/MWh", 10, 50, 10, 50).with(300, "kWh", 0, 100, 200, 300, 400)
                .with(42, "kW", 500, 500, 250, 250).with(13, "kW", 100, -100, 100, -100);
        SchedulingProblem problem = assemble(Map.of("soc-at-start", 0, "soc-max", "1 MWh", "power-capacity", "1 MW",
                        "soc-minima", Map.of("sensor", 300), "consumption-capacity", Map.of("sensor", 42)),
                Map.of("consumption-price", Map.of("sensor", 9), "inflexible-device-sensors", List.of(13)), reader);

        StorageDevice device = problem.devices().get(0);
        assertThat(device.socMinima().toArray()).as("the value at 11:00 binds the end of the first step")
                .containsExactly(0.1, 0.2, 0.3, 0.4);
        assertThat(device.consumptionCapacity().toArray()).containsExactly(0.5, 0.5, 0.25, 0.25);
        assertThat(problem.site().consumptionPrice().toArray()).containsExactly(10, 50, 10, 50);
        assertThat(problem.site().productionPrice()).as("the consumption price, where none is given")
                .isEqualTo(problem.site().consumptionPrice());
        assertThat(problem.site().inflexible().toArray()).containsExactly(0.1, -0.1, 0.1, -0.1);
    }

    @Test
    void relaxes_soc_and_site_constraints_with_flexmeasures_breach_prices_unless_told_not_to() {
        Map<String, Object> context = new HashMap<>(priced());
        context.put("site-consumption-capacity", "100 kW");
        SchedulingProblem relaxed = assemble(Map.of("power-capacity", "1 MW"), context, new Reader());
        assertThat(relaxed.site().socMinimaBreachPrice()).isEqualTo(1e6); // 1000 per kWh
        assertThat(relaxed.site().siteConsumptionBreachPrice()).isEqualTo(1e7); // 10000 per kW

        context.put("relax-constraints", false);
        SchedulingProblem strict = assemble(Map.of("power-capacity", "1 MW"), context, new Reader());
        assertThat(strict.site().socMinimaBreachPrice()).isNaN();
        assertThat(strict.site().siteConsumptionBreachPrice()).isNaN();

        context.put("site-consumption-breach-price", "1000 EUR/kW");
        context.put("site-peak-consumption-price", "260 EUR/MW");
        context.put("site-peak-consumption", "50 kW");
        SchedulingProblem priced = assemble(Map.of("power-capacity", "1 MW"), context, new Reader());
        assertThat(priced.site().siteConsumptionBreachPrice()).isCloseTo(1e6, within(1e-6));
        assertThat(priced.site().sitePeakConsumptionPrice()).isCloseTo(260, within(1e-9));
        assertThat(priced.site().sitePeakConsumption()).isCloseTo(0.05, within(1e-12));
    }

    @Test
    void refuses_what_cannot_be_a_price_or_a_capacity_naming_the_field() {
        Map<String, Object> battery = Map.of("power-capacity", "1 MW");
        assertRefused(() -> assemble(battery, Map.of(), new Reader()), "flex-context.consumption-price");
        assertRefused(() -> assemble(battery, Map.of("consumption-price", 50), new Reader()), "flex-context.consumption-price");
        assertRefused(() -> assemble(battery, Map.of("consumption-price", "50 EUR/MWh", "production-price", "40 USD/MWh"),
                new Reader()), "flex-context.production-price");
        assertRefused(() -> assemble(battery, Map.of("consumption-price", "50 EUR/MW"), new Reader()),
                "flex-context.consumption-price");
        assertRefused(() -> assemble(Map.of("soc-at-start", 0), priced(), new Reader()), "flex-model.power-capacity");
        assertRefused(() -> assemble(Map.of("soc-at-start", "1 MW", "power-capacity", "1 MW"), priced(), new Reader()),
                "flex-model.soc-at-start");
        assertRefused(() -> assemble(battery, Map.of("consumption-price", Map.of("sensor", 9)),
                new Reader().with(9, "EUR/MWh", 10, 50)), "flex-context.consumption-price"); // no price for 12:00
        assertRefused(() -> assemble(battery, Map.of("consumption-price", "50 EUR/MWh", "site-peak-consumption",
                Map.of("sensor", 9)), new Reader()), "flex-context.site-peak-consumption");
    }

    @Test
    void a_capacity_falls_back_to_the_power_capacity_then_to_the_sites() {
        Map<String, Object> context = new HashMap<>(priced());
        context.put("site-power-capacity", "2 MW");
        StorageDevice device = assemble(Map.of("production-capacity", "0 kW"), context, new Reader()).devices().get(0);
        assertThat(device.consumptionCapacity().toArray()).containsExactly(2, 2, 2, 2);
        assertThat(device.productionCapacity().toArray()).containsExactly(0, 0, 0, 0);
        assertThat(device.isBidirectional()).isFalse();
    }

    @Test
    void reads_operation_modes_as_signed_power_bands_as_flexmeasures_does() {
        StorageDevice pump = assemble(Map.of("power-capacity", "10 kW", "operation-modes", List.of(
                Map.of("consumption-range", List.of("0 W", "0 W")),
                Map.of("consumption-range", List.of("883.7 W", "883.7 W")),
                Map.of("consumption-range", List.of("2 kW", "5 kW")),
                Map.of("production-range", List.of("1 kW", "3 kW")),
                Map.of("consumption-range", List.of("0 kW", "4 kW"), "production-range", List.of("0 kW", "2 kW")))),
                priced(), new Reader()).devices().get(0);
        assertThat(pump.operationModes()).extracting(PowerBand::min).containsExactly(0.0, 0.0008837, 0.002, -0.003, -0.002);
        assertThat(pump.operationModes()).extracting(PowerBand::max).containsExactly(0.0, 0.0008837, 0.005, -0.001, 0.004);

        assertRefused(() -> assemble(Map.of("power-capacity", "1 MW", "operation-modes", List.of(Map.of())), priced(),
                new Reader()), "flex-model.operation-modes[0]");
        assertRefused(() -> assemble(Map.of("power-capacity", "1 MW", "operation-modes", List.of(Map.of("consumption-range",
                List.of("2 kW", "1 kW")))), priced(), new Reader()), "flex-model.operation-modes[0].consumption-range");
        assertRefused(() -> assemble(Map.of("power-capacity", "1 MW", "operation-modes", List.of(Map.of("consumption-range",
                List.of("1 kW", "2 kW"), "production-range", List.of("0 kW", "1 kW")))), priced(), new Reader()),
                "flex-model.operation-modes[0]");
        assertRefused(() -> assemble(Map.of("power-capacity", "1 MW", "operation-modes", List.of(Map.of("consumption-range",
                List.of("1 kWh", "2 kWh")))), priced(), new Reader()), "flex-model.operation-modes[0].consumption-range");
        assertRefused(() -> assemble(Map.of("power-capacity", "1 MW", "operation-modes", List.of(Map.of("speed", 3))), priced(),
                new Reader()), "flex-model.operation-modes[0].speed");
    }

    static void assertRefused(Runnable assembly, String field) {
        assertThatThrownBy(assembly::run).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.field()).as(e.getMessage()).isEqualTo(field));
    }
}
