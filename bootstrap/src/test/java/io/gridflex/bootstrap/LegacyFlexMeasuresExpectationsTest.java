package io.gridflex.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * FlexMeasures v0.12.3's own tests of its legacy API v1/v1.1, replayed against gridflex: one test
 * per expectation E1–E38 and D1–D8 of the research (/work/research/fm-v1_1-expectations.md), with
 * FlexMeasures' fixtures rebuilt from gridflex's accounts, assets and sensors. Where gridflex
 * differs deliberately (no USEF account roles, addresses, output shape, sources, signs), the test
 * asserts gridflex's answer; docs/api-flexmeasures-v1_1.md lists each difference and why.
 */
@TestMethodOrder(MethodOrderer.MethodName.class) // z_… restarts the server with the legacy API off: it runs last
class LegacyFlexMeasuresExpectationsTest extends ApiTest {

    private static final String EA = "ea1.2026-01.localhost:";
    private static final String DEPRECATION = "Tue, 13 Dec 2022 23:59:59 GMT";
    private static final String PRICES = "[52.37, 51.14, 49.09, 48.35, 48.47, 49.98, 58.7, 67.76, 69.21, 70.26, 70.46, 70, 70.7, "
            + "70.41, 70, 64.53, 65.92, 69.72, 70.51, 75.49, 70.35, 70.01, 66.98, 58.61]";
    private static final String WIND = "[20.04, 20.23, 20.41, 20.51, 20.55, 20.57]";

    private final AtomicInteger counter = new AtomicInteger();
    private String admin;
    private String prosumer;
    private String prosumer2;
    private String improper;
    private String dummy;
    private long account;
    private long dummyAccount;
    private long cs1;
    private long cs2;
    private long cs3;
    private long cs4;
    private long cs5;
    private long epexDa;
    private long windSpeed;
    private long temperature;

    // ---- fixture: FlexMeasures' conftest.py, in gridflex's terms

    @BeforeAll
    void fixture() {
        admin = adminToken();
        account = id(post("/api/v3_0/accounts", "{\"name\": \"Test Prosumer Account\"}", admin));
        dummyAccount = id(post("/api/v3_0/accounts", "{\"name\": \"Test Dummy Account\"}", admin));
        prosumer = user("test_prosumer_user@example.org", account);
        prosumer2 = user("test_prosumer_user_2@example.org", account);
        improper = user("test_improper_user@example.org", account);
        dummy = user("test_dummy_user_3@example.org", dummyAccount);

        cs1 = connection("CS 1", "PT15M", "");
        cs2 = connection("CS 2", "PT15M", "");
        cs3 = connection("CS 3", "PT15M", "");
        cs4 = connection("CS 4", "PT1H", "");
        cs5 = connection("CS 5", "PT15M", "");
        epexDa = sensorOn(asset("epex", accountField(), ""), "epex_da", "EUR/MWh", "PT1H", "");
        long station = asset("Test weather station", accountField(), ", \"latitude\": 33.4843866, \"longitude\": 126");
        windSpeed = sensorOn(station, "wind speed", "m/s", "PT5M", "");
        temperature = sensorOn(station, "temperature", "°C", "PT5M", "");

        // v1.1 module data: prognoses held 6 hours before each event is known (FlexMeasures: horizon 6h, source 1)
        StringBuilder up = new StringBuilder();
        StringBuilder down = new StringBuilder();
        StringBuilder small = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            String sep = i == 0 ? "" : ", ";
            up.append(sep).append(300 + i);
            down.append(sep).append(300 - i);
            small.append(sep).append(i);
        }
        v3Post(cs1, "[" + up + "]", "\"horizon\": \"PT6H\"", prosumer);
        v3Post(cs2, "[" + down + "]", "\"horizon\": \"PT6H\"", prosumer);
        v3Post(cs3, "[" + small + "]", "\"horizon\": \"PT6H\"", prosumer);

