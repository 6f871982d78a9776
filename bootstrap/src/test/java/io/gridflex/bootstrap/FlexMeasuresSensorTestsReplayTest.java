package io.gridflex.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.multipart.MultipartBody;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * FlexMeasures 0.29.1's own tests of sensor data and sensors ({@code api/v3_0/tests/test_sensor_data.py},
 * {@code test_sensor_data_fresh_db.py}, {@code test_sensors_api.py}) replayed over HTTP against gridflex, one test per
 * FlexMeasures test function. FlexMeasures' fixtures (conftest.py) are rebuilt through the API as admin: a supplier
 * account with the "incineration line" asset and its gas (m³/h, 10 minutes) and temperature (°C, instantaneous)
 * sensors, a dummy account and a prosumer account.
 */
class FlexMeasuresSensorTestsReplayTest extends ApiTest {

    private static final String GAS_START = "2021-06-07T00:00:00+02:00";

    private final AtomicInteger counter = new AtomicInteger();
    private String admin;
    private long supplierAccount;
    private long dummyAccount;
    private long incinerationLine;
    private long dummyAsset;
    private String supplier;
    private String dummyAdmin;
    private String prosumer2;

    @BeforeAll
    void flexMeasuresFixtures() {
        admin = adminToken();
        supplierAccount = id(post("/api/v3_0/accounts", "{\"name\": \"Test Supplier Account\"}", admin));
        dummyAccount = id(post("/api/v3_0/accounts", "{\"name\": \"Test Dummy Account\"}", admin));
        long prosumerAccount = id(post("/api/v3_0/accounts", "{\"name\": \"Test Prosumer Account\"}", admin));
        user("test_supplier_user_4@seita.nl", "Test Supplier User", supplierAccount, "[]");
        user("test_dummy_account_admin@seita.nl", "Test Dummy Account Admin", dummyAccount, "[\"account-admin\"]");
        user("test_prosumer_user_2@seita.nl", "Test Prosumer User 2", prosumerAccount, "[]");
        supplier = tokenFor("test_supplier_user_4@seita.nl", "testtest");
        dummyAdmin = tokenFor("test_dummy_account_admin@seita.nl", "testtest");
        prosumer2 = tokenFor("test_prosumer_user_2@seita.nl", "testtest");
        incinerationLine = asset(supplierAccount, "incineration line", null);
        dummyAsset = asset(dummyAccount, "dummy asset", null);
    }

    private void user(String email, String username, long account, String roles) {
        Answer created = post("/api/v3_0/users", "{\"email\": \"" + email + "\", \"username\": \"" + username
                + "\", \"password\": \"testtest\", \"account_id\": " + account + ", \"flexmeasures_roles\": " + roles + "}", admin);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
    }

    private long asset(long account, String name, Long parent) {
        Answer created = post("/api/v3_0/assets", "{\"name\": \"" + name + "\", \"generic_asset_type_id\": 1, \"account_id\": "
                + account + (parent == null ? "" : ", \"parent_asset_id\": " + parent) + "}", admin);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return id(created);
    }

    private long sensor(long asset, String name, String unit, String resolution) {
        Answer created = post("/api/v3_0/sensors", "{\"name\": \"" + name + "\", \"unit\": \"" + unit + "\", \"event_resolution\": \""
                + resolution + "\", \"timezone\": \"UTC\", \"generic_asset_id\": " + asset + "}", admin);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return id(created);
    }

    /** FlexMeasures' "some gas sensor": m³/h, 10-minute resolution, on the incineration line. */
    private long gasSensor() {
        return sensor(incinerationLine, "some gas sensor " + counter.incrementAndGet(), "m³/h", "PT10M");
    }

    private long temperatureSensor() {
        return sensor(incinerationLine, "some temperature sensor " + counter.incrementAndGet(), "°C", "PT0M");
    }

    /** make_sensor_data_request_for_gas_sensor(num_values, duration, unit, include_a_null). */
    private static String gasRequest(int numValues, String duration, String unit, boolean includeANull) {
        String values;
        if (numValues == 1) {
            values = "-11.28";
        } else {
            StringJoiner list = new StringJoiner(", ", "[", "]");
            for (int i = 0; i < numValues; i++) {
                list.add(includeANull && i == 0 ? "null" : "-11.28");
            }
            values = list.toString();
        }
        return "{\"type\": \"PostSensorDataRequest\", \"values\": " + values + ", \"start\": \"" + GAS_START + "\", \"duration\": \""
                + duration + "\", \"horizon\": \"PT0H\", \"unit\": \"" + unit + "\"}";
    }

