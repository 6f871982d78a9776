package io.gridflex.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * FlexMeasures 0.29.1's own scheduling API tests ({@code api/v3_0/tests/test_sensor_schedules.py},
 * {@code test_sensor_schedules_fresh_db.py}, {@code test_asset_schedules_fresh_db.py}) replayed over HTTP against
 * gridflex, one test per FlexMeasures test function, parametrised cases as FlexMeasures parametrises them.
 *
 * <p>FlexMeasures' fixtures (flexmeasures/conftest.py, api/v3_0/tests/conftest.py) are rebuilt through the API as
 * admin: the Prosumer account and its plain user {@code test_prosumer_user@seita.nl} (who triggers and reads, as
 * FlexMeasures' {@code requesting_user}); the public "epex" asset with the day-ahead price sensors {@code epex_da} and
 * {@code epex_da_production} (EUR/MWh, hourly, known a day ahead at noon, Paris) and their prices from
 * {@code add_market_prices} (day 1: Python's {@code random()} after {@code seed(42)} times {@code 1 + sin}, as
 * FlexMeasures draws them; day 2: 100, 90, 100 for 8 hours each; day 3: -10 for 8 hours then 100, production -50 then
 * 60); the battery assets of {@code create_test_battery_assets} and the charging stations of
 * {@code create_charging_station_assets}, their attributes and flex-contexts as there. FlexMeasures' fresh-database
 * tests get fresh assets here (the prices are shared: nothing writes them).
 *
 * <p>FlexMeasures runs its jobs in the test ({@code work_on_rq}); gridflex's workers run them, and the tests wait for
 * the GET to stop answering "waiting". Where FlexMeasures looks into its queue or patches a function, the same fact is
 * observed over HTTP (the schedule that results); what cannot be is said where it is skipped.
 */
class FlexMeasuresScheduleTestsReplayTest extends ApiTest {

    private static final String START = "2015-01-01T00:00:00+01:00";
    private static final String WAITING = "Scheduling job waiting to be processed.";
    /** epex_da on 2015-01-01 (Amsterdam), hour by hour: seed(42); random() * (1 + sin(x * 2π / 24)). */
    private static final double[] EPEX_DA_DAY_1 = {0.6394267984578837, 0.03148401500669048, 0.4125439775536789,
            0.3810445647275101, 1.374273994786017, 1.3303409989612758, 1.7843591354096908, 0.17091529637359196,
            0.7873168339436719, 0.05086703536323349, 0.32795696220540504, 0.636150861207784, 0.026535969683863632,
            0.14737467980550156, 0.32494221888976177, 0.15960966431884493, 0.029533443327409575, 0.02007874127427867, 0.0,
            0.00022143986617584885, 0.10795930888702622, 0.20448029457857794, 0.1701252582589958, 0.11523844413747857};
    /** epex_da_production on 2015-01-01: the next 24 draws of the same generator. */
    private static final double[] EPEX_DA_PRODUCTION_DAY_1 = {0.9572130722067812, 0.4237116238653942, 0.13911876507022186,
            0.1651051827441999, 1.5814460171685556, 1.1868805970671752, 1.6142565465487604, 1.434598565725442,
            1.000615240877317, 1.6612125195687113, 0.5678015658125302, 0.6949192603171565, 0.8294046642529951,
            0.4584350606802843, 0.4308534501553888, 0.16910252821310523, 0.09439472726175119, 0.0015614280088794132, 0.0,
            0.009860655741630944, 0.010690097889584386, 0.06818287201671873, 0.050500714704864516, 0.20602874058943074};

    private final AtomicInteger counter = new AtomicInteger();
    private String admin;
    private String prosumer;
    private long prosumerAccount;
    private long epexDa;
    private long epexDaProduction;

    // ---------------------------------------------------------------- fixtures

    @BeforeAll
    void flexMeasuresFixtures() {
        admin = adminToken();
        prosumerAccount = id(post("/api/v3_0/accounts", "{\"name\": \"Test Prosumer Account\", \"account_roles\": [\"Prosumer\"]}",
                admin));
        Answer user = post("/api/v3_0/users", "{\"email\": \"test_prosumer_user@seita.nl\", \"username\": \"Test Prosumer User\", "
                + "\"password\": \"testtest\", \"account_id\": " + prosumerAccount + "}", admin);
        assertThat(user.status()).as(user.raw()).isEqualTo(201);
        prosumer = tokenFor("test_prosumer_user@seita.nl", "testtest");
        addMarketPrices();
    }

    /** create_test_markets and add_market_prices_common (the 2016 staleness data left out: no test here reads it). */
    private void addMarketPrices() {
        long epex = created(post("/api/v3_0/assets", "{\"name\": \"epex\", \"generic_asset_type_id\": " + assetType("day_ahead")
                + ", \"account_id\": null}", admin)); // public, as FlexMeasures' market asset (no owner)
        epexDa = priceSensor(epex, "epex_da");
        epexDaProduction = priceSensor(epex, "epex_da_production");
        postPrices(epexDa, "2015-01-01T00:00:00+01:00", EPEX_DA_DAY_1);
        postPrices(epexDaProduction, "2015-01-01T00:00:00+01:00", EPEX_DA_PRODUCTION_DAY_1);
        double[] day2 = new double[24];
        double[] day3 = new double[24];
        double[] day3Production = new double[24];
        for (int h = 0; h < 24; h++) {
            day2[h] = h >= 8 && h < 16 ? 90 : 100;
            day3[h] = h < 8 ? -10 : 100;
            day3Production[h] = h < 8 ? -50 : 60;
        }
        postPrices(epexDa, "2015-01-02T00:00:00+01:00", day2);
        postPrices(epexDa, "2015-01-03T00:00:00+01:00", day3);
        postPrices(epexDaProduction, "2015-01-03T00:00:00+01:00", day3Production);
    }

    private long priceSensor(long asset, String name) {
        return created(post("/api/v3_0/sensors", body(ordered("name", name, "unit", "EUR/MWh", "event_resolution", "PT1H",
                "timezone", "Europe/Amsterdam", "generic_asset_id", asset, "knowledge_horizon_fnc", "x_days_ago_at_y_oclock",
                "knowledge_horizon_par", Map.of("x", 1, "y", 12, "z", "Europe/Paris"), "attributes",
                Map.of("daily_seasonality", true, "weekly_seasonality", true, "yearly_seasonality", true))), admin));
    }

    private void postPrices(long sensor, String start, double[] values) {
        Answer posted = post("/api/v3_0/sensors/" + sensor + "/data", body(ordered("values", values, "start", start,
                "duration", "PT24H", "horizon", "PT0H", "unit", "EUR/MWh")), admin);
        assertThat(posted.status()).as(posted.raw()).isEqualTo(200);
    }

    private long assetType(String name) {
        for (Map<String, Object> type : get("/api/v3_0/assets/types", admin).list()) {
            if (name.equals(type.get("name"))) {
                return ((Number) type.get("id")).longValue();
            }
        }
        return created(post("/api/v3_0/assets/types", body(Map.of("name", name)), admin));
    }

    /** An asset of the Prosumer account, made by admin as FlexMeasures' fixtures make them. */
    private long asset(String name, String type, Long parent, Map<String, Object> flexContext, Map<String, Object> attributes) {
        Map<String, Object> asset = ordered("name", name + " " + counter.incrementAndGet(), "generic_asset_type_id",
                assetType(type), "account_id", prosumerAccount, "latitude", 10, "longitude", 100);
        if (parent != null) {
            asset.put("parent_asset_id", parent);
        }
        asset.put("flex_context", flexContext);
        asset.put("attributes", attributes);
        return created(post("/api/v3_0/assets", body(asset), admin));
    }

    private long sensor(long asset, String name, String unit, String resolution, Map<String, Object> attributes) {
        return created(post("/api/v3_0/sensors", body(ordered("name", name, "unit", unit, "event_resolution", resolution,
                "timezone", "Europe/Amsterdam", "generic_asset_id", asset, "attributes", attributes)), admin));
    }

    private static Map<String, Object> seasonality() {
        return Map.of("daily_seasonality", true, "weekly_seasonality", true, "yearly_seasonality", true);
    }

    private Map<String, Object> siteWithPrices(String capacity) {
        return ordered("site-power-capacity", capacity, "consumption-price", Map.of("sensor", epexDa));
    }

    /** create_test_battery_assets: the building and, under it, "Test battery"; the other batteries beside them. */
    record BatteryAssets(long building, long battery, long batteryPower, long smallBattery, long batteryWithNoKnownPrices,
                         long noKnownPricesPower) {
    }

    private BatteryAssets addBatteryAssets() {
        long building = asset("building", "building", null, Map.of("site-power-capacity", "2 MVA"), Map.of());
        long battery = asset("Test battery", "battery", building, siteWithPrices("2 MVA"), ordered("max_soc_in_mwh", 5,
                "min_soc_in_mwh", 0, "soc_in_mwh", 2.5, "soc_datetime", "2015-01-01T00:00+01", "soc_udi_event_id", 203,
                "soc-usage", "0 kW", "is_consumer", true, "is_producer", true, "can_curtail", true, "can_shift", true));
        long power = sensor(battery, "power", "MW", "PT15M", seasonality());
        sensor(battery, "power (kW)", "kW", "PT15M", seasonality());
        long noPrices = asset("Test battery with no known prices", "battery", null, siteWithPrices("2 MVA"),
                ordered("max_soc_in_mwh", 5, "min_soc_in_mwh", 0, "soc_in_mwh", 2.5, "soc_datetime", "2040-01-01T00:00+01",
                        "soc_udi_event_id", 203, "is_consumer", true, "is_producer", true, "can_curtail", true, "can_shift", true));
        long noPricesPower = sensor(noPrices, "power", "MW", "PT15M", seasonality());
        long dynamic = asset("Test battery with dynamic power capacity", "battery", null, siteWithPrices("10 MVA"),
                ordered("max_soc_in_mwh", 20, "min_soc_in_mwh", 0, "soc_in_mwh", 2.0));
        sensor(dynamic, "power", "MW", "PT15M", ordered("capacity_in_mw", 10, "production_capacity", "8 MW",
                "consumption_capacity", "0.5 MW"));
        long small = asset("Test small battery", "battery", null, siteWithPrices("10 kVA"), ordered("max_soc_in_mwh", 0.01,
                "min_soc_in_mwh", 0, "soc_in_mwh", 0.005, "soc_datetime", "2040-01-01T00:00+01", "soc_udi_event_id", 203,
                "is_consumer", true, "is_producer", true, "can_curtail", true, "can_shift", true));
        sensor(small, "power", "MW", "PT15M", seasonality());
        return new BatteryAssets(building, battery, power, small, noPrices, noPricesPower);
    }

    /** create_charging_station_assets: a hub with a one-way and a two-way charging station, each with an SoC sensor in MWh. */
    record ChargingStations(long hub, long uni, long uniPower, long uniSoc, long bi, long biPower, long biSoc) {
    }

    private ChargingStations addChargingStationAssets() {
        long hub = asset("Test charging hub", "charging_hub", null, Map.of(), Map.of());
        Map<String, Object> attributes = ordered("max_soc_in_mwh", 5, "min_soc_in_mwh", 0, "soc_in_mwh", 2.5,
                "soc_datetime", "2015-01-01T00:00+01", "soc_udi_event_id", 203, "is_consumer", true, "is_producer", false,
                "can_curtail", true, "can_shift", true);
        long uni = asset("Test charging station", "one-way_evse", hub, siteWithPrices("2 MVA"), attributes);
        long uniPower = sensor(uni, "power", "MW", "PT15M", seasonality());
        Map<String, Object> bidirectional = new LinkedHashMap<>(attributes);
        bidirectional.put("is_producer", true);
        long bi = asset("Test charging station (bidirectional)", "two-way_evse", hub, siteWithPrices("2 MVA"), bidirectional);
        long biPower = sensor(bi, "power", "MW", "PT15M", seasonality());
        long biSoc = sensor(bi, "bi-soc", "MWh", "PT0M", Map.of());
        long uniSoc = sensor(uni, "uni-soc", "MWh", "PT0M", Map.of());
        return new ChargingStations(hub, uni, uniPower, uniSoc, bi, biPower, biSoc);
    }

    /**
     * api/v3_0/tests/utils.py::message_for_trigger_schedule: a day from 2015-01-01 00:00 (Amsterdam), a 40 kWh battery
     * at 12.1 kWh, 98% round trip, 99.99% storage efficiency; with targets, 25 kWh at 2015-01-02 23:00 (or over the
     * quarter before it) with minima 24 and maxima 26 kWh at the same time.
     */
    private static Map<String, Object> messageForTriggerSchedule(boolean unknownPrices, boolean withTargets, boolean useTimeWindow,
                                                                 boolean usePerfectEfficiencies) {
        Map<String, Object> message = ordered("start", unknownPrices ? "2040-01-01T00:00:00+01:00" : START, "duration", "PT24H");
        Map<String, Object> flexModel = ordered("soc-at-start", 12.1, "soc-min", 0, "soc-max", 40, "soc-unit", "kWh",
                "roundtrip-efficiency", usePerfectEfficiencies ? "100%" : "98%",
                "storage-efficiency", usePerfectEfficiencies ? (Object) 1 : "99.99%", "power-capacity", "2 MW");
        if (withTargets) {
            String targetDatetime = "2015-01-02T23:00:00+01:00";
            Map<String, Object> window = useTimeWindow ? ordered("start", "2015-01-02T22:45:00+01:00", "end", targetDatetime)
                    : ordered("datetime", targetDatetime);
            flexModel.put("soc-targets", List.of(with(window, "value", 25)));
            flexModel.put("soc-minima", List.of(with(window, "value", 24)));
            flexModel.put("soc-maxima", List.of(with(window, "value", 26)));
        }
        message.put("flex-model", flexModel);
        return message;
    }

    private static Map<String, Object> messageForTriggerSchedule() {
        return messageForTriggerSchedule(false, false, false, false);
    }

    // ---------------------------------------------------------------- helpers

    private String triggerSensor(long sensor, Map<String, Object> message) {
        Answer answer = post("/api/v3_0/sensors/" + sensor + "/schedules/trigger", body(message), prosumer);
        assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
        assertThat(answer.map()).containsEntry("status", "PROCESSED").containsEntry("message", "Request has been processed.");
        return (String) answer.get("schedule");
    }

    /** The GET once the job has ended (FlexMeasures' work_on_rq), or what it answered after a minute. */
    private Answer awaitSchedule(long sensor, String job, String query) {
        Answer answer = null;
        for (int i = 0; i < 600; i++) {
            answer = get("/api/v3_0/sensors/" + sensor + "/schedules/" + job + query, prosumer);
            if (answer.status() != 400 || !WAITING.equals(answer.get("message"))) {
                return answer;
            }
            sleep(100);
        }
        return answer;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Double> values(Answer answer) {
        assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
        return ((List<Object>) answer.get("values")).stream().map(v -> v == null ? null : ((Number) v).doubleValue()).toList();
    }

    /**
     * flexmeasures/utils/calculations.py::integrate_time_series: a flow in MW at a step of {@code hours} to the stock
     * at the start and end of each step (n + 1 values), with the efficiencies applied as there ("linear" losses),
     * rounded to 6 decimals.
     */
    private static double[] integrateTimeSeries(List<Double> flow, double initialStock, double upEfficiency,
                                                double downEfficiency, double storageEfficiency, double hours) {
        double[] stocks = new double[flow.size() + 1];
        stocks[0] = initialStock;
        for (int j = 0; j < flow.size(); j++) {
            double p = flow.get(j);
            double change = (p > 0 ? p * upEfficiency : p / downEfficiency) * hours;
            double s = stocks[j];
            double e = storageEfficiency;
            stocks[j + 1] = e == 1 ? s + change : s * e + change * (e - 1) / Math.log(e);
        }
        for (int j = 0; j < stocks.length; j++) {
            stocks[j] = Math.round(stocks[j] * 1e6) / 1e6;
        }
        return stocks;
    }

    /** The index of an instant in a quarter-hourly stock series starting at {@link #START}. */
    private static int quarterIndex(String datetime) {
        return (int) (Duration.between(OffsetDateTime.parse(START), OffsetDateTime.parse(datetime)).toMinutes() / 15);
    }

    private static double percentage(Object value) {
        return value instanceof Number n ? n.doubleValue() : Double.parseDouble(((String) value).replace("%", "")) / 100.0;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> flexModelOf(Map<String, Object> message) {
        return (Map<String, Object>) message.get("flex-model");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> targetsOf(Map<String, Object> flexModel) {
        return (List<Map<String, Object>>) flexModel.get("soc-targets");
    }

    private String body(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long created(Answer answer) {
        assertThat(answer.status()).as(answer.raw()).isIn(200, 201);
        return id(answer);
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static Map<String, Object> with(Map<String, Object> map, String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(map);
        copy.put(key, value);
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> jsonErrors(Answer answer) {
        return (Map<String, Object>) ((Map<String, Object>) answer.get("message")).get("json");
    }

    // ---------------------------------------------------------------- test_sensor_schedules.py

    @Test
    // test_sensor_schedules.py::test_get_schedule_wrong_job_id
    void test_get_schedule_wrong_job_id() {
        BatteryAssets batteries = addBatteryAssets();
        Answer answer = get("/api/v3_0/sensors/" + batteries.batteryPower() + "/schedules/9999", prosumer);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.map()).isEqualTo(ordered("result", "Rejected", "status", "UNRECOGNIZED_UDI_EVENT",
                "message", "The requested UDI event (id = 9999, type = job) is not known."));
        // and a job id of the right shape that no job has
        String unknown = "364bfd06-c1fa-430b-8d25-8f5a547651fb";
        Answer none = get("/api/v3_0/sensors/" + batteries.batteryPower() + "/schedules/" + unknown, prosumer);
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.map()).isEqualTo(ordered("result", "Rejected", "status", "UNRECOGNIZED_UDI_EVENT",
                "message", "The requested UDI event (id = " + unknown + ", type = job) is not known."));
    }

    @ParameterizedTest(name = "{0} = {1}")
    // test_sensor_schedules.py::test_trigger_schedule_with_invalid_flexmodel (its three parametrisations)
    @CsvSource(delimiter = '|', value = {
            "soc-minn | 3           | Unknown field",
            "soc-min  | not-a-float | Cannot convert value 'not-a-float' to a valid quantity.",
            "soc-unit | MWH         | Must be one of"})
    @SuppressWarnings("unchecked")
    void test_trigger_schedule_with_invalid_flexmodel(String field, String sentValue, String errMsg) {
        BatteryAssets batteries = addBatteryAssets();
        Map<String, Object> message = messageForTriggerSchedule();
        flexModelOf(message).put(field, field.equals("soc-minn") ? (Object) Integer.parseInt(sentValue) : sentValue);
        Answer answer = post("/api/v3_0/sensors/" + batteries.batteryPower() + "/schedules/trigger", body(message), prosumer);
        assertThat(answer.status()).as(answer.raw()).isEqualTo(422);
        assertThat(answer.map()).containsEntry("status", "UNPROCESSABLE_ENTITY");
        // FlexMeasures keys the error by the bare field ("soc-minn"), gridflex by where it sits ("flex-model.soc-minn")
        Map<String, Object> errors = jsonErrors(answer);
        assertThat(errors).containsOnlyKeys("flex-model." + field);
        assertThat(((List<String>) errors.get("flex-model." + field)).get(0)).contains(errMsg);
    }

    @Test
    // test_sensor_schedules.py::test_trigger_and_get_schedule_with_unknown_prices
    @SuppressWarnings("unchecked")
    void test_trigger_and_get_schedule_with_unknown_prices() {
        BatteryAssets batteries = addBatteryAssets();
        Map<String, Object> message = messageForTriggerSchedule(true, false, false, false);
        String job = triggerSensor(batteries.batteryPower(), message);

        // the job (one, for the battery's asset, from the message's start) fails
        Answer answer = awaitSchedule(batteries.batteryPower(), job, "");
        assertThat(answer.status()).as(answer.raw()).isEqualTo(400);
        assertThat(answer.map()).containsEntry("result", "Rejected").containsEntry("status", "UNKNOWN_SCHEDULE");
        assertThat(((String) answer.get("message")).toLowerCase()).contains("prices unknown");
        List<Map<String, Object>> jobs = (List<Map<String, Object>>) get("/api/v3_0/assets/" + batteries.battery() + "/jobs",
                prosumer).get("jobs");
        assertThat(jobs).extracting(j -> j.get("job_id")).containsExactly(job);
        assertThat(jobs.get(0)).containsEntry("status", "failed");
        assertThat((String) jobs.get(0).get("metadata")).contains("2039-12-31T23:00:00Z");

        // the price came from the asset's stored flex-context (the message has none); nothing was written
        assertThat(message).doesNotContainKey("flex-context");
        assertThat(get("/api/v3_0/sensors/" + batteries.batteryPower() + "/stats", prosumer).map()).isEmpty();
    }

    /**
     * The infeasible scenario of test_get_schedule_fallback(_not_redirect): a one-way charger at 10 MWh with soc-max 9
     * MWh and a target of 9 MWh at 02:00 — it cannot discharge, so no schedule keeps to soc-max.
     */
    private Map<String, Object> infeasibleChargingMessage(Map<String, Object> target) {
        return ordered("start", "2015-01-02T00:00:00+01:00", "duration", "PT24H", "flex-model", ordered("soc-at-start", 10,
                "soc-min", 0, "soc-max", 9, "roundtrip-efficiency", 1, "storage-efficiency", 1, "soc-targets", List.of(target)));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> flexContextOf(long asset) {
        Answer answer = get("/api/v3_0/assets/" + asset, admin);
        try {
            return json.readValue((String) answer.get("flex_context"), Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> attributesOf(long asset) {
        Answer answer = get("/api/v3_0/assets/" + asset, admin);
        try {
            return json.readValue((String) answer.get("attributes"), Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fallback tests' preconditions, as FlexMeasures asserts them: capacity 2 MW, prices from epex_da. */
    @SuppressWarnings("unchecked")
    private void assertChargingStationAsFlexMeasuresHasIt(ChargingStations stations) {
        Map<String, Object> context = flexContextOf(stations.uni());
        assertThat(context).containsEntry("site-power-capacity", "2 MVA");
        assertThat(((Number) ((Map<String, Object>) context.get("consumption-price")).get("sensor")).longValue()).isEqualTo(epexDa);
    }

    @Test
    // test_sensor_schedules.py::test_get_schedule_fallback — differs: gridflex has no fallback scheduler (see the report)
    void test_get_schedule_fallback() {
        ChargingStations stations = addChargingStationAssets();
        assertChargingStationAsFlexMeasuresHasIt(stations);
        String job = triggerSensor(stations.uniPower(), infeasibleChargingMessage(ordered("value", 9,
                "datetime", "2015-01-02T02:00:00+01:00")));
        Answer answer = awaitSchedule(stations.uniPower(), job, "");
        // FlexMeasures (FLEXMEASURES_FALLBACK_REDIRECT on): 303 to the fallback job's schedule, the message
        // "Scheduling job failed with InfeasibleProblemException: . StorageScheduler was used."
        assertThat(answer.status()).as(answer.raw()).isEqualTo(400);
        assertThat(answer.map()).containsEntry("result", "Rejected").containsEntry("status", "UNKNOWN_SCHEDULE");
        assertThat((String) answer.get("message")).startsWith("Scheduling job failed with InfeasibleProblemException: ");
    }

    @Test
    // test_sensor_schedules.py::test_get_schedule_fallback_not_redirect — differs: gridflex has no fallback scheduler
    void test_get_schedule_fallback_not_redirect() {
        ChargingStations stations = addChargingStationAssets();
        assertChargingStationAsFlexMeasuresHasIt(stations);
        String job = triggerSensor(stations.uniPower(), infeasibleChargingMessage(ordered("value", 9,
                "start", "2015-01-02T02:00:00+01:00", "duration", "PT0H")));
        Answer answer = awaitSchedule(stations.uniPower(), job, "");
        // FlexMeasures: 200 PROCESSED from 2015-01-02T00:00+01:00, scheduler_info.scheduler "StorageFallbackScheduler"
        assertThat(answer.status()).as(answer.raw()).isEqualTo(400);
        assertThat(answer.map()).containsEntry("status", "UNKNOWN_SCHEDULE");
        assertThat((String) answer.get("message")).startsWith("Scheduling job failed with InfeasibleProblemException: ");
    }

    // ---------------------------------------------------------------- test_sensor_schedules_fresh_db.py

    @ParameterizedTest(name = "{0}")
    // test_sensor_schedules_fresh_db.py::test_trigger_and_get_schedule (its three parametrisations)
    @ValueSource(strings = {"Test battery", "Test charging station", "Test charging station, targets over a time window"})
    @SuppressWarnings("unchecked")
    void test_trigger_and_get_schedule(String parametrisation) {
        boolean withTargets = !parametrisation.equals("Test battery");
        Map<String, Object> message = messageForTriggerSchedule(false, withTargets, parametrisation.contains("window"), false);
        long asset;
        long sensor;
        if (withTargets) {
            ChargingStations stations = addChargingStationAssets();
            asset = stations.uni();
            sensor = stations.uniPower();
        } else {
            BatteryAssets batteries = addBatteryAssets();
            asset = batteries.battery();
            sensor = batteries.batteryPower();
        }
        message.put("flex-context", ordered("consumption-price", Map.of("sensor", epexDa), "production-price",
                Map.of("sensor", epexDa), "site-power-capacity", "1 TW"));
        String job = triggerSensor(sensor, message);
        Answer schedule = awaitSchedule(sensor, job, "?duration=PT48H");
        assertThat(schedule.status()).as(schedule.raw()).isEqualTo(200);

        Map<String, Object> flexModel = flexModelOf(message);
        double startSoc = ((Number) flexModel.get("soc-at-start")).doubleValue() / 1000;
        double roundtrip = percentage(flexModel.get("roundtrip-efficiency"));
        double storage = percentage(flexModel.get("storage-efficiency"));
        int expectedLength = withTargets ? 188 : 96; // extended to the target at 2015-01-02 23:00, or the day asked for

        // the schedule is stored: beliefs of the scheduler's source, one per step
        Map<String, Object> stats = get("/api/v3_0/sensors/" + sensor + "/stats", prosumer).map();
        assertThat(stats).hasSize(1);
        assertThat(stats.keySet().iterator().next()).contains("StorageScheduler"); // "gridflex's StorageScheduler model v1 (ID: n)"
        assertThat(((Map<String, Object>) stats.values().iterator().next()).get("Number of values")).isEqualTo(expectedLength);

        List<Double> values = values(schedule);
        assertThat(values).hasSize(expectedLength);
        if (withTargets) {
            double[] soc = integrateTimeSeries(values, startSoc, Math.sqrt(roundtrip), Math.sqrt(roundtrip), storage, 0.25);
            for (Map<String, Object> target : targetsOf(flexModel)) {
                String at = (String) target.getOrDefault("datetime", target.get("end"));
                assertThat(soc[quarterIndex(at)]).as("the stock at " + at).isEqualTo(((Number) target.get("value")).doubleValue() / 1000);
            }
        }

        // a shorter duration answers the start of the same schedule, a much longer one the whole of it
        assertThat(values(awaitSchedule(sensor, job, "?duration=PT6H"))).isEqualTo(values.subList(0, 24));
        assertThat(values(awaitSchedule(sensor, job, "?duration=PT1000H"))).isEqualTo(values);

        // FlexMeasures keeps the soc-at-start as the asset's attribute soc_in_mwh (persist_flex_model); gridflex leaves the
        // asset's attributes as they were (differs: see the report)
        assertThat(((Number) attributesOf(asset).get("soc_in_mwh")).doubleValue()).isEqualTo(2.5);
    }

    @ParameterizedTest(name = "{4}: context {0}, asset {1}, parent {2} → {3}")
    // test_sensor_schedules_fresh_db.py::test_price_sensor_priority (its ten parametrisations). FlexMeasures patches
    // TimedBelief.search to see which price sensor is read; here the schedule shows it: it equals the schedule made
    // with that sensor named in the trigger, and differs from the one made with the other sensor.
    @CsvSource({
            "epex_da,            ,                   ,                   epex_da,            consumption",
            ",                   epex_da,            ,                   epex_da,            consumption",
            "epex_da_production, epex_da,            ,                   epex_da_production, consumption",
            ",                   ,                   epex_da,            epex_da,            consumption",
            ",                   epex_da,            epex_da_production, epex_da,            consumption",
            "epex_da,            ,                   ,                   epex_da,            production",
            ",                   epex_da,            ,                   epex_da,            production",
            "epex_da_production, epex_da,            ,                   epex_da_production, production",
            ",                   ,                   epex_da,            epex_da,            production",
            ",                   epex_da,            epex_da_production, epex_da,            production"})
    void test_price_sensor_priority(String contextSensor, String assetSensor, String parentSensor, String expectSensor,
                                    String sensorType) {
        BatteryAssets batteries = addBatteryAssets();
        Map<String, Object> message = messageForTriggerSchedule();
        message.put("force_new_job_creation", true);
        String usedField = sensorType + "-price";
        String unusedField = (sensorType.equals("consumption") ? "production" : "consumption") + "-price";

        if (assetSensor != null) {
            Map<String, Object> context = flexContextOf(batteries.battery());
            context.put(usedField, Map.of("sensor", market(assetSensor)));
            patchFlexContext(batteries.battery(), context);
        }
        if (parentSensor != null) {
            Map<String, Object> context = flexContextOf(batteries.building());
            context.put(usedField, Map.of("sensor", market(parentSensor)));
            patchFlexContext(batteries.building(), context);
        }
        Map<String, Object> context = ordered(unusedField, Map.of("sensor", epexDa), "site-power-capacity", "1 TW");
        if (contextSensor != null) {
            context.put(usedField, Map.of("sensor", market(contextSensor)));
        }
        message.put("flex-context", context);
        List<Double> schedule = values(awaitSchedule(batteries.batteryPower(), triggerSensor(batteries.batteryPower(), message), ""));

        String otherSensor = expectSensor.equals("epex_da") ? "epex_da_production" : "epex_da";
        List<Double> expected = scheduleWithPrices(batteries.batteryPower(), usedField, expectSensor, unusedField);
        List<Double> other = scheduleWithPrices(batteries.batteryPower(), usedField, otherSensor, unusedField);
        assertThat(other).isNotEqualTo(expected); // the price sensor makes a difference
        assertThat(schedule).hasSize(expected.size());
        for (int j = 0; j < expected.size(); j++) {
            assertThat(schedule.get(j)).as("step " + j).isCloseTo(expected.get(j), within(1e-9));
        }
    }

    private long market(String name) {
        return name.equals("epex_da") ? epexDa : epexDaProduction;
    }

    private void patchFlexContext(long asset, Map<String, Object> context) {
        Answer patched = patch("/api/v3_0/assets/" + asset, body(Map.of("flex_context", context)), admin);
        assertThat(patched.status()).as(patched.raw()).isEqualTo(200);
    }

    /** The schedule of message_for_trigger_schedule() with both prices named in the trigger. */
    private List<Double> scheduleWithPrices(long sensor, String usedField, String usedSensor, String unusedField) {
        Map<String, Object> message = messageForTriggerSchedule();
        message.put("force_new_job_creation", true);
        message.put("flex-context", ordered(unusedField, Map.of("sensor", epexDa), usedField, Map.of("sensor", market(usedSensor)),
                "site-power-capacity", "1 TW"));
        return values(awaitSchedule(sensor, triggerSensor(sensor, message), ""));
    }

    @ParameterizedTest(name = "context {0}, asset {1}, parent {2} → {3}")
    // test_sensor_schedules_fresh_db.py::test_inflexible_device_sensors_priority (its four parametrisations).
    // First FlexMeasures' own scenario: sensors without data (FlexMeasures assumes zero power for them), a 1 TW site —
    // the job finishes. FlexMeasures counts the calls of get_power_values; here the schedule shows how many inflexible
    // devices counted: each then gets 1 kW of consumption, and a second trigger's site-power-capacity is 10 kW, so the
    // battery charges at most 10 - n kW and discharges at most 10 + n kW.
    @CsvSource({"1, 0, 2, 1", "0, 1, 2, 1", "0, 0, 1, 1", "1, 2, 3, 1"})
    void test_inflexible_device_sensors_priority(int contextSensorNum, int assetSensorNum, int parentSensorNum,
                                                 int expectSensorNum) {
        BatteryAssets batteries = addBatteryAssets();
        Map<String, Object> message = messageForTriggerSchedule();
        message.put("force_new_job_creation", true);
        Map<String, Object> context = ordered("consumption-price", Map.of("sensor", epexDa), "production-price",
                Map.of("sensor", epexDa), "site-power-capacity", "1 TW");
        List<Long> all = new ArrayList<>();
        if (contextSensorNum > 0) {
            List<Long> sensors = setupInflexibleDeviceSensors(batteries.smallBattery(), "other asset sensors", contextSensorNum);
            context.put("inflexible-device-sensors", sensors);
            all.addAll(sensors);
        }
        if (assetSensorNum > 0) {
            List<Long> sensors = setupInflexibleDeviceSensors(batteries.battery(), "battery asset sensors", assetSensorNum);
            linkSensors(batteries.battery(), sensors);
            all.addAll(sensors);
        }
        if (parentSensorNum > 0) {
            List<Long> sensors = setupInflexibleDeviceSensors(batteries.building(), "building asset sensors", parentSensorNum);
            linkSensors(batteries.building(), sensors);
            all.addAll(sensors);
        }
        message.put("flex-context", context);
        assertThat(values(awaitSchedule(batteries.batteryPower(), triggerSensor(batteries.batteryPower(), message), "")))
                .hasSize(24);

        for (long sensor : all) {
            Answer posted = post("/api/v3_0/sensors/" + sensor + "/data", body(ordered("values", IntStream.range(0, 24)
                    .mapToObj(h -> 0.001).toList(), "start", START, "duration", "PT24H", "unit", "MW")), admin);
            assertThat(posted.status()).as(posted.raw()).isEqualTo(200);
        }
        context.put("site-power-capacity", "10 kW");
        List<Double> schedule = values(awaitSchedule(batteries.batteryPower(), triggerSensor(batteries.batteryPower(), message), ""));
        double charging = (10 - expectSensorNum) / 1000.0;
        double discharging = (10 + expectSensorNum) / 1000.0;
        double highest = schedule.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        double lowest = schedule.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        assertThat(highest).as("the most the battery charges").isCloseTo(charging, within(1e-9));
        assertThat(lowest).as("the most the battery discharges").isCloseTo(-discharging, within(1e-9));
    }

    /** setup_inflexible_device_sensors: hourly power sensors in MW, without data. */
    private List<Long> setupInflexibleDeviceSensors(long asset, String name, int number) {
        List<Long> sensors = new ArrayList<>();
        for (int i = 0; i < number; i++) {
            sensors.add(sensor(asset, name + "-" + i, "MW", "PT1H", Map.of("capacity_in_mw", 2)));
        }
        return sensors;
    }

    @SuppressWarnings("unchecked")
    private void linkSensors(long asset, List<Long> sensors) {
        Map<String, Object> context = flexContextOf(asset);
        List<Object> linked = new ArrayList<>((List<Object>) context.getOrDefault("inflexible-device-sensors", List.of()));
        linked.addAll(sensors);
        context.put("inflexible-device-sensors", linked);
        patchFlexContext(asset, context);
    }

    @ParameterizedTest(name = "include_consumption_breach={0}")
    // test_sensor_schedules_fresh_db.py::test_multiple_contracts (both parametrisations)
    @ValueSource(booleans = {false, true})
    void test_multiple_contracts(boolean includeConsumptionBreach) {
        BatteryAssets batteries = addBatteryAssets();
        Map<String, Object> message = messageForTriggerSchedule(false, true, true, true);
        message.put("force_new_job_creation", true);
        // to reach 25 kWh from 12.1 kWh by 22:45 the next day takes at least 12.9 / 46.75 ≈ 0.276 kW
        double siteConsumptionCapacity = includeConsumptionBreach ? 0.25 : 1;
        message.put("flex-context", ordered("consumption-price", Map.of("sensor", epexDa), "production-price",
                Map.of("sensor", epexDa), "site-power-capacity", "2 MW", "site-consumption-capacity",
                siteConsumptionCapacity + " kW", "site-consumption-breach-price", "1000 EUR/kW", "site-production-breach-price",
                "1000 EUR/kW", "site-peak-consumption", "20 kW", "site-peak-production", "20 kW", "site-peak-consumption-price",
                "260 EUR/MW", "site-peak-production-price", "260 EUR/MW"));
        String job = triggerSensor(batteries.batteryPower(), message);
        Answer answer = awaitSchedule(batteries.batteryPower(), job, "?duration=PT48H");
        List<Double> schedule = values(answer);
        assertThat(schedule).hasSize(188);
        assertThat(answer.map()).containsEntry("start", "2014-12-31T23:00:00Z").containsEntry("duration", "PT47H");

        Map<String, Object> flexModel = flexModelOf(message);
        double[] soc = integrateTimeSeries(schedule, 0.0121, 1, 1, 1, 0.25);
        if (includeConsumptionBreach) {
            // the least power that reaches the target, no more: higher breaches cost more
            assertThat(schedule).allSatisfy(v -> assertThat(v).isLessThanOrEqualTo(0.000276));
            assertThat(schedule).anySatisfy(v -> assertThat(v).isGreaterThan(siteConsumptionCapacity / 1000));
        } else {
            assertThat(schedule).allSatisfy(v -> assertThat(v).isLessThanOrEqualTo(siteConsumptionCapacity / 1000 + 1e-12));
        }
        assertThat(schedule).allSatisfy(v -> assertThat(v).isGreaterThanOrEqualTo(-0.02 - 1e-12)); // no production peak
        for (Map<String, Object> target : targetsOf(flexModel)) {
            String at = (String) target.getOrDefault("datetime", target.get("end"));
            assertThat((int) (soc[quarterIndex(at)] * 1000)).as("the stock at " + at).isEqualTo(target.get("value"));
        }
    }

    // ---------------------------------------------------------------- test_asset_schedules_fresh_db.py

    @ParameterizedTest(name = "sequential={0}")
    // test_asset_schedules_fresh_db.py::test_asset_trigger_and_get_schedule (both parametrisations)
    @ValueSource(booleans = {true, false})
    @SuppressWarnings("unchecked")
    void test_asset_trigger_and_get_schedule(boolean sequential) {
        ChargingStations stations = addChargingStationAssets();
        Map<String, Object> message = messageForTriggerSchedule();
        message.put("flex-context", ordered("consumption-price", Map.of("sensor", epexDa), "production-price",
                Map.of("sensor", epexDa), "site-power-capacity", "1 TW"));
        Map<String, Object> cp1 = new LinkedHashMap<>(flexModelOf(message)); // the two-way charger: no targets
        Map<String, Object> cp2 = new LinkedHashMap<>(flexModelOf(messageForTriggerSchedule(false, true, false, false)));
        cp1.put("state-of-charge", Map.of("sensor", stations.biSoc()));
        cp2.put("state-of-charge", Map.of("sensor", stations.uniSoc()));
        cp1.put("sensor", stations.biPower());
        cp2.put("sensor", stations.uniPower());
        message.put("flex-model", List.of(cp1, cp2));
        message.put("sequential", sequential);

        Answer triggered = post("/api/v3_0/assets/" + stations.hub() + "/schedules/trigger", body(message), prosumer);
        assertThat(triggered.status()).as(triggered.raw()).isEqualTo(200);
        String job = (String) triggered.get("schedule");
        // FlexMeasures queues one job for the hub (jointly), or one per device and a wrap-up job (sequentially);
        // gridflex one job either way, listed under the hub
        List<Map<String, Object>> jobs = (List<Map<String, Object>>) get("/api/v3_0/assets/" + stations.hub() + "/jobs", prosumer)
                .get("jobs");
        assertThat(jobs).extracting(j -> j.get("job_id")).containsExactly(job);

        // jointly, both schedules reach the uni-directional charger's target the next evening; sequentially only its own
        int[] expectedLengths = sequential ? new int[] {96, 188} : new int[] {188, 188};
        long[] powers = {stations.biPower(), stations.uniPower()};
        long[] socs = {stations.biSoc(), stations.uniSoc()};
        List<Map<String, Object>> models = List.of(cp1, cp2);
        int cheapestHour = 18; // of epex_da on 2015-01-01: sin is -1 there, and so the price 0
        for (int d = 0; d < 2; d++) {
            Map<String, Object> flexModel = models.get(d);
            Answer power = awaitSchedule(powers[d], job, "?duration=PT48H");
            assertThat(power.map()).as("by default, the schedules are in the sensor's unit").containsEntry("unit", "MW");
            List<Double> powerSchedule = values(power);
            assertThat(powerSchedule).hasSize(expectedLengths[d]);
            // check_constraints: within the power capacity, the stock within soc-min and soc-max
            assertThat(powerSchedule).allSatisfy(v -> assertThat(Math.abs(v)).isLessThanOrEqualTo(2 + 1e-9));
            double[] integrated = integrateTimeSeries(powerSchedule, 0.0121, Math.sqrt(0.98), Math.sqrt(0.98), 0.9999, 0.25);
            assertThat(java.util.Arrays.stream(integrated).boxed().toList()).allSatisfy(s -> assertThat(s).isBetween(-1e-6, 0.04 + 1e-6));

            Answer stock = awaitSchedule(socs[d], job, "?duration=PT48H");
            assertThat(stock.map()).containsEntry("unit", "MWh");
            List<Double> socSchedule = values(stock);
            assertThat(socSchedule).hasSize(expectedLengths[d] + 1); // the stock at the start and at the end of each step
            assertThat(socSchedule.get(0) * 1000).isCloseTo(12.1, within(1e-9));
            if (d == 0) {
                // the two-way charger cycles fully and ends empty
                assertThat(socSchedule).as("reaches soc-min").anySatisfy(s -> assertThat(s).isCloseTo(0, within(1e-9)));
                assertThat(socSchedule).as("reaches soc-max").anySatisfy(s -> assertThat(s).isCloseTo(0.04, within(1e-9)));
                assertThat(socSchedule.get(socSchedule.size() - 1)).as("ends empty").isCloseTo(0, within(1e-9));
            } else {
                // the one-way charger never discharges: every fall of its stock is storage loss, and it ends on target
                double lowestRatio = 1;
                for (int j = 1; j < socSchedule.size(); j++) {
                    double ratio = socSchedule.get(j) / socSchedule.get(j - 1);
                    assertThat(ratio).as("step " + j).isGreaterThanOrEqualTo(0.9999 - 1e-9);
                    lowestRatio = Math.min(lowestRatio, ratio);
                }
                assertThat(lowestRatio).isLessThanOrEqualTo(0.9999 + 1e-12);
                assertThat(socSchedule.get(socSchedule.size() - 1) * 1000).as("ends on target").isCloseTo(25, within(1e-6));
                double cheapest = IntStream.range(cheapestHour * 4, cheapestHour * 4 + 4).mapToDouble(powerSchedule::get).sum();
                assertThat(cheapest).as("charges in the cheapest hour").isGreaterThan(0);
                // FlexMeasures: all of it in the first quarter of that hour (72), 0.053651 MW to 7 decimals. That hour's price is
                // 0, so any quarter of it costs the same: FlexMeasures' tiny price slope picks the first. gridflex picks the first
                // too where the devices are scheduled one by one (a linear program, then its preference for charging sooner),
                // and charges exactly what its losses need: 0.0536506 MW (7 ppm less: FlexMeasures' 7-decimal check fails by
                // 3.8e-7). Jointly, the two-way charger's free cycling in that hour makes a mixed-integer program, which breaks
                // no ties: the charge lands in another quarter of the same hour.
                int first = cheapestHour * 4;
                for (int j = 0; j < 188; j++) {
                    if (j < first || j >= first + 4) {
                        assertThat(powerSchedule.get(j)).as("step " + j).isCloseTo(0, within(1e-9));
                    }
                }
                if (sequential) {
                    assertThat(powerSchedule.get(first)).isCloseTo(0.053651, within(1e-6));
                } else {
                    assertThat(cheapest).isCloseTo(0.05365, within(1e-4));
                }
            }
        }
    }
}
