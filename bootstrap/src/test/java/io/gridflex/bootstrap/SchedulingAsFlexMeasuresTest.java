package io.gridflex.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, scheduling: what FlexMeasures' clients see of a schedule, beyond seed 001 — the period
 * a GET answers, the state-of-charge schedule, sequential horizons, the asset attributes FlexMeasures
 * still schedules by, unreachable targets, and the job cache.
 */
class SchedulingAsFlexMeasuresTest extends SchedulingTestBase {

    private static final String BATTERY = "{\"power-capacity\": \"1 MW\", \"soc-min\": \"0 MWh\", \"soc-max\": \"1 MWh\"}";

    private String sensorTrigger(long sensor, String body) {
        return trigger("/api/v3_0/sensors/" + sensor + "/schedules/trigger", body, admin);
    }

    private long instantaneous(long asset, String unit) {
        Answer created = post("/api/v3_0/sensors", "{\"name\": \"soc " + counter.incrementAndGet() + "\", \"unit\": \"" + unit
                + "\", \"event_resolution\": \"PT0M\", \"timezone\": \"UTC\", \"generic_asset_id\": " + asset + "}", admin);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return id(created);
    }

    private long assetWith(long parent, String attributes, String flexModel) {
        Answer created = post("/api/v3_0/assets", "{\"name\": \"Device " + counter.incrementAndGet()
                + "\", \"generic_asset_type_id\": 5, \"parent_asset_id\": " + parent + ", \"attributes\": " + attributes
                + ", \"flex_model\": " + flexModel + "}", admin);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return id(created);
    }

    @Test
    void a_longer_duration_than_the_schedule_answers_the_schedule_it_has() throws Exception {
        long battery = battery(site(priced()), BATTERY);
        String job = sensorTrigger(battery, "{\"start\": \"" + START + "\", \"duration\": \"PT4H\", \"flex-model\": "
                + "{\"soc-at-start\": \"0 kWh\"}}");

        Answer longer = awaitSchedule(battery, job, "?duration=PT8H");
        assertThat(values(longer)).hasSize(4).doesNotContainNull();
        assertThat(longer.map()).containsEntry("duration", "PT4H");
        assertThat(values(awaitSchedule(battery, job, "?duration=P1D"))).hasSize(4);
    }

    @Test
    void the_state_of_charge_schedule_goes_to_the_state_of_charge_sensor_in_its_unit() throws Exception {
        long site = site(priced());
        long batteryAsset = assetWith(site, "{}", BATTERY);
        long battery = sensor(batteryAsset, "MW");
        long kwh = instantaneous(batteryAsset, "kWh");
        String job = sensorTrigger(battery, "{\"start\": \"" + START + "\", \"duration\": \"PT4H\", \"flex-model\": "
                + "{\"soc-at-start\": \"0 kWh\", \"state-of-charge\": {\"sensor\": " + kwh + "}}}");
        assertThat(values(awaitSchedule(battery, job, ""))).containsExactly(1.0, -1.0, 1.0, -1.0);

        // the stock at the start and at the end of each step: instants, by the scheduler's source
        Answer stock = awaitSchedule(kwh, job, "");
        assertThat(values(stock)).containsExactly(0.0, 1000.0, 0.0, 1000.0, 0.0);
        assertThat(stock.map()).containsEntry("unit", "kWh");
        Answer data = get("/api/v3_0/sensors/" + kwh + "/data?start=2026-06-02T10:00:00Z&duration=PT5H&resolution=PT1H"
                + "&unit=MWh", admin);
        assertThat(values(data)).containsExactly(0.0, 1.0, 0.0, 1.0, 0.0);

        // a percentage of soc-max
        long percent = instantaneous(batteryAsset, "%");
        String inPercent = sensorTrigger(battery, "{\"start\": \"" + START + "\", \"duration\": \"PT2H\", \"flex-model\": "
                + "{\"soc-at-start\": \"500 kWh\", \"state-of-charge\": {\"sensor\": " + percent + "}}}");
        assertThat(values(awaitSchedule(percent, inPercent, ""))).containsExactly(50.0, 100.0, 0.0);

        // FlexMeasures refuses a state-of-charge sensor that is no instantaneous one
        Answer refused = post("/api/v3_0/sensors/" + battery + "/schedules/trigger", "{\"start\": \"" + START
                + "\", \"flex-model\": {\"state-of-charge\": {\"sensor\": " + sensor(batteryAsset, "kWh") + "}}}", admin);
        assertThat(refused.status()).as(refused.raw()).isEqualTo(422);
        assertThat(refused.raw()).contains("flex-model.state-of-charge").contains("instantaneous");
    }

