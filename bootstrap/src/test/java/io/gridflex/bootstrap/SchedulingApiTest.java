package io.gridflex.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Schedule section of seed 001, end to end: triggers checked and queued, jobs run by the
 * server's workers with the planner's StorageScheduler, schedules stored as beliefs and read back.
 */
class SchedulingApiTest extends SchedulingTestBase {

    @Test
    void schedules_a_battery_with_the_flex_context_and_flex_model_stored_on_its_assets() throws Exception {
        long site = site(priced());
        long battery = battery(site, "{\"power-capacity\": \"1 MW\", \"soc-min\": \"0 MWh\", \"soc-max\": \"1 MWh\"}");

        // seed 001, request A: only the state of charge; the rest is stored on the battery and its site
        String job = trigger("/api/v3_0/sensors/" + battery + "/schedules/trigger", "{\"start\": \"" + START
                + "\", \"duration\": \"PT4H\", \"flex-model\": {\"soc-at-start\": \"0 kWh\"}}", admin);
        Answer schedule = awaitSchedule(battery, job, "");

        assertThat(values(schedule)).hasSize(4);
        assertThat(values(schedule).get(0)).isCloseTo(1, within(1e-6));
        assertThat(values(schedule).get(1)).isCloseTo(-1, within(1e-6));
        assertThat(values(schedule).get(2)).isCloseTo(1, within(1e-6));
        assertThat(values(schedule).get(3)).isCloseTo(-1, within(1e-6));
        assertThat(schedule.map()).containsEntry("start", "2026-06-02T10:00:00Z").containsEntry("unit", "MW")
                .containsEntry("status", "PROCESSED")
                .containsEntry("message", "Request has been processed. StorageScheduler was used.");
        @SuppressWarnings("unchecked")
        Map<String, Object> info = (Map<String, Object>) schedule.get("scheduler_info");
        assertThat(info).containsEntry("scheduler", "StorageScheduler");
        assertThat((String) info.get("solver")).contains("OR-Tools");
        assertThat(((Number) info.get("gap")).doubleValue()).isLessThanOrEqualTo(1e-6);

        // the duration and unit options
        assertThat(values(awaitSchedule(battery, job, "?duration=PT2H&unit=kW"))).containsExactly(1000.0, -1000.0);

        // stored as beliefs of the battery's power sensor, by the scheduler's data source
        Answer data = get("/api/v3_0/sensors/" + battery + "/data?start=2026-06-02T10:00:00Z&duration=PT4H&unit=kW", admin);
        assertThat(values(data)).containsExactly(1000.0, -1000.0, 1000.0, -1000.0);
        Answer stats = get("/api/v3_0/sensors/" + battery + "/stats", admin);
        assertThat(stats.map().keySet()).singleElement().asString().startsWith("gridflex's StorageScheduler").contains(" (ID: ");
    }