        // v1 module data: CS 5 measured by two sources; the prosumer's own belief is the later one
        v3Post(cs5, "[100, 101, 102, 103, 104, 105]", "\"prior\": \"2015-01-01T02:30:00Z\"", prosumer);
        v3Post(cs5, "[1000, 990, 980, 970, 960, 950]", "\"prior\": \"2015-01-01T01:30:00Z\"", prosumer2);
    }

    private String user(String email, long accountId) {
        Answer created = post("/api/v3_0/users", "{\"email\": \"" + email + "\", \"password\": \"password-1\", \"account_id\": "
                + accountId + "}", admin);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return tokenFor(email, "password-1");
    }

    private String accountField() {
        return "\"account_id\": " + account;
    }

    private long asset(String name, String accountField, String fields) {
        Answer asset = post("/api/v3_0/assets", "{\"name\": \"" + name + " " + counter.incrementAndGet()
                + "\", \"generic_asset_type_id\": 1, " + accountField + fields + "}", admin);
        assertThat(asset.status()).as(asset.raw()).isEqualTo(201);
        return id(asset);
    }

    private long sensorOn(long asset, String name, String unit, String resolution, String fields) {
        Answer sensor = post("/api/v3_0/sensors", "{\"name\": \"" + name + "\", \"unit\": \"" + unit + "\", \"event_resolution\": \""
                + resolution + "\", \"generic_asset_id\": " + asset + fields + "}", admin);
        assertThat(sensor.status()).as(sensor.raw()).isEqualTo(201);
        return id(sensor);
    }

    /** A power sensor in MW on an asset of its own in the prosumer's account. */
    private long connection(String name, String resolution, String sensorFields) {
        return sensorOn(asset(name, accountField(), ""), name, "MW", resolution, sensorFields);
    }

    private void v3Post(long sensor, String values, String belief, String token) {
        Answer posted = post("/api/v3_0/sensors/" + sensor + "/data", "{\"values\": " + values + ", \"start\": \"2015-01-01T00:00:00Z\", "
                + "\"duration\": \"PT1H30M\", \"unit\": \"MW\", " + belief + "}", token);
        assertThat(posted.status()).as(posted.raw()).isEqualTo(200);
    }

    private List<Double> v3Values(long sensor, String query, String token) {
        Answer read = get("/api/v3_0/sensors/" + sensor + "/data?" + query, token);
        assertThat(read.status()).as(read.raw()).isEqualTo(200);
        return values(read.get("values"));
    }

    private String address(long sensor) {
        return EA + account + ":" + sensor;
    }

    private static String fm1(long sensor) {
        return EA + "fm1." + sensor;
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    private static List<Double> values(Object values) {
        return ((List<Object>) values).stream().map(v -> v == null ? null : ((Number) v).doubleValue()).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> groups(Answer answer) {
        return (List<Map<String, Object>>) answer.get("groups");
    }

    private static void assertValues(List<Double> actual, double... expected) {
        assertThat(actual).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual.get(i)).as("value %d of %s", i, actual).isCloseTo(expected[i], within(1e-9));
        }
    }

    /** An answer with its headers, from a plain JDK client (which also sends bodies with GETs). */
    private record Reply(int status, Map<String, Object> map, String raw, java.net.http.HttpHeaders headers) {
        Object get(String key) {
            return map.get(key);
        }
    }

    @SuppressWarnings("unchecked")
    private Reply call(String method, String path, String body, String token) {
        try {
            java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(server.getURI().resolve(path))
                    .method(method, body == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                            : java.net.http.HttpRequest.BodyPublishers.ofString(body))
                    .header("Content-Type", "application/json");
            if (token != null) {
                request.header("Authorization", token);
            }
            java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient()
                    .send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            Map<String, Object> map = response.body().isBlank() ? Map.of() : json.readValue(response.body(), Map.class);
            return new Reply(response.statusCode(), map, response.body(), response.headers());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void assertDeprecated(Reply reply, String version) {
        assertThat(reply.headers().firstValue("Deprecation")).as(reply.headers().map().toString()).contains(DEPRECATION);
        assertThat(reply.headers().allValues("Link")).anySatisfy(link -> assertThat(link)
                .contains("api/" + version + ".html").contains("rel=\"deprecation\""));
    }

    private static void assertStatus(Answer answer, int code, String status, String type) {
        assertThat(answer.status()).as(answer.raw()).isEqualTo(code);
        assertThat(answer.map()).as(answer.raw()).containsEntry("status", status).containsEntry("type", type);
    }

    private static void assertStatus(Reply reply, int code, String status, String type) {
        assertThat(reply.status()).as(reply.raw()).isEqualTo(code);
        assertThat(reply.map()).as(reply.raw()).containsEntry("status", status).containsEntry("type", type);
    }

    private static final String METER_QUERY = "type=GetMeterDataRequest&start=2015-01-01T00:00:00Z&duration=PT1H30M";

    /** The CS 1..3 names, as FlexMeasures' v1 tests sent them (not addresses). */
    private static String rawNames() {
        return "connections=" + q("CS 1") + "&connections=" + q("CS 2") + "&connections=" + q("CS 3");
    }

    private String prognosisQuery(String changes, long... connections) {
        StringBuilder query = new StringBuilder("/api/v1_1/getPrognosis?type=GetPrognosisRequest&start=2015-01-01T00:00:00Z"
                + "&duration=PT1H30M&horizon=PT6H&resolution=PT15M&unit=MW");
        for (long c : connections) {
            query.append("&connections=").append(q(address(c)));
        }
        return query + changes;
    }

    private String pricesBody(String start, String duration, String values, String unit) {
        return "{\"type\": \"PostPriceDataRequest\", \"market\": \"" + EA + "epex_da\", \"values\": " + values + ", \"start\": \""
                + start + "\", \"duration\": \"" + duration + "\", \"horizon\": \"P1DT11H\", \"unit\": \"" + unit + "\"}";
    }

    private static String weatherBody(String sensor, String horizon, String unit) {
        return "{\"type\": \"PostWeatherDataRequest\", \"groups\": [{\"sensor\": \"" + EA + sensor + ":33.4843866:126\", \"values\": "
                + WIND + "}], \"start\": \"2015-01-01T15:00:00+09:00\", \"duration\": \"PT30M\", \"horizon\": \"" + horizon
                + "\", \"unit\": \"" + unit + "\"}";
    }

    private String meterPost(String connections, String values, String extra) {
        return "{\"type\": \"PostMeterDataRequest\", \"connections\": [" + connections + "], \"values\": " + values
                + ", \"start\": \"2015-01-01T00:00:00Z\", \"duration\": \"PT1H30M\", \"unit\": \"MW\"" + extra + "}";
    }

    private String quoted(long sensor) {
        return "\"" + address(sensor) + "\"";
    }

    // ---- v1: api/v1/tests/test_api_v1.py

    @Test
    // test_api_v1.py::test_get_service[{}]
    void e01_get_service_v1_lists_its_services() {
        Reply reply = call("GET", "/api/v1/getService", null, null);
        assertStatus(reply, 200, "PROCESSED", "GetServiceResponse");
        assertThat(reply.map()).containsEntry("version", "1.0").containsEntry("message", "Request has been processed.");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> services = (List<Map<String, Object>>) reply.get("services");
        assertThat(services).extracting(s -> s.get("name")).containsExactly("getMeterData", "postMeterData");
        assertDeprecated(reply, "v1");
        // GET /api/ lists the legacy versions while they are served (and carries no deprecation)
        Reply root = call("GET", "/api/", null, null);
        assertThat(root.status()).isEqualTo(200);
        assertThat(List.copyOf((List<?>) root.get("versions")).stream().map(Object::toString).toList()).containsExactly("v1", "v1_1", "v3_0");
        assertThat(root.headers().firstValue("Deprecation")).isEmpty();
    }

    @Test
    // test_api_v1.py::test_get_service[access=Prosumer]
    void e02_get_service_v1_filters_by_role() {
        Answer answer = get("/api/v1/getService?access=Prosumer", null);
        assertStatus(answer, 200, "PROCESSED", "GetServiceResponse");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> services = (List<Map<String, Object>>) answer.get("services");
        assertThat(services).isNotEmpty().allSatisfy(s -> assertThat(((List<?>) s.get("access")).stream().map(Object::toString).toList()).contains("Prosumer"));
    }

    @Test
    // test_api_v1.py::test_unauthorized_request
    void e03_unauthenticated_get_meter_data_is_401() {
        Reply reply = call("GET", "/api/v1/getMeterData?" + METER_QUERY + "&unit=MW", null, null);
        assertStatus(reply, 401, "UNAUTHORIZED", "GetMeterDataResponse");
        assertThat(reply.map()).containsEntry("message", "You could not be properly authenticated for this content or functionality.");
        assertDeprecated(reply, "v1");
    }

    @Test
    // test_api_v1.py::test_no_connection_in_get_request
    void e04_no_connection_in_get_request() {
        Answer answer = get("/api/v1/getMeterData?" + METER_QUERY + "&unit=MW", prosumer);
        assertStatus(answer, 400, "UNRECOGNIZED_CONNECTION_GROUP", "GetMeterDataResponse");
        assertThat(answer.map()).containsEntry("result", "Rejected");
        assertThat((String) answer.get("message")).startsWith("One or more connections in your request were not found in your account.");
    }

    @Test
    // test_api_v1.py::test_invalid_connection_in_get_request
    void e05_invalid_connection_in_get_request() {
        Answer answer = get("/api/v1/getMeterData?" + METER_QUERY + "&unit=MW&connections=" + q("Non-existing asset 1")
                + "&connections=" + q("Non-existing asset 2"), prosumer);
        assertStatus(answer, 400, "INVALID_DOMAIN", "GetMeterDataResponse");
        assertThat((String) answer.get("message")).contains("EA1 addressing scheme").contains("Non-existing asset 1");
    }

    @Test
    // test_api_v1.py::test_invalid_or_no_unit[GET, no unit]
    void e06_get_meter_data_without_unit() {
        Answer answer = get("/api/v1/getMeterData?" + METER_QUERY + "&" + rawNames(), prosumer);
        assertStatus(answer, 400, "INVALID_UNIT", "GetMeterDataResponse");
        assertThat(answer.map()).containsEntry("message", "Data for power should be given in MW.");
    }

    @Test
    // test_api_v1.py::test_invalid_or_no_unit[GET, unit MW/h]
    void e07_get_meter_data_with_unit_mw_per_h() {
        Answer answer = get("/api/v1/getMeterData?" + METER_QUERY + "&" + rawNames() + "&unit=" + q("MW/h"), prosumer);
        assertStatus(answer, 400, "INVALID_UNIT", "GetMeterDataResponse");
        assertThat(answer.map()).containsEntry("message", "Data for power should be given in MW.");
    }

    @Test
    // test_api_v1.py::test_invalid_or_no_unit[POST, no unit]
    void e08_post_to_get_meter_data_without_unit() {
        Answer answer = post("/api/v1/getMeterData", "{\"type\": \"GetMeterDataRequest\", \"connections\": [\"CS 1\", \"CS 2\", \"CS 3\"], "
                + "\"start\": \"2015-01-01T00:00:00Z\", \"duration\": \"PT1H30M\"}", prosumer);
        assertStatus(answer, 400, "INVALID_UNIT", "GetMeterDataResponse");
        assertThat(answer.map()).containsEntry("message", "Data for power should be given in MW.");
    }

    @Test
    // test_api_v1.py::test_invalid_or_no_unit[POST, unit MW/h]
    void e09_post_to_get_meter_data_with_unit_mw_per_h() {
        Answer answer = post("/api/v1/getMeterData", "{\"type\": \"GetMeterDataRequest\", \"connections\": [\"CS 1\", \"CS 2\", \"CS 3\"], "
                + "\"start\": \"2015-01-01T00:00:00Z\", \"duration\": \"PT1H30M\", \"unit\": \"MW/h\"}", prosumer);
        assertStatus(answer, 400, "INVALID_UNIT", "GetMeterDataResponse");
        assertThat(answer.map()).containsEntry("message", "Data for power should be given in MW.");
    }

    @Test
    // test_api_v1.py::test_invalid_sender_and_logout (test_dummy_user_3, CS 1..3)
    void e10_user_of_another_account_gets_unrecognized_connection_group() {
        // FlexMeasures: 403 INVALID_SENDER for an account without a USEF role; gridflex has no such roles,
        // so the dummy account's user is refused because CS 1..3 are not in its account
        Reply reply = call("GET", "/api/v1/getMeterData?" + METER_QUERY + "&unit=MW&connections=" + q(address(cs1))
                + "&connections=" + q(address(cs2)) + "&connections=" + q(address(cs3)), null, dummy);
        assertStatus(reply, 400, "UNRECOGNIZED_CONNECTION_GROUP", "GetMeterDataResponse");
        assertDeprecated(reply, "v1");
        // the same connections for their own account's user
        Answer own = get("/api/v1/getMeterData?" + METER_QUERY + "&unit=MW&connections=" + q(address(cs1)), prosumer);
        assertStatus(own, 200, "PROCESSED", "GetMeterDataResponse");
        // (FlexMeasures' logout → 302 is a web-page redirect, not part of this API: not replayed)
    }

    @Test
    // test_api_v1.py::test_invalid_sender_and_logout (demo@seita.nl, connection=CS 0)
    void e11_posting_to_a_public_connection_needs_an_admin() {
        // FlexMeasures: 403 INVALID_SENDER for a role-less user reading its own CS 0. gridflex has no USEF
        // roles: what it refuses with INVALID_SENDER is a write its permissions do not allow, such as a
        // non-admin posting to a public asset's sensor (which every logged-in user may read)
        long cs0 = sensorOn(asset("CS 0", "\"account_id\": null", ""), "CS 0", "MW", "PT15M", "");
        Reply refused = call("POST", "/api/v1/postMeterData", "{\"type\": \"PostMeterDataRequest\", \"connection\": \"" + fm1(cs0)
                + "\", \"values\": [1, 2], \"start\": \"2015-01-01T00:00:00Z\", \"duration\": \"PT30M\", \"unit\": \"MW\"}", dummy);
        assertStatus(refused, 403, "INVALID_SENDER", "PostMeterDataResponse");
        assertThat(refused.map()).containsEntry("message", "You cannot be authorized for this content or functionality.");
        assertDeprecated(refused, "v1");
        Reply read = call("GET", "/api/v1/getMeterData?" + METER_QUERY + "&unit=MW&connection=" + q(fm1(cs0)), null, dummy);
        assertStatus(read, 200, "PROCESSED", "GetMeterDataResponse");
        assertThat(read.map()).containsEntry("connection", fm1(cs0)).containsEntry("values", List.of());
        Answer byAdmin = post("/api/v1/postMeterData", "{\"type\": \"PostMeterDataRequest\", \"connection\": \"" + fm1(cs0)
                + "\", \"values\": [1, 2], \"start\": \"2015-01-01T00:00:00Z\", \"duration\": \"PT30M\", \"unit\": \"MW\"}", admin);
        assertStatus(byAdmin, 200, "PROCESSED", "PostMeterDataResponse");
    }

    @Test
    // test_api_v1.py::test_invalid_resolution_str
    void e12_invalid_resolution_string() {
        Answer answer = get("/api/v1/getMeterData?" + METER_QUERY + "&unit=MW&" + rawNames() + "&resolution=15M", prosumer);
        assertStatus(answer, 400, "INVALID_RESOLUTION", "GetMeterDataResponse");
        assertThat(answer.map()).containsEntry("message", "The resolution string cannot be parsed as ISO8601 duration: 15M");
    }

    @Test
    // test_api_v1.py::test_get_meter_data[no source]
    void e13_get_meter_data_returns_own_values() {
        Answer answer = get("/api/v1/getMeterData?" + METER_QUERY + "&unit=MW&connection=" + q(address(cs5)), prosumer);
        assertStatus(answer, 200, "PROCESSED", "GetMeterDataResponse");
        assertThat(answer.map()).containsEntry("connection", address(cs5)).containsEntry("start", "2015-01-01T00:00:00Z")
                .containsEntry("duration", "PT1H30M").containsEntry("unit", "MW").containsEntry("message", "Request has been processed.");
        assertValues(values(answer.get("values")), 100, 101, 102, 103, 104, 105);
        // stored consumption-positive, as gridflex stores power (FlexMeasures stored −(100+i))
        assertValues(v3Values(cs5, "start=2015-01-01T00:00:00Z&duration=PT1H30M&unit=MW&prior=2015-01-01T02:30:00Z", prosumer),
                100, 101, 102, 103, 104, 105);
    }

    /** The gridflex data source id of the user who posted {@code first} as CS 5's first value. */
    private long sourceOf(double first) {
        for (long source = 1; source <= 50; source++) {
            Answer read = get("/api/v3_0/sensors/" + cs5 + "/data?start=2015-01-01T00:00:00Z&duration=PT15M&unit=MW&source=" + source,
                    admin);
            if (read.status() == 200 && Double.valueOf(first).equals(values(read.get("values")).get(0))) {
                return source;
            }
        }
        throw new AssertionError("no source posted " + first);
    }

    @Test
    // test_api_v1.py::test_get_meter_data[source=Prosumer]
    void e14_get_meter_data_passes_over_a_role_name_as_source() {
        // gridflex: a role name names no source and is passed over, so this is the read of e13
        Answer answer = get("/api/v1/getMeterData?" + METER_QUERY + "&unit=MW&source=Prosumer&connection=" + q(address(cs5)), prosumer);
        assertStatus(answer, 200, "PROCESSED", "GetMeterDataResponse");
        assertValues(values(answer.get("values")), 100, 101, 102, 103, 104, 105);
    }

    @Test
    // test_api_v1.py::test_get_meter_data[source=Prosumer&source=109304]
    void e15_get_meter_data_by_source_ids() {
        long own = sourceOf(100);
        long other = sourceOf(1000);
        Answer answer = get("/api/v1/getMeterData?" + METER_QUERY + "&unit=MW&source=Prosumer&source=" + own + "&connection="
                + q(address(cs5)), prosumer);
        assertStatus(answer, 200, "PROCESSED", "GetMeterDataResponse");
        assertValues(values(answer.get("values")), 100, 101, 102, 103, 104, 105);
        // gridflex's source takes source ids: the other user's source gives its values
        Answer theirs = get("/api/v1/getMeterData?" + METER_QUERY + "&unit=MW&source=" + other + "&connection=" + q(address(cs5)), prosumer);
        assertStatus(theirs, 200, "PROCESSED", "GetMeterDataResponse");
        assertValues(values(theirs.get("values")), 1000, 990, 980, 970, 960, 950);
        // a source id that names no source finds nothing (FlexMeasures added the user's own source)
        Answer none = get("/api/v1/getMeterData?" + METER_QUERY + "&unit=MW&source=Prosumer&source=109304&connection="
                + q(address(cs5)), prosumer);
        assertStatus(none, 200, "PROCESSED", "GetMeterDataResponse");
        assertThat(values(none.get("values"))).isEmpty();
    }

    @Test
    // test_api_v1.py::test_post_meter_data_to_different_resolutions
    void e16_post_meter_data_to_different_resolutions() {
        Answer answer = post("/api/v1/postMeterData", "{\"type\": \"PostMeterDataRequest\", \"groups\": ["
                + "{\"connections\": [" + quoted(cs1) + ", " + quoted(cs2) + "], \"values\": [306.66, 306.66, 0, 0, 306.66, 306.66]},"
                + "{\"connection\": [" + quoted(cs4) + "], \"values\": [306.66, 0, 0, 0, 306.66, 306.66]}],"
                + "\"start\": \"2015-01-01T00:00:00Z\", \"duration\": \"PT1H30M\", \"horizon\": \"PT0H\", \"unit\": \"MW\"}", prosumer);
        assertStatus(answer, 400, "INVALID_RESOLUTION", "PostMeterDataResponse");
        assertThat((String) answer.get("message")).contains("assets do not have matching resolutions").contains("CS 1").contains("CS 4");
    }

    // ---- v1: api/v1/tests/test_api_v1_fresh_db.py

    @Test
    // test_api_v1_fresh_db.py::test_post_and_get_meter_data (3 posts × 3 gets)
    void e17_post_and_get_meter_data() {
        for (char variant : new char[] {'a', 'b', 'c'}) {
            long c1 = connection("CS 1", "PT15M", "");
            long c2 = connection("CS 2", "PT15M", "");
            long c3 = connection("CS 3", "PT15M", "");
            String fields = "\"start\": \"2015-01-01T00:00:00Z\", \"duration\": \"PT1H30M\", \"horizon\": \"PT0H\", \"unit\": \"MW\"";
            String body = switch (variant) {
                case 'a' -> "{\"type\": \"PostMeterDataRequest\", \"groups\": ["
                        + "{\"connections\": [" + quoted(c1) + ", " + quoted(c2) + "], \"values\": [306.66, 306.66, 0, 0, 306.66, 306.66]},"
                        + "{\"connection\": [" + quoted(c3) + "], \"values\": [306.66, 0, 0, 0, 306.66, 306.66]}], " + fields + "}";
                case 'b' -> "{\"type\": \"PostMeterDataRequest\", \"connection\": " + quoted(c1)
                        + ", \"values\": [306.66, 0, 0, 0, 306.66, 306.66], " + fields + "}";
                default -> "{\"type\": \"PostMeterDataRequest\", \"connections\": [" + quoted(c1) + ", " + quoted(c2)
                        + "], \"values\": [306.66, 306.66, 0, 0, 306.66, 306.66], " + fields + "}";
            };
            Answer posted = post("/api/v1/postMeterData", body, prosumer);
            assertStatus(posted, 200, "PROCESSED", "PostMeterDataResponse");
            // (FlexMeasures also queued 4 forecasting jobs per connection; gridflex has no forecasting jobs)

            double[] first = variant == 'b' ? new double[] {306.66, 0, 0, 0, 306.66, 306.66}
                    : new double[] {306.66, 306.66, 0, 0, 306.66, 306.66};
            double[] halfHourly = variant == 'b' ? new double[] {153.33, 0, 306.66} : new double[] {306.66, 0, 306.66};
            String read = "/api/v1/getMeterData?" + METER_QUERY + "&unit=MW&connections=" + q(address(c1)) + "&connections="
                    + q(address(c2)) + "&connections=" + q(address(c3));
            for (String resolution : new String[] {"", "&resolution=PT15M", "&resolution=PT30M"}) {
                Answer got = get(read + resolution, prosumer);
                assertStatus(got, 200, "PROCESSED", "GetMeterDataResponse");
                List<Map<String, Object>> groups = groups(got);
                assertThat(groups).hasSize(3);
                assertThat(groups.get(0)).containsEntry("connections", List.of(address(c1)));
                assertValues(values(groups.get(0).get("values")), resolution.endsWith("PT30M") ? halfHourly : first);
                if (variant == 'b') {
                    // nothing was posted to CS 2 and CS 3: each is its own group with no values
                    assertThat(groups.get(1)).containsEntry("connections", List.of(address(c2))).containsEntry("values", List.of());
                    assertThat(groups.get(2)).containsEntry("connections", List.of(address(c3))).containsEntry("values", List.of());
                }
            }
        }
    }

    // ---- v1.1: api/v1_1/tests/test_api_v1_1.py

    @Test
    // test_api_v1_1.py::test_get_service[{}]
    void e18_get_service_v1_1_lists_its_services() {
        Reply reply = call("GET", "/api/v1_1/getService", null, null);
        assertStatus(reply, 200, "PROCESSED", "GetServiceResponse");
        assertThat(reply.map()).containsEntry("version", "1.1");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> services = (List<Map<String, Object>>) reply.get("services");
        assertThat(services).extracting(s -> s.get("name")).containsExactly("getConnection", "getMeterData", "postMeterData",
                "getPrognosis", "postPrognosis", "postPriceData", "postWeatherData");
        assertDeprecated(reply, "v1_1");
    }

    @Test
    // test_api_v1_1.py::test_get_service[access=Prosumer]
    void e19_get_service_v1_1_filters_by_role() {
        Answer answer = get("/api/v1_1/getService?access=Prosumer", null);
        assertStatus(answer, 200, "PROCESSED", "GetServiceResponse");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> services = (List<Map<String, Object>>) answer.get("services");
        assertThat(services).hasSize(7).allSatisfy(s -> assertThat(((List<?>) s.get("access")).stream().map(Object::toString).toList()).contains("Prosumer"));
    }

    @Test
    // test_api_v1_1.py::test_unauthorized_prognosis_request
    void e20_unauthenticated_get_prognosis_is_401() {
        Reply reply = call("GET", prognosisQuery("", cs1, cs2, cs3), null, null);
        assertStatus(reply, 401, "UNAUTHORIZED", "GetPrognosisResponse");
        assertDeprecated(reply, "v1_1");
    }

    @Test
    // test_api_v1_1.py::test_invalid_horizon
    void e21_invalid_horizon() {
        Answer answer = get(prognosisQuery("", cs1, cs2, cs3).replace("horizon=PT6H", "horizon=T6H"), prosumer);
        assertStatus(answer, 400, "INVALID_HORIZON", "GetPrognosisResponse");
        assertThat((String) answer.get("message")).startsWith("The horizon field in your request could not be parsed.");
    }

    @Test
    // test_api_v1_1.py::test_no_data
    void e22_no_data_gives_empty_values() {
        Answer answer = get(prognosisQuery("", cs1, cs2, cs3).replace("start=2015-01-01", "start=2010-01-01"), prosumer);
        assertStatus(answer, 200, "PROCESSED", "GetPrognosisResponse");
        // one group per connection, each with no values (FlexMeasures merged the equal lists: "values": [])
        assertThat(groups(answer)).hasSize(3).allSatisfy(g -> assertThat(g).containsEntry("values", List.of()));
    }

    private void assertPrognosis(Answer answer) {
        assertStatus(answer, 200, "PROCESSED", "GetPrognosisResponse");
        List<Double> values = answer.map().containsKey("groups") ? values(groups(answer).get(0).get("values")) : values(answer.get("values"));
        assertValues(values, 300, 301, 302, 303, 304, 305);
    }

    @Test
    // test_api_v1_1.py::test_get_prognosis[default]
    void e23_get_prognosis() {
        Answer answer = get(prognosisQuery("", cs1, cs2, cs3), prosumer);
        assertPrognosis(answer);
        assertThat(groups(answer)).extracting(g -> g.get("connections"))
                .containsExactly(List.of(address(cs1)), List.of(address(cs2)), List.of(address(cs3)));
        assertValues(values(groups(answer).get(1).get("values")), 300, 299, 298, 297, 296, 295);
        assertValues(values(groups(answer).get(2).get("values")), 0, 1, 2, 3, 4, 5);
    }

    @Test
    // test_api_v1_1.py::test_get_prognosis[the same again]
    void e24_get_prognosis_again() {
        assertPrognosis(get(prognosisQuery("", cs1, cs2, cs3), prosumer));
        assertPrognosis(get(prognosisQuery("", cs1, cs2, cs3), prosumer));
    }

    @Test
    // test_api_v1_1.py::test_get_prognosis[connection=CS 1]
    void e25_get_prognosis_of_one_connection() {
        Answer answer = get(prognosisQuery("&connection=" + q(address(cs1))), prosumer);
        assertPrognosis(answer);
        assertThat(answer.map()).containsEntry("connection", address(cs1)).doesNotContainKey("groups");
    }

    @Test
    // test_api_v1_1.py::test_get_prognosis[no resolution]
    void e26_get_prognosis_without_resolution() {
        assertPrognosis(get(prognosisQuery("", cs1, cs2, cs3).replace("&resolution=PT15M", ""), prosumer));
    }

    @Test
    // test_api_v1_1.py::test_get_prognosis[horizon=R/PT6H]
    void e27_get_prognosis_with_a_rolling_horizon() {
        assertPrognosis(get(prognosisQuery("", cs1, cs2, cs3).replace("horizon=PT6H", "horizon=" + q("R/PT6H")), prosumer));
    }

    @Test
    // test_api_v1_1.py::test_get_prognosis[prior=2015-03-01T00:00:00Z]
    void e28_get_prognosis_with_a_prior() {
        assertPrognosis(get(prognosisQuery("&prior=2015-03-01T00:00:00Z", cs1, cs2, cs3), prosumer));
    }

    @Test
    // test_api_v1_1.py::test_get_prognosis[horizon=R/PT6H, start=2015-01-01T00:00:00+00:00]
    void e29_get_prognosis_with_a_rolling_horizon_and_an_offset() {
        Answer answer = get(prognosisQuery("", cs1, cs2, cs3).replace("horizon=PT6H", "horizon=" + q("R/PT6H"))
                .replace("start=2015-01-01T00:00:00Z", "start=" + q("2015-01-01T00:00:00+00:00")), prosumer);
        assertPrognosis(answer);
        assertThat(answer.map()).containsEntry("start", "2015-01-01T00:00:00Z");
    }

    @Test
    // test_api_v1_1.py::test_post_price_data
    void e30_post_price_data() {
        Answer answer = post("/api/v1_1/postPriceData", pricesBody("2021-01-06T00:00:00+01:00", "P1D", PRICES, "EUR/MWh"), prosumer);
        assertStatus(answer, 200, "PROCESSED", "PostPriceDataResponse");
        // a plain horizon: every price held 35 h before the end of the day (2021-01-06T23:00Z), at 2021-01-05T12:00Z
        String read = "start=2021-01-05T23:00:00Z&duration=PT24H&unit=" + q("EUR/MWh") + "&prior=";
        assertValues(v3Values(epexDa, read + q("2021-01-05T12:00:00Z"), prosumer), 52.37, 51.14, 49.09, 48.35, 48.47, 49.98, 58.7,
                67.76, 69.21, 70.26, 70.46, 70, 70.7, 70.41, 70, 64.53, 65.92, 69.72, 70.51, 75.49, 70.35, 70.01, 66.98, 58.61);
        assertThat(v3Values(epexDa, read + q("2021-01-05T11:59:00Z"), prosumer)).hasSize(24).containsOnlyNulls();
        // (FlexMeasures also queued forecasting jobs at 24 h and 48 h; gridflex has no forecasting jobs)
    }

    @Test
    // test_api_v1_1.py::test_post_price_data_invalid_unit
    void e31_post_price_data_in_a_wrong_unit() {
        Answer answer = post("/api/v1_1/postPriceData", pricesBody("2021-01-06T00:00:00+01:00", "P1D", PRICES, "KRW/kWh"), prosumer);
        assertStatus(answer, 400, "INVALID_UNIT", "PostPriceDataResponse");
        assertThat((String) answer.get("message")).contains("Data for epex_da prices should be given in EUR/MWh.");
    }

    @Test
    // test_api_v1_1.py::test_post_weather_forecasts[wind speed]
    void e32_post_wind_speed_forecasts() {
        Answer answer = post("/api/v1_1/postWeatherData", weatherBody("wind speed", "PT3H", "m/s"), prosumer);
        assertStatus(answer, 200, "PROCESSED", "PostWeatherDataResponse");
        assertValues(v3Values(windSpeed, "start=2015-01-01T06:00:00Z&duration=PT30M&unit=" + q("m/s"), prosumer),
                20.04, 20.23, 20.41, 20.51, 20.55, 20.57);
    }

    @Test
    // test_api_v1_1.py::test_post_weather_forecasts[temperature]
    void e33_post_temperature_forecasts() {
        Answer answer = post("/api/v1_1/postWeatherData", weatherBody("temperature", "PT3H", "°C"), prosumer);
        assertStatus(answer, 200, "PROCESSED", "PostWeatherDataResponse");
        // held 3 hours before the end of the half hour (06:30Z): at 03:30Z
        String read = "start=2015-01-01T06:00:00Z&duration=PT30M&unit=" + q("°C") + "&prior=";
        assertValues(v3Values(temperature, read + q("2015-01-01T03:30:00Z"), prosumer), 20.04, 20.23, 20.41, 20.51, 20.55, 20.57);
        assertThat(v3Values(temperature, read + q("2015-01-01T03:29:00Z"), prosumer)).containsOnlyNulls();
    }

    @Test
    // test_api_v1_1.py::test_post_weather_forecasts_invalid_unit
    void e34_post_wind_speed_in_a_wrong_unit() {
        Answer answer = post("/api/v1_1/postWeatherData", weatherBody("wind speed", "PT3H", "°C"), prosumer);
        assertStatus(answer, 400, "INVALID_UNIT", "PostWeatherDataResponse");
        assertThat((String) answer.get("message")).contains("Data for wind speed should be given in m/s.");
    }

    @Test
    // test_api_v1_1.py::test_auto_fix_missing_registration_of_user_as_data_source
    void e35_a_user_without_data_yet_gets_a_source_of_its_own() {
        String body = pricesBody("2021-01-07T00:00:00+01:00", "P1D", PRICES, "EUR/MWh");
        assertStatus(post("/api/v1_1/postPriceData", body, prosumer), 200, "PROCESSED", "PostPriceDataResponse");
        // the same data from another user is new data (another source), so PROCESSED again
        Answer answer = post("/api/v1_1/postPriceData", body, improper);
        assertStatus(answer, 200, "PROCESSED", "PostPriceDataResponse");
        Map<String, Object> stats = get("/api/v3_0/sensors/" + epexDa + "/stats", prosumer).map();
        assertThat(stats.keySet()).anySatisfy(key -> assertThat(key).startsWith("test_improper_user@example.org (ID: "));
    }

    // ---- v1.1: api/v1_1/tests/test_api_v1_1_fresh_db.py

    @Test
    // test_api_v1_1_fresh_db.py::test_post_price_data_unexpected_resolution[PT2M]
    void e36_post_price_data_finer_than_the_market() {
        Answer answer = post("/api/v1_1/postPriceData", pricesBody("2021-01-06T00:00:00+01:00", "PT2M", PRICES, "EUR/MWh"), prosumer);
        assertStatus(answer, 400, "INVALID_RESOLUTION", "PostPriceDataResponse");
        assertThat(answer.map()).containsEntry("message", "Only the following resolutions in the data are supported: PT1H");
    }

    @Test
    // test_api_v1_1_fresh_db.py::test_post_price_data_unexpected_resolution[compress_n=4]
    void e37_post_price_data_coarser_than_the_market_is_repeated() {
        Answer answer = post("/api/v1_1/postPriceData", pricesBody("2021-01-10T00:00:00+01:00", "P1D",
                "[52.37, 48.47, 69.21, 70.7, 65.92, 70.35]", "EUR/MWh"), prosumer);
        assertStatus(answer, 200, "PROCESSED", "PostPriceDataResponse");
        assertThat(answer.map()).containsEntry("message", "Request has been processed.");
        List<Double> hourly = v3Values(epexDa, "start=2021-01-09T23:00:00Z&duration=PT24H&unit=" + q("EUR/MWh")
                + "&prior=" + q("2021-01-09T12:00:00Z"), prosumer);
        List<Double> expected = new ArrayList<>();
        for (double v : new double[] {52.37, 48.47, 69.21, 70.7, 65.92, 70.35}) {
            expected.addAll(List.of(v, v, v, v));
        }
        assertValues(hourly, expected.stream().mapToDouble(Double::doubleValue).toArray());
    }

    @Test
    // test_api_v1_1_fresh_db.py::test_post_weather_data
    void e38_post_weather_observations() {
        Answer answer = post("/api/v1_1/postWeatherData", weatherBody("wind speed", "PT0H", "m/s"), prosumer2);
        assertStatus(answer, 200, "PROCESSED", "PostWeatherDataResponse");
        // held at the end of the half hour, 06:30Z (FlexMeasures also queued forecasting jobs: gridflex has none)
        String read = "start=2015-01-01T06:00:00Z&duration=PT30M&unit=" + q("m/s") + "&prior=" + q("2015-01-01T06:30:00Z");
        assertValues(v3Values(windSpeed, read, prosumer2), 20.04, 20.23, 20.41, 20.51, 20.55, 20.57);
    }

    // ---- derived from FlexMeasures' code (not tested there)

    @Test
    // derived: an identical repost (api_utils.save_and_enqueue → already_received_and_successfully_processed)
    void d1_identical_repost_is_already_received() {
        String body = pricesBody("2021-01-08T00:00:00+01:00", "P1D", PRICES, "EUR/MWh");
        assertStatus(post("/api/v1_1/postPriceData", body, prosumer), 200, "PROCESSED", "PostPriceDataResponse");
        Answer again = post("/api/v1_1/postPriceData", body, prosumer);
        assertStatus(again, 200, "ALREADY_RECEIVED_AND_SUCCESSFULLY_PROCESSED", "PostPriceDataResponse");
        assertThat(again.map()).containsEntry("results", "PROCESSED")
                .containsEntry("message", "Some of the data has already been received and successfully processed.");
    }

    @Test
    // derived: same events, horizon and user, other values (api_utils.catch_timed_belief_replacements)
    void d2_other_values_for_the_same_beliefs_are_a_replacement() {
        assertStatus(post("/api/v1_1/postPriceData", pricesBody("2021-01-09T00:00:00+01:00", "P1D", PRICES, "EUR/MWh"), prosumer),
                200, "PROCESSED", "PostPriceDataResponse");
        Answer replaced = post("/api/v1_1/postPriceData", pricesBody("2021-01-09T00:00:00+01:00", "P1D", PRICES.replace("52.37", "1"),
                "EUR/MWh"), prosumer);
        // gridflex adds "type" here too
        assertStatus(replaced, 403, "INVALID_REPLACEMENT", "PostPriceDataResponse");
        assertThat(replaced.map()).containsEntry("results", "Rejected");
        assertThat((String) replaced.get("message")).startsWith("Some of the data represents a replacement");
    }

    @Test
    // derived: validators.optional_horizon_accepted(ex_post=True)
    void d3_meter_data_with_a_positive_horizon() {
        long c = connection("CS d3", "PT15M", "");
        Answer answer = post("/api/v1_1/postMeterData", meterPost(quoted(c), "[1, 2, 3, 4, 5, 6]", ", \"horizon\": \"PT1H\""), prosumer);
        assertStatus(answer, 400, "INVALID_HORIZON", "PostMeterDataResponse");
        assertThat((String) answer.get("message")).startsWith("The horizon field in your request could not be parsed.")
                .contains("Meter data must have a zero or negative horizon to indicate observations after the fact.");
    }

    @Test
    // derived: validators.period_required
    void d4_start_without_offset_and_empty_duration() {
        long c = connection("CS d4", "PT15M", "");
        Answer naive = post("/api/v1_1/postMeterData", meterPost(quoted(c), "[1, 2, 3, 4, 5, 6]", "")
                .replace("2015-01-01T00:00:00Z", "2015-01-01T00:00:00"), prosumer);
        assertStatus(naive, 400, "INVALID_TIMEZONE", "PostMeterDataResponse");
        assertThat((String) naive.get("message")).startsWith("Start time should explicitly state a timezone.");
        Answer empty = post("/api/v1_1/postMeterData", meterPost(quoted(c), "[1, 2, 3, 4, 5, 6]", "").replace("PT1H30M", "PT0H"), prosumer);
        assertStatus(empty, 400, "INVALID_PERIOD", "PostMeterDataResponse");
        assertThat((String) empty.get("message")).startsWith("A time period in your request doesn't seem right.");
    }

    @Test
    // derived: post to another user's connection / a non-existent one (FlexMeasures: 400 / 422 INVALID_DOMAIN)
    void d5_posting_to_connections_not_in_the_account() {
        long c = connection("CS d5", "PT15M", "");
        Answer foreign = post("/api/v1_1/postMeterData", meterPost(quoted(c), "[1, 2, 3, 4, 5, 6]", ""), dummy);
        assertStatus(foreign, 400, "UNRECOGNIZED_CONNECTION_GROUP", "PostMeterDataResponse");
        Answer missing = post("/api/v1_1/postMeterData", meterPost("\"" + EA + account + ":999999\"", "[1, 2, 3, 4, 5, 6]", ""), prosumer);
        assertStatus(missing, 400, "UNRECOGNIZED_CONNECTION_GROUP", "PostMeterDataResponse");
        Answer wrongOwner = post("/api/v1_1/postMeterData", meterPost("\"" + EA + dummyAccount + ":" + c + "\"", "[1, 2, 3, 4, 5, 6]", ""),
                prosumer);
        assertStatus(wrongOwner, 400, "UNRECOGNIZED_CONNECTION_GROUP", "PostMeterDataResponse");
        Answer malformed = post("/api/v1_1/postMeterData", meterPost("\"CS d5\"", "[1, 2, 3, 4, 5, 6]", ""), prosumer);
        assertStatus(malformed, 400, "INVALID_DOMAIN", "PostMeterDataResponse");
        // nothing was stored
        assertThat(v3Values(c, "start=2015-01-01T00:00:00Z&duration=PT1H30M&unit=MW", prosumer)).containsOnlyNulls();
    }

    @Test
    // derived: getService with an unknown role (v1 implementations.get_service_response)
    void d6_get_service_for_an_unknown_role() {
        Answer answer = get("/api/v1_1/getService?access=Foo", null);
        assertStatus(answer, 400, "INVALID_ROLE", "GetServiceResponse");
        assertThat(answer.map()).containsEntry("message", "No known services for specified role Foo.");
    }

    @Test
    // derived: validators.type_accepted
    void d7_missing_or_wrong_message_type() {
        long c = connection("CS d7", "PT15M", "");
        Answer missing = post("/api/v1_1/postMeterData", meterPost(quoted(c), "[1, 2, 3, 4, 5, 6]", "")
                .replace("\"type\": \"PostMeterDataRequest\", ", ""), prosumer);
        assertStatus(missing, 400, "NO_MESSAGE_TYPE", "PostMeterDataResponse");
        assertThat(missing.map()).containsEntry("message", "Request message should include 'type'.");
        Answer wrong = post("/api/v1_1/postMeterData", meterPost(quoted(c), "[1, 2, 3, 4, 5, 6]", "")
                .replace("PostMeterDataRequest", "GetMeterDataRequest"), prosumer);
        assertStatus(wrong, 400, "INVALID_MESSAGE_TYPE", "PostMeterDataResponse");
        assertThat(wrong.map()).containsEntry("message", "Request message should specify type 'PostMeterDataRequest'.");
    }

    @Test
    // derived: create_connection_and_value_groups' sign checks (is_strictly_non_positive / non_negative)
    void d8_pure_consumers_and_producers() {
        long consumer = connection("CS consumer", "PT15M", ", \"attributes\": {\"is_consumer\": true, \"is_producer\": false}");
        long producer = connection("CS producer", "PT15M", ", \"attributes\": {\"is_producer\": true}");
        Answer small = post("/api/v1_1/postMeterData", meterPost(quoted(consumer), "[1, 2, -3, 4, 5, 6]", ""), prosumer);
        assertStatus(small, 400, "POWER_VALUE_TOO_SMALL", "PostMeterDataResponse");
        assertThat((String) small.get("message")).startsWith("One or more power values are too small.")
                .contains("is registered as a pure consumer and can only receive non-negative values.");
        Answer big = post("/api/v1_1/postMeterData", meterPost(quoted(producer), "[-1, -2, 3, -4, -5, -6]", ""), prosumer);
        assertStatus(big, 400, "POWER_VALUE_TOO_BIG", "PostMeterDataResponse");
        assertThat((String) big.get("message")).startsWith("One or more power values are too big.")
                .contains("is registered as a pure producer and can only receive non-positive values.");
        assertStatus(post("/api/v1_1/postMeterData", meterPost(quoted(producer), "[-1, -2, 0, -4, -5, -6]", ""), prosumer),
                200, "PROCESSED", "PostMeterDataResponse");
        // gridflex stores the producer's USEF values as they are (consumption positive) ...
        assertValues(v3Values(producer, "start=2015-01-01T00:00:00Z&duration=PT1H30M&unit=MW", prosumer), -1, -2, 0, -4, -5, -6);
        // ... and negates them only for a sensor that says it stores production positive
        long productionPositive = connection("CS production positive", "PT15M", ", \"attributes\": {\"consumption_is_positive\": false}");
        assertStatus(post("/api/v1_1/postMeterData", meterPost(quoted(productionPositive), "[1, 2, 3, 4, 5, 6]", ""), prosumer),
                200, "PROCESSED", "PostMeterDataResponse");
        assertValues(v3Values(productionPositive, "start=2015-01-01T00:00:00Z&duration=PT1H30M&unit=MW", prosumer), -1, -2, -3, -4, -5, -6);
        Answer back = get("/api/v1_1/getMeterData?" + METER_QUERY + "&unit=MW&connection=" + q(address(productionPositive)), prosumer);
        assertStatus(back, 200, "PROCESSED", "GetMeterDataResponse");
        assertValues(values(back.get("values")), 1, 2, 3, 4, 5, 6);
    }

    // ---- gridflex's intended answers where FlexMeasures' code failed, and the switch

    @Test
    // research §2.6: getMeterData searches with horizons_at_most = 0 (only beliefs held after the fact)
    void x1_get_meter_data_leaves_out_prognoses() {
        long c = connection("CS x1", "PT15M", "");
        v3Post(c, "[7, 7, 7, 7, 7, 7]", "\"horizon\": \"PT6H\"", prosumer);
        Answer meter = get("/api/v1_1/getMeterData?" + METER_QUERY + "&unit=MW&connection=" + q(address(c)), prosumer);
        assertStatus(meter, 200, "PROCESSED", "GetMeterDataResponse");
        assertThat(values(meter.get("values"))).as(meter.raw()).isEmpty();
        Answer prognosis = get("/api/v1_1/getPrognosis?type=GetPrognosisRequest&start=2015-01-01T00:00:00Z&duration=PT1H30M&unit=MW"
                + "&connection=" + q(address(c)), prosumer);
        assertValues(values(prognosis.get("values")), 7, 7, 7, 7, 7, 7);
    }

    @Test
    // seed: GET /api/v1_1/getConnection, example request {"type": "GetConnectionRequest"} (a GET with a body)
    void x2_get_connection_with_the_seeds_body() {
        Reply reply = call("GET", "/api/v1_1/getConnection", "{\"type\": \"GetConnectionRequest\"}", prosumer);
        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
        assertThat(reply.map()).containsEntry("type", "GetConnectionResponse");
        assertThat(((List<?>) reply.get("connections")).stream().map(Object::toString).toList()).contains(address(cs1));
    }

    @Test
    // seed: GET /api/v1_1/getService; a gateway sending its messages as bodies may send one here too
    void x3_get_service_with_a_body() {
        Reply reply = call("GET", "/api/v1_1/getService", "{\"type\": \"GetServiceRequest\"}", null);
        assertStatus(reply, 200, "PROCESSED", "GetServiceResponse");
    }

    @Test
    // research §2.6 postPrognosis: FlexMeasures' code answered 500 (missing 'rolling'); intended: the seed's 200
    void x4_post_prognosis_as_the_seed_does() {
        long c1 = connection("CS 1", "PT15M", "");
        long c2 = connection("CS 2", "PT15M", "");
        long c3 = connection("CS 3", "PT15M", "");
        Answer posted = post("/api/v1_1/postPrognosis", "{\"type\": \"PostPrognosisRequest\", \"groups\": ["
                + "{\"connections\": [" + quoted(c1) + ", " + quoted(c3) + "], \"values\": [300, 300, 300, 0, 0, 300]},"
                + "{\"connections\": [" + quoted(c2) + "], \"values\": [300, 0, 0, 0, 300, 300]}],"
                + "\"start\": \"2015-01-01T00:00:00Z\", \"duration\": \"PT1H30M\", \"horizon\": \"PT7H30M\", \"unit\": \"MW\"}", prosumer);
        assertStatus(posted, 200, "PROCESSED", "PostPrognosisResponse");
        // a plain horizon: all held 7 h 30 min before the period's end (01:30Z), at 18:00Z the day before
        String read = "start=2015-01-01T00:00:00Z&duration=PT1H30M&unit=MW&prior=";
        assertValues(v3Values(c2, read + q("2014-12-31T18:00:00Z"), prosumer), 300, 0, 0, 0, 300, 300);
        assertThat(v3Values(c2, read + q("2014-12-31T17:59:00Z"), prosumer)).containsOnlyNulls();
        Answer noHorizon = post("/api/v1_1/postPrognosis", "{\"type\": \"PostPrognosisRequest\", \"connection\": " + quoted(c1)
                + ", \"values\": [1, 1, 1, 1, 1, 1], \"start\": \"2015-01-01T00:00:00Z\", \"duration\": \"PT1H30M\", \"unit\": \"MW\"}", prosumer);
        assertStatus(noHorizon, 400, "INVALID_HORIZON", "PostPrognosisResponse");
        assertThat((String) noHorizon.get("message")).contains("Please specify the horizon field using an ISO 8601 duration (such as 'PT24H').");
    }

    @Test
    // research §2.6 getConnection: FlexMeasures' code answered 500 (display_name); intended: addresses and names
    void x5_get_connection_lists_addresses_and_names() {
        Answer answer = get("/api/v1_1/getConnection", prosumer);
        assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
        assertThat(answer.map()).containsEntry("type", "GetConnectionResponse");
        @SuppressWarnings("unchecked")
        List<String> connections = (List<String>) answer.get("connections");
        @SuppressWarnings("unchecked")
        List<String> names = (List<String>) answer.get("names");
        assertThat(connections).containsSubsequence(address(cs5), address(cs4), address(cs3), address(cs2), address(cs1))
                .doesNotContain(address(epexDa), address(windSpeed));
        assertThat(names).hasSameSizeAs(connections);
        assertThat(names.get(connections.indexOf(address(cs1)))).startsWith("CS 1");
        assertThat((List<?>) get("/api/v1_1/getConnection", dummy).get("connections")).isEmpty();
    }

    @Test
    // research §2.3: an unknown weather place gave FlexMeasures a 500; intended: UNRECOGNIZED_SENSOR naming the nearest
    void x6_unknown_weather_place_names_the_nearest_sensor() {
        Answer answer = post("/api/v1_1/postWeatherData", weatherBody("wind speed", "PT3H", "m/s").replace(":33.4843866:126", ":33.5:126.5"),
                prosumer);
        assertStatus(answer, 400, "UNRECOGNIZED_SENSOR", "PostWeatherDataResponse");
        assertThat((String) answer.get("message")).startsWith("No sensor is known at this location. The nearest sensor is at latitude 33.4843866");
        Answer unknownType = post("/api/v1_1/postWeatherData", weatherBody("wind speed", "PT3H", "m/s").replace("wind speed:", "humidity:"),
                prosumer);
        assertStatus(unknownType, 400, "UNRECOGNIZED_SENSOR", "PostWeatherDataResponse");
    }

    @Test
    // seed: the GetMeterDataRequest / GetPrognosisRequest examples are JSON bodies of GETs
    void x7_gets_take_the_message_as_a_body() {
        Reply meter = call("GET", "/api/v1_1/getMeterData", "{\"type\": \"GetMeterDataRequest\", \"connection\": \"" + address(cs5)
                + "\", \"start\": \"2015-01-01T00:00:00Z\", \"duration\": \"PT1H30M\", \"unit\": \"MW\"}", prosumer);
        assertStatus(meter, 200, "PROCESSED", "GetMeterDataResponse");
        assertThat(meter.map()).containsEntry("connection", address(cs5));
        assertValues(values(meter.get("values")), 100, 101, 102, 103, 104, 105);
        assertDeprecated(meter, "v1_1");
        Reply prognosis = call("GET", "/api/v1_1/getPrognosis", "{\"type\": \"GetPrognosisRequest\", \"connections\": [\"" + address(cs1)
                + "\", \"" + address(cs2) + "\"], \"start\": \"2015-01-01T00:00:00Z\", \"duration\": \"PT1H30M\", \"horizon\": \"PT6H\","
                + " \"resolution\": \"PT15M\", \"unit\": \"MW\"}", prosumer);
        assertStatus(prognosis, 200, "PROCESSED", "GetPrognosisResponse");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> groups = (List<Map<String, Object>>) prognosis.get("groups");
        assertValues(values(groups.get(1).get("values")), 300, 299, 298, 297, 296, 295);
    }

    @Test
    // research §2.6: FlexMeasures took MW only; gridflex takes any power unit and converts
    void x8_power_units() {
        long c = connection("CS x8", "PT15M", "");
        assertStatus(post("/api/v1_1/postMeterData", meterPost(quoted(c), "[1000, 2000, 3000, 4000, 5000, 6000]", "").replace("\"MW\"", "\"kW\""),
                prosumer), 200, "PROCESSED", "PostMeterDataResponse");
        assertValues(v3Values(c, "start=2015-01-01T00:00:00Z&duration=PT1H30M&unit=MW", prosumer), 1, 2, 3, 4, 5, 6);
        Answer inW = get("/api/v1_1/getMeterData?" + METER_QUERY + "&unit=W&connection=" + q(address(c)), prosumer);
        assertStatus(inW, 200, "PROCESSED", "GetMeterDataResponse");
        assertThat(inW.map()).containsEntry("unit", "W");
        assertValues(values(inW.get("values")), 1e6, 2e6, 3e6, 4e6, 5e6, 6e6);
        Answer energy = post("/api/v1_1/postMeterData", meterPost(quoted(c), "[1, 2, 3, 4, 5, 6]", "").replace("\"MW\"", "\"kWh\""), prosumer);
        assertStatus(energy, 400, "INVALID_UNIT", "PostMeterDataResponse");
        assertThat(energy.map()).containsEntry("message", "Data for power should be given in MW.");
    }

    @Test
    // research §2.6 units_accepted("power", "MW"); gridflex's rule: any unit of power (W, kW, MW, GW …), converted
    void x8b_any_unit_of_power_is_taken_and_converted() {
        long c = connection("CS x8b", "PT15M", "");
        Answer gw = post("/api/v1_1/postMeterData", meterPost(quoted(c), "[1, 2, 3, 4, 5, 6]", "").replace("\"MW\"", "\"GW\""), prosumer);
        assertStatus(gw, 200, "PROCESSED", "PostMeterDataResponse");
        assertValues(v3Values(c, "start=2015-01-01T00:00:00Z&duration=PT1H30M&unit=MW", prosumer), 1000, 2000, 3000, 4000, 5000, 6000);
    }

    @Test
    // research §2.1 parse_horizon: a leading '-' and 'R/' both; isodate also reads 'R/-PT15M' (rolling, after the fact)
    void x9_horizon_forms() {
        long c = connection("CS x9", "PT15M", "");
        assertStatus(post("/api/v1_1/postMeterData", meterPost(quoted(c), "[1, 2, 3, 4, 5, 6]", ", \"horizon\": \"-R/PT15M\""), prosumer),
                200, "PROCESSED", "PostMeterDataResponse");
        // rolling, after the fact: each value held 15 minutes after its event ended (the first: 00:15 + 15 min)
        String read = "start=2015-01-01T00:00:00Z&duration=PT30M&unit=MW&prior=";
        assertThat(v3Values(c, read + q("2015-01-01T00:30:00Z"), prosumer)).containsExactly(1.0, null);
        assertThat(v3Values(c, read + q("2015-01-01T00:29:00Z"), prosumer)).containsOnlyNulls();
    }

    @Test
    // research §2.1 parse_horizon: after 'R/', isodate.parse_duration reads '-PT15M'
    void x9b_a_rolling_horizon_after_the_fact_written_r_minus() {
        long d = connection("CS x9b", "PT15M", "");
        Answer inner = post("/api/v1_1/postMeterData", meterPost(quoted(d), "[1, 2, 3, 4, 5, 6]", ", \"horizon\": \"R/-PT15M\""), prosumer);
        assertStatus(inner, 200, "PROCESSED", "PostMeterDataResponse");
    }

    @Test
    // research §2.1 get_data_downsampling_allowed: a resolution that is no multiple of the sensor's
    void x10_get_resolution_no_multiple_of_the_sensors() {
        Answer answer = get("/api/v1_1/getMeterData?" + METER_QUERY + "&unit=MW&resolution=PT10M&connection=" + q(address(cs5)), prosumer);
        assertStatus(answer, 400, "INVALID_RESOLUTION", "GetMeterDataResponse");
        assertThat(answer.map()).containsEntry("message", "Only the following resolutions in the data are supported: PT15M or a multiple hereof.");
    }

    @Test
    // research §0 / FlexMeasures ≥ 0.13: the sunset legacy API answers 410 on every route
    void z_switched_off_the_legacy_api_answers_410() {
        restart(Map.of("gridflex.legacy-api", false));
        for (String path : new String[] {"/api/v1/getService", "/api/v1_1/getService", "/api/v1_1/getMeterData", "/api/v1/postMeterData",
                "/api/v1_1/postPriceData", "/api/v1_1/getConnection"}) {
            Reply reply = call(path.contains("post") ? "POST" : "GET", path, path.contains("post") ? "{}" : null, prosumer);
            assertThat(reply.status()).as(path + " " + reply.raw()).isEqualTo(410);
            assertThat(reply.map()).containsEntry("status", 410).doesNotContainKey("type");
            assertThat((String) reply.get("message")).startsWith("API version " + (path.startsWith("/api/v1_1") ? "1.1" : "1.0")
                    + " has been sunset.");
        }
        Reply anonymous = call("GET", "/api/v1_1/getMeterData", null, null);
        assertThat(anonymous.status()).isEqualTo(410);
        Reply root = call("GET", "/api/", null, null);
        assertThat(root.status()).isEqualTo(200);
        assertThat(((List<?>) root.get("versions")).stream().map(Object::toString).toList()).containsExactly("v3_0");
    }
}