    @Test
    void sequentially_only_the_device_whose_target_lies_beyond_the_horizon_gets_it_extended() throws Exception {
        long site = site(priced());
        long targeted = battery(site, BATTERY);
        long free = battery(site, BATTERY);
        String job = trigger("/api/v3_0/assets/" + site + "/schedules/trigger", "{\"start\": \"" + START
                + "\", \"duration\": \"PT2H\", \"sequential\": true, \"flex-model\": [{\"sensor\": " + targeted
                + ", \"soc-at-start\": \"1 MWh\", \"soc-targets\": [{\"datetime\": \"2026-06-02T14:00:00+00:00\", \"value\": "
                + "\"0 MWh\"}]}, {\"sensor\": " + free + ", \"soc-at-start\": \"0 MWh\"}]}", admin);

        assertThat(values(awaitSchedule(targeted, job, ""))).hasSize(4);
        List<Double> alone = values(awaitSchedule(free, job, ""));
        assertThat(alone).hasSize(2); // its own two hours: buy at 10, sell at 50, and nothing stored beyond
        assertThat(alone.get(0)).isCloseTo(1, within(1e-6));
        assertThat(alone.get(1)).isCloseTo(-1, within(1e-6));
        Answer beyond = get("/api/v3_0/sensors/" + free + "/data?start=2026-06-02T12:00:00Z&duration=PT2H&unit=MW", admin);
        assertThat(values(beyond)).containsOnlyNulls();
    }

    @Test
    void sequentially_a_hard_minimum_beyond_a_devices_own_horizon_does_not_bind_it() throws Exception {
        long site = site(priced());
        long targeted = battery(site, BATTERY);
        long free = battery(site, BATTERY);
        String job = trigger("/api/v3_0/assets/" + site + "/schedules/trigger", "{\"start\": \"" + START
                + "\", \"duration\": \"PT2H\", \"sequential\": true, \"flex-context\": {\"relax-constraints\": false}, "
                + "\"flex-model\": [{\"sensor\": " + targeted + ", \"soc-at-start\": \"1 MWh\", \"soc-targets\": [{\"datetime\": "
                + "\"2026-06-02T14:00:00+00:00\", \"value\": \"0 MWh\"}]}, {\"sensor\": " + free + ", \"soc-at-start\": \"0 MWh\", "
                + "\"soc-minima\": [{\"datetime\": \"2026-06-02T13:00:00+00:00\", \"value\": \"0.5 MWh\"}]}]}", admin);
        assertThat(values(awaitSchedule(free, job, ""))).hasSize(2); // FlexMeasures: its horizon ends at 12:00
    }