    private static String gasRequest() {
        return gasRequest(6, "PT1H", "m³", false);
    }

    private Answer postData(long sensor, String body, String token) {
        return post("/api/v3_0/sensors/" + sensor + "/data", body, token);
    }

    @SuppressWarnings("unchecked")
    private static List<Double> values(Answer answer) {
        assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
        return ((List<Object>) answer.get("values")).stream().map(v -> v == null ? null : ((Number) v).doubleValue()).toList();
    }

    /** The sensor's data for the hour of the gas request, in m³/h. */
    private List<Double> gasHour(long sensor) {
        return values(get("/api/v3_0/sensors/" + sensor + "/data?start=2021-06-07T00:00:00%2B02:00&duration=PT1H&unit=m%C2%B3/h", admin));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> message(Answer answer) {
        return (Map<String, Object>) answer.get("message");
    }

    @SuppressWarnings("unchecked")
    private static List<String> jsonErrors(Answer answer, String field) {
        return (List<String>) ((Map<String, Object>) message(answer).get("json")).get(field);
    }

    /** add_gas_measurements: [91.3, 91.7, 92.1] from 2021-05-02T00:00+02:00, every 10 minutes, by the supplier user. */
    private long gasSensorWithMeasurements() {
        long gas = gasSensor();
        Answer posted = postData(gas, "{\"values\": [91.3, 91.7, 92.1], \"start\": \"2021-05-02T00:00:00+02:00\", \"duration\": \"PT30M\", "
                + "\"horizon\": \"PT0H\", \"unit\": \"m³/h\"}", supplier);
        assertThat(posted.status()).as(posted.raw()).isEqualTo(200);
        return gas;
    }

    // ---------------------------------------------------------------- test_sensor_data.py

    @Test
    // test_sensor_data.py::test_get_no_sensor_data
    void test_get_no_sensor_data() {
        long gas = gasSensorWithMeasurements();
        Answer answer = get("/api/v3_0/sensors/" + gas + "/data?start=1921-05-02T00:00:00%2B02:00&duration=PT1H20M"
                + "&horizon=PT0H&unit=m%C2%B3/h&resolution=PT20M", supplier);
        assertThat(values(answer)).containsExactly(null, null, null, null);
    }

    @Test
    // test_sensor_data.py::test_get_sensor_data (both the /sensors/<id>/data endpoint and the old-style sensors/data with an entity address)
    @SuppressWarnings("unchecked")
    void test_get_sensor_data() {
        long gas = gasSensorWithMeasurements();
        Map<String, Object> stats = get("/api/v3_0/sensors/" + gas + "/stats", admin).map();
        String key = stats.keySet().iterator().next();
        String source = key.replaceAll(".*\\(ID: (\\d+)\\)$", "$1");
        String query = "start=2021-05-02T00:00:00%2B02:00&duration=PT1H20M&horizon=PT0H&unit=m%C2%B3/h&source=" + source + "&resolution=PT20M";

        Answer byId = get("/api/v3_0/sensors/" + gas + "/data?" + query, supplier);
        assertThat(values(byId)).containsExactly(91.5, 92.1, null, null);
        Answer byAddress = get("/api/v3_0/sensors/data?sensor=ea1.2021-01.io.flexmeasures:fm1." + gas
                + "&" + query, supplier);
        assertThat(values(byAddress)).containsExactly(91.5, 92.1, null, null);
    }

    @Test
    // test_sensor_data.py::test_get_instantaneous_sensor_data
    void test_get_instantaneous_sensor_data() {
        long temperature = temperatureSensor();
        String[] starts = {"2021-05-02T00:00:00+02:00", "2021-05-02T00:10:00+02:00", "2021-05-02T00:20:00+02:00"};
        double[] values = {815, 817, 818};
        for (int i = 0; i < 3; i++) {
            Answer posted = postData(temperature, "{\"values\": [" + values[i] + "], \"start\": \"" + starts[i]
                    + "\", \"duration\": \"PT0H\", \"horizon\": \"PT0H\", \"unit\": \"°C\"}", supplier);
            assertThat(posted.status()).as(posted.raw()).isEqualTo(200);
        }
        Answer answer = get("/api/v3_0/sensors/" + temperature + "/data?start=2021-05-02T00:00:00%2B02:00"
                + "&duration=PT1H20M&horizon=PT0H&unit=%C2%B0C&resolution=PT20M", supplier);
        assertThat(values(answer)).containsExactly(815.0, 818.0, null, null);
    }

    @Test
    // test_sensor_data.py::test_post_sensor_data_bad_auth (no auth → 401; a user outside the sensor's account → 403)
    void test_post_sensor_data_bad_auth() {
        long gas = gasSensor();
        assertThat(postData(gas, gasRequest(), null).status()).isEqualTo(401);
        assertThat(postData(gas, gasRequest(), dummyAdmin).status()).isEqualTo(403);
    }

    @Test
    // test_sensor_data.py::test_post_invalid_sensor_data (three of its four parametrisations; the error texts, not their
    // envelope: FlexMeasures nests them under message.combined_sensor_data_description, gridflex under message.json)
    void test_post_invalid_sensor_data() {
        long gas = gasSensor();
        Answer naive = postData(gas, gasRequest().replace(GAS_START, "2021-06-07T00:00:00"), supplier);
        assertThat(naive.status()).isEqualTo(422);
        assertThat(naive.raw()).contains("Not a valid aware datetime");
        // ("duration", "PT30M") → 422 "Resolution of 0:05:00 is incompatible": gridflex differs (see the report)
        Answer wrongUnit = postData(gas, gasRequest().replace("\"unit\": \"m³\"", "\"unit\": \"m\""), supplier);
        assertThat(wrongUnit.status()).isEqualTo(422);
        assertThat(wrongUnit.raw()).contains("Required unit");
        Answer wrongType = postData(gas, gasRequest().replace("PostSensorDataRequest", "GetSensorDataRequest"), supplier);
        assertThat(wrongType.status()).as(wrongType.raw()).isEqualTo(422);
        assertThat(wrongType.raw()).contains("Must be one of");
        Answer meterInGas = postData(gas, gasRequest().replace("PostSensorDataRequest", "PostMeterDataRequest"), supplier);
        assertThat(meterInGas.status()).as(meterInGas.raw()).isEqualTo(422);
        assertThat(meterInGas.raw()).contains("convertible to MW");
        assertThat(gasHour(gas)).containsOnlyNulls();
    }

    @Test
    // test_sensor_data.py::test_post_sensor_data_twice
    void test_post_sensor_data_twice() {
        long gas = gasSensor();
        Answer first = postData(gas, gasRequest(), supplier);
        assertThat(first.status()).isEqualTo(200);
        Answer second = postData(gas, gasRequest(), supplier);
        assertThat(second.status()).isEqualTo(200);
        assertThat((String) second.get("message")).contains("data has already been received");
        Answer replacing = postData(gas, gasRequest().replaceFirst("-11\\.28", "100"), supplier);
        assertThat(replacing.status()).isEqualTo(403);
        assertThat((String) replacing.get("message")).contains("data represents a replacement");
    }

    @Test
    // test_sensor_data.py::test_post_sensor_instantaneous_data (1 value → 200 "Request has been processed.", 1 row;
    // 2 values over a zero duration → 422, no rows)
    void test_post_sensor_instantaneous_data() {
        long one = temperatureSensor();
        Answer single = postData(one, gasRequest(1, "PT0H", "°C", false), supplier);
        assertThat(single.status()).isEqualTo(200);
        assertThat(single.map()).containsEntry("message", "Request has been processed.");
        assertThat(get("/api/v3_0/sensors/" + one + "/stats", admin).map().values()).singleElement()
                .satisfies(s -> assertThat(((Map<?, ?>) s).get("Number of values")).isEqualTo(1));

        long two = temperatureSensor();
        Answer overlapping = postData(two, gasRequest(2, "PT0H", "°C", false), supplier);
        assertThat(overlapping.status()).isEqualTo(422);
        assertThat(get("/api/v3_0/sensors/" + two + "/stats", admin).map()).isEmpty();
    }

    // ---------------------------------------------------------------- test_sensor_data_fresh_db.py

    @Test
    // test_sensor_data_fresh_db.py::test_post_sensor_data (nine parametrisations, each on a fresh gas sensor)
    void test_post_sensor_data() {
        Double n = null;
        double v = -11.28;
        checkPost(6, "m³/h", false, false, 200, List.of(v, v, v, v, v, v));
        checkPost(6, "m³/h", false, true, 200, List.of(v, v, v, v, v, v));
        checkPost(6, "m³/h", true, false, 200, java.util.Arrays.asList(n, v, v, v, v, v)); // the null does not enter the database
        checkPost(6, "m³", false, false, 200, List.of(6 * v, 6 * v, 6 * v, 6 * v, 6 * v, 6 * v));
        checkPost(6, "l/h", false, false, 200, List.of(v / 1000, v / 1000, v / 1000, v / 1000, v / 1000, v / 1000));
        checkPost(3, "m³/h", false, false, 200, List.of(v, v, v, v, v, v)); // upsampled from 20-minute intervals
        checkPost(1, "m³/h", false, false, 200, List.of(v, v, v, v, v, v)); // a single float for the hour
        checkPost(4, "m³/h", false, false, 422, java.util.Arrays.asList(n, n, n, n, n, n)); // 15-minute intervals
        checkPost(10, "m³/h", false, false, 422, java.util.Arrays.asList(n, n, n, n, n, n)); // 6-minute intervals
    }

    private void checkPost(int numValues, String unit, boolean includeANull, boolean oldStyle, int status, List<Double> expected) {
        long gas = gasSensor();
        assertThat(gasHour(gas)).containsOnlyNulls();
        String body = gasRequest(numValues, "PT1H", unit, includeANull);
        Answer answer = oldStyle
                ? post("/api/v3_0/sensors/data", body.replace("{", "{\"sensor\": \"ea1.2021-01.io.flexmeasures:fm1."
                        + gas + "\", "), supplier)
                : postData(gas, body, supplier);
        assertThat(answer.status()).as(numValues + " " + unit + " " + answer.raw()).isEqualTo(status);
        List<Double> stored = gasHour(gas);
        assertThat(stored).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            if (expected.get(i) == null) {
                assertThat(stored.get(i)).as(numValues + " " + unit + " at " + i).isNull();
            } else {
                assertThat(stored.get(i)).as(numValues + " " + unit + " at " + i).isCloseTo(expected.get(i), within(1e-9));
            }
        }
    }