    @Test
    void schedules_a_heat_buffer_that_runs_in_operation_modes() throws Exception {
        long site = site(priced());
        long pump = battery(site, "{\"power-capacity\": \"1 MW\", \"soc-min\": \"0 MWh\", \"soc-max\": \"3 MWh\", "
                + "\"production-capacity\": \"0 MW\"}");
        // off, or on at 0.7 MW; 1.2 MWh needed by the end: on twice, in the two cheap hours
        String job = trigger("/api/v3_0/sensors/" + pump + "/schedules/trigger", "{\"start\": \"" + START
                + "\", \"duration\": \"PT4H\", \"flex-model\": {\"soc-at-start\": \"0 kWh\", \"soc-minima\": [{\"datetime\": "
                + "\"2026-06-02T14:00:00+00:00\", \"value\": \"1.2 MWh\"}], \"operation-modes\": [{\"consumption-range\": "
                + "[\"0 kW\", \"0 kW\"]}, {\"consumption-range\": [\"700 kW\", \"700 kW\"]}]}}", admin);
        Answer schedule = awaitSchedule(pump, job, "");
        assertThat(values(schedule)).containsExactly(0.7, 0.0, 0.7, 0.0);
        @SuppressWarnings("unchecked")
        Map<String, Object> info = (Map<String, Object>) schedule.get("scheduler_info");
        assertThat((String) info.get("solver")).contains("SCIP");

        Answer refused = post("/api/v3_0/sensors/" + pump + "/schedules/trigger", "{\"start\": \"" + START
                + "\", \"flex-model\": {\"operation-modes\": [{\"consumption-range\": [\"2 kW\"]}]}}", admin);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.raw()).contains("flex-model.operation-modes[0].consumption-range");
    }

    @Test
    void schedules_an_assets_devices_jointly_or_one_after_another() throws Exception {
        long site = site("{\"consumption-price\": {\"sensor\": " + prices + "}, \"site-power-capacity\": \"1 MW\"}");
        String model = "{\"power-capacity\": \"1 MW\", \"soc-max\": \"1 MWh\", \"soc-at-start\": 0}";
        long first = battery(site, model);
        long second = battery(site, model);
        String devices = "\"flex-model\": [{\"sensor\": " + first + "}, {\"sensor\": " + second + "}]";

        String joint = trigger("/api/v3_0/assets/" + site + "/schedules/trigger", "{\"start\": \"" + START
                + "\", \"duration\": \"PT4H\", " + devices + "}", admin);
        List<Double> a = values(awaitSchedule(first, joint, ""));
        List<Double> b = values(awaitSchedule(second, joint, ""));
        for (int j = 0; j < 4; j++) {
            assertThat(a.get(j) + b.get(j)).as("site net at step " + j).isCloseTo(j % 2 == 0 ? 1 : -1, within(1e-6));
        }

        String sequential = trigger("/api/v3_0/assets/" + site + "/schedules/trigger", "{\"start\": \"" + START
                + "\", \"duration\": \"PT4H\", \"sequential\": true, " + devices + "}", admin);
        assertThat(values(awaitSchedule(first, sequential, ""))).containsExactly(1.0, -1.0, 1.0, -1.0);
        assertThat(values(awaitSchedule(second, sequential, ""))).allSatisfy(v -> assertThat(v).isCloseTo(0, within(1e-6)));
        // each job's schedule stays readable: the first job's values were not overwritten by the second's
        List<Double> again = values(awaitSchedule(first, joint, ""));
        assertThat(again).isEqualTo(a);
    }

    @Test
    void an_unreachable_target_is_relaxed_by_default_and_infeasible_when_relax_constraints_is_false() throws Exception {
        long site = site(priced());
        long battery = battery(site, "{\"power-capacity\": \"1 MW\", \"soc-max\": \"5 MWh\"}");
        String body = "{\"start\": \"" + START + "\", \"duration\": \"PT4H\", \"flex-model\": {\"soc-at-start\": \"0 MWh\", "
                + "\"soc-targets\": [{\"datetime\": \"2026-06-02T12:00:00+00:00\", \"value\": \"3 MWh\"}]}";

        Answer relaxed = awaitSchedule(battery, trigger("/api/v3_0/sensors/" + battery + "/schedules/trigger", body + "}", admin), "");
        assertThat(values(relaxed).subList(0, 2)).containsExactly(1.0, 1.0); // as close to the target as it gets

        Answer strict = awaitSchedule(battery, trigger("/api/v3_0/sensors/" + battery + "/schedules/trigger", body
                + ", \"flex-context\": {\"relax-constraints\": false}}", admin), "");
        assertThat(strict.status()).isEqualTo(400);
        assertThat(strict.map()).containsEntry("status", "UNKNOWN_SCHEDULE");
        assertThat((String) strict.get("message")).contains("InfeasibleProblemException").contains("infeasible");
    }

    @Test
    void a_target_beyond_the_horizon_extends_it() throws Exception {
        long site = site(priced());
        long battery = battery(site, "{\"power-capacity\": \"1 MW\", \"soc-max\": \"1 MWh\"}");
        String job = trigger("/api/v3_0/sensors/" + battery + "/schedules/trigger", "{\"start\": \"" + START
                + "\", \"duration\": \"PT2H\", \"flex-model\": {\"soc-at-start\": \"1 MWh\", \"soc-targets\": "
                + "[{\"datetime\": \"2026-06-02T14:00:00+00:00\", \"value\": \"0 MWh\"}]}}", admin);
        // 4 hours, not 2: sell at the second dear hour too
        List<Double> schedule = values(awaitSchedule(battery, job, ""));
        assertThat(schedule.subList(0, 4).stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(-1, within(1e-6));
        assertThat(schedule.get(0)).isCloseTo(0, within(1e-6)); // not at the cheap first hour
    }

    @Test
    void schedules_a_process_with_the_process_scheduler() throws Exception {
        long site = site(priced());
        long pump = battery(site, "{}");
        // breakable, two hours, not at 10:00: the cheap hour at 12:00, then the sooner of the dear ones
        String job = trigger("/api/v3_0/sensors/" + pump + "/schedules/trigger", "{\"start\": \"" + START
                + "\", \"duration\": \"PT4H\", \"flex-model\": {\"power\": \"1 MW\", \"duration\": \"PT2H\", "
                + "\"process-type\": \"BREAKABLE\", \"time-restrictions\": [{\"start\": \"" + START
                + "\", \"duration\": \"PT1H\"}]}}", admin);
        Answer schedule = awaitSchedule(pump, job, "");

        assertThat(values(schedule)).containsExactly(0.0, 1.0, 1.0, 0.0);
        assertThat(schedule.map()).containsEntry("message", "Request has been processed. ProcessScheduler was used.");

        Answer mixed = post("/api/v3_0/assets/" + site + "/schedules/trigger", "{\"start\": \"" + START + "\", \"flex-model\": "
                + "[{\"sensor\": " + pump + ", \"power\": \"1 MW\", \"duration\": \"PT1H\"}, {\"sensor\": "
                + battery(site, "{\"power-capacity\": \"1 MW\"}") + ", \"soc-at-start\": 0}]}", admin);
        assertThat(mixed.status()).as(mixed.raw()).isEqualTo(422);
        Answer badType = post("/api/v3_0/sensors/" + pump + "/schedules/trigger", "{\"start\": \"" + START
                + "\", \"flex-model\": {\"power\": \"1 MW\", \"duration\": \"PT1H\", \"process-type\": \"SOMETIMES\"}}", admin);
        assertThat(badType.status()).isEqualTo(422);
        assertThat(badType.raw()).contains("flex-model.process-type");
    }

    @Test
    void refuses_invalid_fields_with_422_naming_them() {
        long site = site(priced());
        long battery = battery(site, "{\"power-capacity\": \"1 MW\"}");
        String path = "/api/v3_0/sensors/" + battery + "/schedules/trigger";
        Map<String, String> refusals = Map.of(
                "{\"start\": \"" + START + "\", \"flex-model\": {\"soc-at-start\": \"12.1 kW\"}}", "flex-model.soc-at-start",
                "{\"start\": \"" + START + "\", \"flex-model\": {\"soc-mini\": \"1 kWh\"}}", "flex-model.soc-mini",
                "{\"start\": \"" + START + "\", \"flex-context\": {\"production-price\": 30}}", "flex-context.production-price",
                "{\"start\": \"" + START + "\", \"flex-context\": {\"production-price\": \"30 USD/MWh\"}}",
                "flex-context.production-price",
                "{\"start\": \"" + START + "\", \"duration\": \"P200D\"}", "duration",
                "{\"start\": \"2026-06-02T10:00:00\"}", "start",
                "{\"duration\": \"PT4H\"}", "start",
                "{\"start\": \"" + START + "\", \"flex-model\": {\"charging-efficiency\": {\"sensor\": " + prices + "}}}",
                "flex-model.charging-efficiency",
                "{\"start\": \"" + START + "\", \"flex-model\": {\"soc-targets\": [{\"datetime\": \"2027-01-01T00:00:00+00:00\", "
                        + "\"value\": \"1 MWh\"}]}}", "flex-model.soc-targets",
                "{\"start\": \"" + START + "\", \"flex-model\": {\"power-capacity\": {\"sensor\": 999999}}}",
                "flex-model.power-capacity");
        refusals.forEach((body, field) -> {
            Answer answer = post(path, body, admin);
            assertThat(answer.status()).as(body + " → " + answer.raw()).isEqualTo(422);
            @SuppressWarnings("unchecked")
            Map<String, Object> errors = (Map<String, Object>) ((Map<String, Object>) answer.get("message")).get("json");
            assertThat(errors).as(body).containsKey(field);
        });
        Answer malformed = post(path, "{\"start\": ", admin);
        assertThat(malformed.status()).isEqualTo(400);

        long elsewhere = battery(site(priced()), "{\"power-capacity\": \"1 MW\"}");
        Answer notUnder = post("/api/v3_0/assets/" + site + "/schedules/trigger", "{\"start\": \"" + START
                + "\", \"flex-model\": [{\"sensor\": " + elsewhere + "}]}", admin);
        assertThat(notUnder.status()).as(notUnder.raw()).isEqualTo(422);
    }

    @Test
    void refuses_to_schedule_another_accounts_asset_and_to_show_its_schedule() throws Exception {
        long site = site(priced());
        long battery = battery(site, "{\"power-capacity\": \"1 MW\", \"soc-max\": \"1 MWh\"}");
        long other = id(post("/api/v3_0/accounts", "{\"name\": \"Other " + counter.incrementAndGet() + "\"}", admin));
        String email = "stranger" + counter.incrementAndGet() + "@other.org";
        assertThat(post("/api/v3_0/users", "{\"email\": \"" + email + "\", \"password\": \"password-1\", \"account_id\": "
                + other + ", \"flexmeasures_roles\": [\"account-admin\"]}", admin).status()).isEqualTo(201);
        String stranger = tokenFor(email, "password-1");
        String body = "{\"start\": \"" + START + "\", \"duration\": \"PT4H\", \"flex-model\": {\"soc-at-start\": 0}}";

        assertThat(post("/api/v3_0/sensors/" + battery + "/schedules/trigger", body, stranger).status()).isEqualTo(403);
        assertThat(post("/api/v3_0/assets/" + site + "/schedules/trigger", "{\"start\": \"" + START
                + "\", \"flex-model\": [{\"sensor\": " + battery + "}]}", stranger).status()).isEqualTo(403);
        assertThat(post("/api/v3_0/sensors/" + battery + "/schedules/trigger", body, null).status()).isEqualTo(401);

        String job = trigger("/api/v3_0/sensors/" + battery + "/schedules/trigger", body, admin);
        assertThat(awaitSchedule(battery, job, "").status()).isEqualTo(200);
        assertThat(get("/api/v3_0/sensors/" + battery + "/schedules/" + job, stranger).status()).isEqualTo(403);
        Answer unknown = get("/api/v3_0/sensors/" + battery + "/schedules/364bfd06-c1fa-430b-8d25-8f5a547651fb", admin);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.map()).containsEntry("status", "UNRECOGNIZED_UDI_EVENT");
        assertThat(get("/api/v3_0/sensors/" + prices + "/schedules/" + job, admin).status()).isEqualTo(400);
    }
}