    @Test
    void a_one_way_charger_never_discharges() throws Exception {
        long site = site(priced());
        // FlexMeasures' one-way EVSE: a consumer that is no producer, its capacity in the old attributes
        long charger = sensor(assetWith(site, "{\"is_consumer\": true, \"is_producer\": false, \"capacity_in_mw\": 1, "
                + "\"min_soc_in_mwh\": 0, \"max_soc_in_mwh\": 2}", "{}"), "MW");
        // full by 14:00; a two-way battery would also sell at 11:00 and buy again at 12:00
        String job = sensorTrigger(charger, "{\"start\": \"" + START + "\", \"duration\": \"PT4H\", \"flex-model\": "
                + "{\"soc-at-start\": \"1 MWh\", \"soc-targets\": [{\"datetime\": \"2026-06-02T14:00:00+00:00\", "
                + "\"value\": \"2 MWh\"}]}}");
        List<Double> schedule = values(awaitSchedule(charger, job, ""));
        assertThat(schedule).allSatisfy(v -> assertThat(v).isGreaterThanOrEqualTo(-1e-9));
        assertThat(schedule.stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1, within(1e-6));

        // and a producer that is no consumer never consumes, whatever its flex-model allows
        long generator = sensor(assetWith(site, "{\"is_consumer\": false, \"is_producer\": true}",
                "{\"power-capacity\": \"1 MW\", \"soc-max\": \"2 MWh\"}"), "MW");
        String produced = sensorTrigger(generator, "{\"start\": \"" + START + "\", \"duration\": \"PT4H\", \"flex-model\": "
                + "{\"soc-at-start\": \"1 MWh\"}}");
        assertThat(values(awaitSchedule(generator, produced, ""))).allSatisfy(v -> assertThat(v).isLessThanOrEqualTo(1e-9));
    }

    @Test
    void a_target_beyond_soc_max_is_met_as_nearly_as_it_allows_when_relaxed_and_fails_the_job_saying_why_when_hard()
            throws Exception {
        long battery = battery(site(priced()), BATTERY);
        String body = "{\"start\": \"" + START + "\", \"duration\": \"PT4H\", \"flex-model\": {\"soc-at-start\": \"0 MWh\", "
                + "\"soc-targets\": [{\"datetime\": \"2026-06-02T12:00:00+00:00\", \"value\": \"3 MWh\"}]}";

        List<Double> relaxed = values(awaitSchedule(battery, sensorTrigger(battery, body + "}"), ""));
        double atTarget = relaxed.get(0) + relaxed.get(1);
        assertThat(atTarget).isCloseTo(1, within(1e-6)); // full at 12:00: as close to 3 MWh as soc-max allows

        Answer hard = awaitSchedule(battery, sensorTrigger(battery, body + ", \"flex-context\": {\"relax-constraints\": false}}"),
                "");
        assertThat(hard.status()).isEqualTo(400);
        assertThat(hard.map()).containsEntry("status", "UNKNOWN_SCHEDULE");
        assertThat((String) hard.get("message")).contains("InfeasibleProblemException").contains("soc-target")
                .contains("above soc-max").contains("hard");
    }

    @Test
    void an_identical_trigger_within_the_hour_gets_the_same_job_unless_forced_in_either_spelling() {
        long battery = battery(site(priced()), BATTERY);
        String body = "{\"start\": \"" + START + "\", \"duration\": \"PT4H\", \"flex-model\": {\"soc-at-start\": \"0 kWh\"}";
        String first = sensorTrigger(battery, body + "}");
        assertThat(sensorTrigger(battery, body + "}")).isEqualTo(first);
        assertThat(sensorTrigger(battery, body + ", \"force-new-job-creation\": false}")).isEqualTo(first);

        String forced = sensorTrigger(battery, body + ", \"force-new-job-creation\": true}");
        assertThat(forced).isNotEqualTo(first);
        String client = sensorTrigger(battery, body + ", \"force_new_job_creation\": true}"); // flexmeasures-client's spelling
        assertThat(client).isNotEqualTo(first).isNotEqualTo(forced);
        long site = site(priced());
        String assetBody = "{\"start\": \"" + START + "\", \"flex-model\": [{\"sensor\": " + battery(site, BATTERY) + "}]";
        String assetJob = trigger("/api/v3_0/assets/" + site + "/schedules/trigger", assetBody + "}", admin);
        assertThat(trigger("/api/v3_0/assets/" + site + "/schedules/trigger", assetBody + ", \"force_new_job_creation\": true}",
                admin)).isNotEqualTo(assetJob);
        assertThat(sensorTrigger(battery, "{\"start\": \"" + START + "\", \"duration\": \"PT3H\"}")).isNotEqualTo(first);
    }
}