    @Test
    // test_sensor_data_fresh_db.py::test_auto_fix_missing_registration_of_user_as_data_source
    void test_auto_fix_missing_registration_of_user_as_data_source() {
        user("improper_user@seita.nl", "Improper User", supplierAccount, "[]");
        String improper = tokenFor("improper_user@seita.nl", "testtest");
        long gas = gasSensor();
        assertThat(postData(gas, gasRequest(6, "PT1H", "m³/h", false), improper).status()).isEqualTo(200);
        Map<String, Object> stats = get("/api/v3_0/sensors/" + gas + "/stats", admin).map();
        assertThat(stats.keySet()).singleElement().asString().matches(".*\\(ID: \\d+\\)");
    }

    // ---------------------------------------------------------------- test_sensors_api.py

    @Test
    // test_sensors_api.py::test_fetch_sensors
    void test_fetch_sensors() {
        long account = id(post("/api/v3_0/accounts", "{\"name\": \"Fetch Account\"}", admin));
        user("fetcher@seita.nl", "Fetcher", account, "[]");
        String fetcher = tokenFor("fetcher@seita.nl", "testtest");
        long building = asset(account, "building", null);
        long battery = asset(account, "battery", building);
        long site = asset(account, "site", null);
        sensor(site, "some temperature sensor", "°C", "PT0M");
        sensor(site, "some gas sensor", "m³/h", "PT10M");
        sensor(site, "empty temperature sensor", "°C", "PT0M");
        sensor(battery, "power", "MW", "PT15M");
        sensor(building, "building power", "MW", "PT15M");

        Answer byUnit = get("/api/v3_0/sensors?asset_id=" + site + "&unit=%C2%B0C", fetcher);
        assertThat(byUnit.status()).isEqualTo(200);
        assertThat(byUnit.list()).hasSize(2);
        assertThat(byUnit.list().get(0)).containsEntry("name", "some temperature sensor").containsEntry("unit", "°C")
                .containsEntry("generic_asset_id", (int) site);

        Answer withClients = get("/api/v3_0/sensors?asset_id=" + site
                + "&unit=%C2%B0C&include_consultancy_clients=true", fetcher);
        assertThat(withClients.status()).isEqualTo(200);
        assertThat(withClients.list()).hasSize(2);
        Answer gasUnit = get("/api/v3_0/sensors?asset_id=" + site + "&unit=m%C2%B3/h", fetcher);
        assertThat(gasUnit.list()).singleElement().satisfies(s -> assertThat(s).containsEntry("name", "some gas sensor"));

        Answer tree = get("/api/v3_0/sensors?asset_id=" + building, fetcher);
        assertThat(tree.status()).isEqualTo(200);
        assertThat(tree.list()).hasSize(2);
        assertThat(tree.list().get(0)).containsEntry("name", "power").containsEntry("generic_asset_id", (int) battery);

        // both account_id and asset_id → 422 in FlexMeasures: gridflex differs (see the report)
        assertThat(get("/api/v3_0/sensors?asset_id=" + site, dummyAdmin).status()).isEqualTo(403);
        assertThat(get("/api/v3_0/sensors?account_id=" + dummyAccount, fetcher).status()).isEqualTo(403);

        Answer paged = get("/api/v3_0/sensors?asset_id=" + site + "&page=1", fetcher);
        assertThat(paged.status()).isEqualTo(200);
        assertThat(paged.map()).containsEntry("num-records", 3).containsEntry("filtered-records", 3);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> data = (List<Map<String, Object>>) paged.get("data");
        assertThat(data.get(0)).containsKey("unit");

        // filter='some temperature sensor' (quoted) → 1 result in FlexMeasures: gridflex differs (see the report)
    }

    @Test
    // test_sensors_api.py::test_fetch_one_sensor
    void test_fetch_one_sensor() {
        long gas = gasSensor();
        Answer answer = get("/api/v3_0/sensors/" + gas, supplier);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.map()).containsEntry("unit", "m³/h").containsEntry("timezone", "UTC").containsEntry("event_resolution", "PT10M")
                .containsEntry("generic_asset_id", (int) incinerationLine);
        assertThat((String) answer.get("name")).startsWith("some gas sensor");
        assertThat(get("/api/v3_0/assets/" + incinerationLine, admin).map()).containsEntry("name", "incineration line");
    }

    @Test
    // test_sensors_api.py::test_fetch_one_sensor_no_auth
    void test_fetch_one_sensor_no_auth() {
        long gas = gasSensor();
        Answer anonymous = get("/api/v3_0/sensors/" + gas, null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.map()).containsEntry("message", "You could not be properly authenticated for this content or functionality.")
                .containsEntry("status", "UNAUTHORIZED");
        Answer outsider = get("/api/v3_0/sensors/" + gas, prosumer2);
        assertThat(outsider.status()).isEqualTo(403);
        assertThat(outsider.map()).containsEntry("message", "You cannot be authorized for this content or functionality.")
                .containsEntry("status", "INVALID_SENDER");
    }

    /** get_sensor_post_data(generic_asset_id). */
    private static String sensorPostData(long asset) {
        return "{\"name\": \"power\", \"event_resolution\": \"PT1H\", \"unit\": \"kWh\", \"generic_asset_id\": " + asset
                + ", \"attributes\": \"{\\\"capacity_in_mw\\\": 0.0074, \\\"max_soc_in_mwh\\\": 0.04, \\\"min_soc_in_mwh\\\": 0.008}\"}";
    }

    @Test
    // test_sensors_api.py::test_post_a_sensor (the audit-log sentence differs: see the report)
    void test_post_a_sensor() {
        long battery = asset(supplierAccount, "Test battery", null);
        Answer answer = post("/api/v3_0/sensors", sensorPostData(battery), admin);
        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.map()).containsEntry("name", "power").containsEntry("event_resolution", "PT1H")
                .containsEntry("generic_asset_id", (int) battery).containsEntry("unit", "kWh");
    }

    private Answer upload(long sensor, String name, String type, byte[] content) {
        MultipartBody body = MultipartBody.builder().addPart("uploaded-files", name, MediaType.of(type), content).build();
        return send(HttpRequest.POST("/api/v3_0/sensors/" + sensor + "/data/upload", body)
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE), admin);
    }

    @Test
    // test_sensors_api.py::test_upload_csv_file (gas and temperature sensor: 200 or 400; the audit-log entry differs: see the report)
    void test_upload_csv_file() {
        byte[] csv = ("event_start,event_value\n2022-12-16T05:11:00Z,4\n2022-12-16T06:11:00Z,2\n2022-12-16T07:11:00Z,6\n")
                .getBytes(StandardCharsets.UTF_8);
        long gas = gasSensor();
        assertThat(upload(gas, "test.csv", "text/csv", csv).status()).isIn(200, 400);
        long temperature = temperatureSensor();
        assertThat(upload(temperature, "test.csv", "text/csv", csv).status()).isIn(200, 400);
    }

    @Test
    // test_sensors_api.py::test_upload_excel_file
    void test_upload_excel_file() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet();
            Object[][] rows = {{"event_start", "event_value"}, {"2022-12-16T08:11:00Z", 3}, {"2022-12-16T09:11:00Z", 8},
                    {"2022-12-16T10:11:00Z", 4}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue((String) rows[r][0]);
                if (rows[r][1] instanceof Integer number) {
                    row.createCell(1).setCellValue(number);
                } else {
                    row.createCell(1).setCellValue((String) rows[r][1]);
                }
            }
            workbook.write(bytes);
        }
        long gas = gasSensor();
        assertThat(upload(gas, "test.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes.toByteArray())
                .status()).isIn(200, 400);
    }

    @Test
    // test_sensors_api.py::test_verify_data_exists_for_sensor (more than 6 beliefs on the gas sensor, here read through /stats)
    @SuppressWarnings("unchecked")
    void test_verify_data_exists_for_sensor() {
        long gas = gasSensorWithMeasurements();
        assertThat(postData(gas, gasRequest(), admin).status()).isEqualTo(200);
        int count = 0;
        for (Object figures : get("/api/v3_0/sensors/" + gas + "/stats", admin).map().values()) {
            count += ((Number) ((Map<String, Object>) figures).get("Number of values")).intValue();
        }
        assertThat(count).isGreaterThan(6);
    }

    @Test
    // test_sensors_api.py::test_post_sensor_to_asset_from_unrelated_account
    void test_post_sensor_to_asset_from_unrelated_account() {
        Answer answer = post("/api/v3_0/sensors", sensorPostData(dummyAsset), supplier);
        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.map()).containsEntry("message", "You cannot be authorized for this content or functionality.")
                .containsEntry("status", "INVALID_SENDER");
    }

    @Test
    // test_sensors_api.py::test_patch_sensor (the audit-log sentence differs: see the report)
    @SuppressWarnings("unchecked")
    void test_patch_sensor() {
        long gas = gasSensor();
        Answer answer = patch("/api/v3_0/sensors/" + gas, "{\"name\": \"Changed name\", \"attributes\": "
                + "\"{\\\"test_attribute\\\": \\\"test_attribute_value\\\"}\"}", admin);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.map()).containsEntry("name", "Changed name");
        Answer fetched = get("/api/v3_0/sensors/" + gas, admin);
        assertThat(fetched.map()).containsEntry("name", "Changed name");
        Object attributes = fetched.get("attributes");
        Map<String, Object> parsed;
        try {
            parsed = attributes instanceof String text ? json.readValue(text, Map.class) : (Map<String, Object>) attributes;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertThat(parsed).containsEntry("test_attribute", "test_attribute_value");
    }

    @Test
    // test_sensors_api.py::test_patch_sensor_for_excluded_attribute (generic_asset_id, entity_address, id → 422 naming the field;
    // FlexMeasures' text "Unknown field." differs from gridflex's: see the report)
    void test_patch_sensor_for_excluded_attribute() {
        long temperature = temperatureSensor();
        for (String body : List.of("{\"generic_asset_id\": " + dummyAsset + "}", "{\"entity_address\": \"ea1.2025-01.io.flexmeasures:fm1.1\"}",
                "{\"id\": 7}")) {
            Answer answer = patch("/api/v3_0/sensors/" + temperature, body, admin);
            assertThat(answer.status()).isEqualTo(422);
            assertThat(answer.map()).containsEntry("status", "UNPROCESSABLE_ENTITY");
            String field = body.substring(2, body.indexOf('"', 2));
            assertThat(jsonErrors(answer, field)).as("the field is named; FlexMeasures' text is \"Unknown field.\"").isNotEmpty();
        }
    }

    @Test
    // test_sensors_api.py::test_patch_sensor_non_admin
    void test_patch_sensor_non_admin() {
        long temperature = temperatureSensor();
        Answer answer = patch("/api/v3_0/sensors/" + temperature, "{\"name\": \"try to change the name\"}", supplier);
        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.map()).containsEntry("status", "INVALID_SENDER");
    }

    @Test
    // test_sensors_api.py::test_delete_a_sensor_data (the audit-log entry differs: see the report)
    void test_delete_a_sensor_data() {
        long temperature = temperatureSensor();
        assertThat(postData(temperature, gasRequest(1, "PT0H", "°C", false), admin).status()).isEqualTo(200);
        assertThat(get("/api/v3_0/sensors/" + temperature + "/stats", admin).map()).isNotEmpty();
        Answer deleted = send(HttpRequest.DELETE("/api/v3_0/sensors/" + temperature + "/data"), admin);
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(get("/api/v3_0/sensors/" + temperature, admin).status()).isEqualTo(200);
        assertThat(get("/api/v3_0/sensors/" + temperature + "/stats", admin).map()).isEmpty();
    }

    @Test
    // test_sensors_api.py::test_delete_a_sensor (the audit-log sentence differs: see the report)
    void test_delete_a_sensor() {
        long temperature = temperatureSensor();
        assertThat(postData(temperature, gasRequest(1, "PT0H", "°C", false), admin).status()).isEqualTo(200);
        int before = get("/api/v3_0/sensors?asset_id=" + incinerationLine, admin).list().size();
        Answer deleted = send(HttpRequest.DELETE("/api/v3_0/sensors/" + temperature), admin);
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(get("/api/v3_0/sensors/" + temperature, admin).status()).isEqualTo(404);
        assertThat(get("/api/v3_0/sensors?asset_id=" + incinerationLine, admin).list()).hasSize(before - 1);
    }

    @Test
    // test_sensors_api.py::test_fetch_sensor_stats (per source: description (ID: n) → count, mean, sum; the query cache is not replayable)
    @SuppressWarnings("unchecked")
    void test_fetch_sensor_stats() {
        long gas = gasSensorWithMeasurements();
        StringJoiner thirtySix = new StringJoiner(", ", "[", "]");
        for (int i = 0; i < 36; i++) {
            thirtySix.add("4.5");
        }
        assertThat(postData(gas, "{\"values\": " + thirtySix + ", \"start\": \"2021-05-03T00:00:00+02:00\", \"duration\": \"PT6H\", "
                + "\"unit\": \"m³/h\"}", admin).status()).isEqualTo(200);
        Answer answer = get("/api/v3_0/sensors/" + gas + "/stats", supplier);
        assertThat(answer.status()).isEqualTo(200);
        Map<String, Object> stats = answer.map();
        assertThat(stats).hasSize(2);
        for (Map.Entry<String, Object> entry : stats.entrySet()) {
            Map<String, Object> record = (Map<String, Object>) entry.getValue();
            assertThat(record).containsKeys("First event start", "Last event end", "Min value", "Max value");
            boolean isSupplier = entry.getKey().matches("Test Supplier User \\(ID: \\d+\\)");
            double mean = isSupplier ? 91.7 : 4.5;
            double sum = isSupplier ? 275.1 : 162.0;
            int count = isSupplier ? 3 : 36;
            assertThat(((Number) record.get("Mean value")).doubleValue()).isCloseTo(mean, within(1e-5 * mean));
            assertThat(((Number) record.get("Sum over values")).doubleValue()).isCloseTo(sum, within(1e-5 * sum));
            assertThat(((Number) record.get("Number of values")).intValue()).isEqualTo(count);
        }
        assertThat(stats.keySet()).anyMatch(k -> k.matches("Test Supplier User \\(ID: \\d+\\)"));
    }
}
