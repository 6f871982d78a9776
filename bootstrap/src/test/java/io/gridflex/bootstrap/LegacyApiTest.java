package io.gridflex.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * FlexMeasures' legacy message API (seed 002) over HTTP: the seed's examples with connections named
 * for gridflex's sensors, and the expectations of FlexMeasures v0.12.3's own v1/v1.1 tests (E…, as
 * numbered in docs/api-flexmeasures-v1_1.md).
 */
class LegacyApiTest extends ApiTest {

    private static final String EA = "ea1.2026-01.localhost:";

    private final AtomicInteger counter = new AtomicInteger();
    private String admin;
    private String prosumer;
    private String stranger;
    private long account;

    @BeforeAll
    void gateways() {
        admin = adminToken();
        account = id(post("/api/v3_0/accounts", "{\"name\": \"Prosumer\"}", admin));
        long other = id(post("/api/v3_0/accounts", "{\"name\": \"Other\"}", admin));
        prosumer = user("prosumer@example.org", account);
        stranger = user("stranger@example.org", other);
    }

    private String user(String email, long accountId) {
        Answer created = post("/api/v3_0/users", "{\"email\": \"" + email + "\", \"password\": \"password-1\", \"account_id\": "
                + accountId + "}", admin);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return tokenFor(email, "password-1");
    }

    /** An asset of the prosumer's account with one sensor; the sensor's id. */
    long sensor(String assetFields, String sensorName, String unit, String resolution) {
        Answer asset = post("/api/v3_0/assets", "{\"name\": \"asset " + counter.incrementAndGet() + "\", \"generic_asset_type_id\": 1, "
                + "\"account_id\": " + account + assetFields + "}", admin);
        assertThat(asset.status()).as(asset.raw()).isEqualTo(201);
        Answer sensor = post("/api/v3_0/sensors", "{\"name\": \"" + sensorName + "\", \"unit\": \"" + unit + "\", \"event_resolution\": \""
                + resolution + "\", \"generic_asset_id\": " + id(asset) + "}", admin);
        assertThat(sensor.status()).as(sensor.raw()).isEqualTo(201);
        return id(sensor);
    }

    long connection() {
        return sensor("", "power", "MW", "PT15M");
    }

    String address(long sensor) {
        return EA + account + ":" + sensor;
    }

    static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    static List<Double> values(Object values) {
        return ((List<Object>) values).stream().map(v -> v == null ? null : ((Number) v).doubleValue()).toList();
    }

    /** A GET with a JSON body, as the seed's examples send it (Micronaut's client would leave the body out). */
    Answer getWithBody(String path, String body, String token) {
        try {
            java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(server.getURI().resolve(path))
                    .method("GET", java.net.http.HttpRequest.BodyPublishers.ofString(body))
                    .header("Content-Type", "application/json");
            if (token != null) {
                request.header("Authorization", token);
            }
            java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient()
                    .send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), json.readValue(response.body(), Object.class), response.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // ---- the seed's examples

    @Test
    void the_seeds_post_and_get_of_meter_data_round_trip() {
        long cs1 = connection();
        long cs2 = connection();
        long cs3 = connection();
        Answer posted = post("/api/v1_1/postMeterData", "{\"type\": \"PostMeterDataRequest\", \"groups\": ["
                + "{\"connections\": [\"" + address(cs1) + "\", \"" + address(cs3) + "\"], \"values\": [306.66, 306.66, 0, 0, 306.66, 306.66]},"
                + "{\"connections\": [\"" + address(cs2) + "\"], \"values\": [306.66, 0, 0, 0, 306.66, 306.66]}],"
                + "\"start\": \"2015-01-01T00:00:00Z\", \"duration\": \"PT1H30M\", \"unit\": \"MW\"}", prosumer);

        assertThat(posted.status()).as(posted.raw()).isEqualTo(200);
        assertThat(posted.map()).containsEntry("type", "PostMeterDataResponse").containsEntry("status", "PROCESSED")
                .containsEntry("message", "Request has been processed.");

        // the seed's GET, its message as the body
        Answer read = getWithBody("/api/v1_1/getMeterData", "{\"type\": \"GetMeterDataRequest\", \"connection\": \"" + address(cs1)
                + "\", \"start\": \"2015-01-01T00:00:00Z\", \"duration\": \"PT1H30M\", \"unit\": \"MW\"}", prosumer);
        assertThat(read.status()).as(read.raw()).isEqualTo(200);
        assertThat(read.map()).containsEntry("type", "GetMeterDataResponse").containsEntry("connection", address(cs1))
                .containsEntry("start", "2015-01-01T00:00:00Z").containsEntry("duration", "PT1H30M").containsEntry("unit", "MW");
        assertThat(values(read.get("values"))).containsExactly(306.66, 306.66, 0.0, 0.0, 306.66, 306.66);

        // the same through v3: consumption positive, as gridflex stores power
        Answer v3 = get("/api/v3_0/sensors/" + cs2 + "/data?start=2015-01-01T00:00:00Z&duration=PT1H30M&unit=kW", prosumer);
        assertThat(values(v3.get("values"))).containsExactly(306660.0, 0.0, 0.0, 0.0, 306660.0, 306660.0);
    }

    @Test
    void the_seeds_prognosis_reads_back_with_a_rolling_horizon() {
        long cs1 = connection();
        // known 6 hours before each event ends (rolling), then a later, different belief
        Answer posted = post("/api/v1_1/postPrognosis", "{\"type\": \"PostPrognosisRequest\", \"connection\": \"" + address(cs1)
                + "\", \"values\": [300, 300, 300, 0, 0, 300], \"start\": \"2015-01-01T00:00:00Z\", \"duration\": \"PT1H30M\","
                + " \"horizon\": \"R/PT6H\", \"unit\": \"MW\"}", prosumer);
        assertThat(posted.status()).as(posted.raw()).isEqualTo(200);
        assertThat(post("/api/v1_1/postPrognosis", "{\"type\": \"PostPrognosisRequest\", \"connection\": \"" + address(cs1)
                + "\", \"values\": [1, 1, 1, 1, 1, 1], \"start\": \"2015-01-01T00:00:00Z\", \"duration\": \"PT1H30M\","
                + " \"horizon\": \"R/PT1H\", \"unit\": \"MW\"}", prosumer).status()).isEqualTo(200);

        String query = "/api/v1_1/getPrognosis?type=GetPrognosisRequest&connection=" + q(address(cs1))
                + "&start=2015-01-01T00:00:00Z&duration=PT1H30M&resolution=PT15M&unit=MW";
        assertThat(values(get(query + "&horizon=PT6H", prosumer).get("values"))).containsExactly(300.0, 300.0, 300.0, 0.0, 0.0, 300.0);
        assertThat(values(get(query + "&horizon=PT30M", prosumer).get("values"))).containsExactly(1.0, 1.0, 1.0, 1.0, 1.0, 1.0);
        Answer seed = getWithBody("/api/v1_1/getPrognosis", "{\"type\": \"GetPrognosisRequest\", \"connection\": \"" + address(cs1)
                + "\", \"start\": \"2015-01-01T00:00:00Z\", \"duration\": \"PT1H30M\", \"horizon\": \"PT6H\", \"resolution\": \"PT15M\","
                + " \"unit\": \"MW\"}", prosumer);
        assertThat(seed.map()).containsEntry("type", "GetPrognosisResponse").containsEntry("unit", "MW");
        assertThat(values(seed.get("values"))).containsExactly(300.0, 300.0, 300.0, 0.0, 0.0, 300.0);
    }

    @Test
    void the_seeds_price_data_are_held_from_when_they_were_published() {
        long market = sensor("", "epex_da", "EUR/MWh", "PT1H");
        String values = "[52.37, 51.14, 49.09, 48.35, 48.47, 49.98, 58.7, 67.76, 69.21, 70.26, 70.46, 70, 70.7, 70.41, 70, 64.53, "
                + "65.92, 69.72, 70.51, 75.49, 70.35, 70.01, 66.98, 58.61]";
        Answer posted = post("/api/v1_1/postPriceData", "{\"type\": \"PostPriceDataRequest\", \"market\": \"" + EA + "epex_da\", "
                + "\"values\": " + values + ", \"start\": \"2015-01-01T15:00:00+09:00\", \"duration\": \"PT24H\", \"horizon\": \"PT35H\", "
                + "\"unit\": \"EUR/MWh\"}", prosumer);
        assertThat(posted.status()).as(posted.raw()).isEqualTo(200);
        assertThat(posted.map()).containsEntry("type", "PostPriceDataResponse").containsEntry("status", "PROCESSED");

        // published 35 hours before the period's end (2015-01-02T06:00Z): 2014-12-31T19:00Z
        String read = "/api/v3_0/sensors/" + market + "/data?start=2015-01-01T06:00:00Z&duration=PT24H&unit=EUR/MWh";
        assertThat(values(get(read + "&prior=" + q("2014-12-31T19:00:00Z"), prosumer).get("values")).get(0)).isEqualTo(52.37);
        assertThat(values(get(read + "&prior=" + q("2014-12-31T18:59:00Z"), prosumer).get("values"))).containsOnlyNulls();
    }

    @Test
    void the_seeds_weather_forecast_goes_to_the_sensor_at_that_place() {
        long temperature = sensor(", \"latitude\": 33.4843866, \"longitude\": 126.477859", "temperature", "°C", "PT15M");
        Answer posted = post("/api/v1_1/postWeatherData", "{\"type\": \"PostWeatherDataRequest\", \"groups\": [{\"sensor\": \""
                + EA + "temperature:33.4843866:126.477859\", \"values\": [20.04, 20.23, 20.41, 20.51, 20.55, 20.57]}], "
                + "\"start\": \"2015-01-01T15:00:00+09:00\", \"duration\": \"PT1H30M\", \"horizon\": \"PT3H\", \"unit\": \"°C\"}", prosumer);
        assertThat(posted.status()).as(posted.raw()).isEqualTo(200);
        assertThat(posted.map()).containsEntry("type", "PostWeatherDataResponse");
        Answer read = get("/api/v3_0/sensors/" + temperature + "/data?start=2015-01-01T06:00:00Z&duration=PT1H30M&unit=%C2%B0C", prosumer);
        assertThat(values(read.get("values"))).containsExactly(20.04, 20.23, 20.41, 20.51, 20.55, 20.57);

        Answer elsewhere = post("/api/v1_1/postWeatherData", "{\"type\": \"PostWeatherDataRequest\", \"sensor\": \""
                + EA + "temperature:33.5:126.5\", \"values\": [20.04], \"start\": \"2015-01-01T15:00:00+09:00\", \"duration\": \"PT15M\", "
                + "\"unit\": \"°C\"}", prosumer);
        assertThat(elsewhere.status()).isEqualTo(400);
        assertThat(elsewhere.map()).containsEntry("status", "UNRECOGNIZED_SENSOR");
        assertThat((String) elsewhere.get("message")).contains("The nearest sensor is at latitude 33.4843866 and longitude 126.477859");
    }

    @Test
    void get_connection_lists_the_users_power_sensors_newest_first() {
        long older = connection();
        long newer = connection();
        sensor("", "day-ahead prices", "EUR/MWh", "PT1H"); // no connection
        Answer answer = get("/api/v1_1/getConnection", prosumer);

        assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
        assertThat(answer.map()).containsEntry("type", "GetConnectionResponse");
        @SuppressWarnings("unchecked")
        List<String> connections = (List<String>) answer.get("connections");
        assertThat(connections).containsSubsequence(address(newer), address(older)).allMatch(c -> c.startsWith(EA + account + ":"));
        assertThat((List<?>) answer.get("names")).hasSameSizeAs(connections);
        assertThat((List<?>) get("/api/v1_1/getConnection", stranger).get("connections")).isEmpty();
    }

    @Test
    void get_service_lists_each_versions_services_and_filters_by_role() {
        Answer v11 = get("/api/v1_1/getService", null);
        assertThat(v11.status()).isEqualTo(200);
        assertThat(v11.map()).containsEntry("type", "GetServiceResponse").containsEntry("version", "1.1").containsEntry("status", "PROCESSED");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> services = (List<Map<String, Object>>) v11.get("services");
        assertThat(services).extracting(s -> s.get("name")).containsExactly("getConnection", "getMeterData", "postMeterData",
                "getPrognosis", "postPrognosis", "postPriceData", "postWeatherData");
        Answer prosumers = get("/api/v1_1/getService?access=Prosumer", null);
        assertThat((List<Map<String, Object>>) prosumers.get("services")).allMatch(s -> ((List<?>) s.get("access")).contains("Prosumer"));
        Answer v1 = get("/api/v1/getService", null);
        assertThat(v1.map()).containsEntry("version", "1.0");
        Answer unknown = get("/api/v1_1/getService?access=Foo", null);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.map()).containsEntry("status", "INVALID_ROLE").containsEntry("message", "No known services for specified role Foo.");
    }

    // ---- the status catalogue: each status, and when

    private Answer postMeter(String connection, String fields) {
        return post("/api/v1_1/postMeterData", "{\"type\": \"PostMeterDataRequest\", \"connection\": \"" + connection + "\", "
                + fields + "}", prosumer);
    }

    private static final String SIX = "\"values\": [1, 2, 3, 4, 5, 6], \"start\": \"2016-01-01T00:00:00Z\", \"duration\": \"PT1H30M\", "
            + "\"unit\": \"MW\"";

    private static void refused(Answer answer, int http, String status, String messagePart) {
        assertThat(answer.status()).as(answer.raw()).isEqualTo(http);
        assertThat(answer.map()).as(answer.raw()).containsEntry("status", status).containsKey("message");
        assertThat((String) answer.get("message")).contains(messagePart);
        assertThat(answer.raw()).doesNotContain("Exception").doesNotContain("at io.");
    }

    @Test
    void processed_then_already_received_then_a_changed_value_is_an_invalid_replacement_and_stores_nothing() {
        long cs = connection();
        long other = connection();
        String fields = "\"values\": [1, 2, 3, 4, 5, 6], \"start\": \"2016-01-01T00:00:00Z\", \"duration\": \"PT1H30M\", \"unit\": \"MW\"";
        assertThat(postMeter(address(cs), fields).map()).containsEntry("status", "PROCESSED");

        Answer again = postMeter(address(cs), fields);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.map()).containsEntry("status", "ALREADY_RECEIVED_AND_SUCCESSFULLY_PROCESSED").containsEntry("results", "PROCESSED");

        // one message for two connections: the second's values are new, the first's replace stored ones
        Answer replacing = post("/api/v1_1/postMeterData", "{\"type\": \"PostMeterDataRequest\", \"groups\": ["
                + "{\"connection\": \"" + address(other) + "\", \"values\": [7, 7, 7, 7, 7, 7]},"
                + "{\"connection\": \"" + address(cs) + "\", \"values\": [9, 9, 9, 9, 9, 9]}],"
                + "\"start\": \"2016-01-01T00:00:00Z\", \"duration\": \"PT1H30M\", \"unit\": \"MW\"}", prosumer);
        refused(replacing, 403, "INVALID_REPLACEMENT", "replacement");
        assertThat(replacing.map()).containsEntry("type", "PostMeterDataResponse");
        // all or nothing: the other connection's values were not kept either
        Answer untouched = get("/api/v3_0/sensors/" + other + "/data?start=2016-01-01T00:00:00Z&duration=PT1H30M&unit=MW", prosumer);
        assertThat(values(untouched.get("values"))).containsOnlyNulls();
    }

    @Test
    void a_message_without_its_type_or_with_another_is_refused() {
        long cs = connection();
        refused(post("/api/v1_1/postMeterData", "{\"connection\": \"" + address(cs) + "\", " + SIX + "}", prosumer),
                400, "NO_MESSAGE_TYPE", "should include 'type'");
        refused(post("/api/v1_1/postMeterData", "{\"type\": \"PostPrognosisRequest\", \"connection\": \"" + address(cs) + "\", "
                + SIX + "}", prosumer), 400, "INVALID_MESSAGE_TYPE", "should specify type 'PostMeterDataRequest'");
    }

    @Test
    void addresses_that_are_malformed_unknown_foreign_or_not_power_are_refused() {
        long cs = connection();
        long prices = sensor("", "prices " + counter.incrementAndGet(), "EUR/MWh", "PT15M");
        refused(postMeter("CS 1", SIX), 400, "INVALID_DOMAIN", "EA1 addressing scheme");
        refused(postMeter("ea1.2026-13.localhost:1:2", SIX), 400, "INVALID_DOMAIN", "month");
        refused(postMeter(EA + account + ":999999", SIX), 400, "UNRECOGNIZED_CONNECTION_GROUP", "not found in your account");
        refused(postMeter(EA + (account + 1) + ":" + cs, SIX), 400, "UNRECOGNIZED_CONNECTION_GROUP", "not found");
        refused(post("/api/v1_1/postMeterData", "{\"type\": \"PostMeterDataRequest\", \"connection\": \"" + address(cs) + "\", "
                + SIX + "}", stranger), 400, "UNRECOGNIZED_CONNECTION_GROUP", "not found");
        refused(postMeter(address(prices), SIX), 400, "UNRECOGNIZED_ASSET", "not power");
        refused(post("/api/v1_1/postMeterData", "{\"type\": \"PostMeterDataRequest\", " + SIX + "}", prosumer),
                400, "UNRECOGNIZED_CONNECTION_GROUP", "names no connections");
        // fm1 addresses, as FlexMeasures' later versions wrote them, name the same sensor
        assertThat(postMeter(EA + "fm1." + cs, SIX).map()).containsEntry("status", "PROCESSED");
    }

    @Test
    void markets_and_weather_sensors_that_are_not_known_are_refused() {
        refused(post("/api/v1_1/postPriceData", "{\"type\": \"PostPriceDataRequest\", \"market\": \"" + EA + "nowhere_da\", "
                + "\"values\": [1], \"start\": \"2016-01-01T00:00:00Z\", \"duration\": \"PT1H\", \"unit\": \"EUR/MWh\"}", prosumer),
                400, "UNRECOGNIZED_MARKET", "The requested market named nowhere_da is not known.");
        refused(post("/api/v1_1/postWeatherData", "{\"type\": \"PostWeatherDataRequest\", \"sensor\": \"" + EA
                + "hail size:10:10\", \"values\": [1], \"start\": \"2016-01-01T00:00:00Z\", \"duration\": \"PT1H\", \"unit\": \"mm\"}",
                prosumer), 400, "UNRECOGNIZED_SENSOR", "can't find any hail size sensors");
    }

    @Test
    void units_are_refused_where_they_do_not_fit() {
        long cs = connection();
        refused(postMeter(address(cs), SIX.replace("\"MW\"", "\"MW/h\"")), 400, "INVALID_UNIT", "Data for power should be given in MW.");
        refused(postMeter(address(cs), SIX.replace(", \"unit\": \"MW\"", "")), 400, "INVALID_UNIT", "power");
        long market = sensor("", "krw_da", "EUR/MWh", "PT1H");
        refused(post("/api/v1_1/postPriceData", "{\"type\": \"PostPriceDataRequest\", \"market\": \"" + EA + "krw_da\", "
                + "\"values\": [1], \"start\": \"2016-01-01T00:00:00Z\", \"duration\": \"PT1H\", \"unit\": \"KRW/kWh\"}", prosumer),
                400, "INVALID_UNIT", "Data for krw_da prices should be given in EUR/MWh.");
        sensor(", \"latitude\": 10.5, \"longitude\": 20.5", "wind speed", "m/s", "PT15M");
        refused(post("/api/v1_1/postWeatherData", "{\"type\": \"PostWeatherDataRequest\", \"sensor\": \"" + EA
                + "wind speed:10.5:20.5\", \"values\": [1], \"start\": \"2016-01-01T00:00:00Z\", \"duration\": \"PT15M\", \"unit\": \"°C\"}",
                prosumer), 400, "INVALID_UNIT", "Data for wind speed should be given in m/s.");
        // kW is power too: converted to the sensor's MW
        assertThat(postMeter(address(cs), SIX.replace("\"MW\"", "\"kW\"")).map()).containsEntry("status", "PROCESSED");
        assertThat(values(get("/api/v3_0/sensors/" + cs + "/data?start=2016-01-01T00:00:00Z&duration=PT15M&unit=kW", prosumer)
                .get("values"))).containsExactly(1.0);
        assertThat(market).isPositive();
    }

    @Test
    void periods_time_zones_and_horizons_that_cannot_be_read_are_refused() {
        long cs = connection();
        refused(postMeter(address(cs), SIX.replace("2016-01-01T00:00:00Z", "2016-01-01T00:00:00")), 400, "INVALID_TIMEZONE",
                "explicitly state a timezone");
        refused(postMeter(address(cs), SIX.replace("2016-01-01T00:00:00Z", "yesterday")), 400, "INVALID_PERIOD", "doesn't seem right");
        refused(postMeter(address(cs), SIX.replace("PT1H30M", "PT0H")), 400, "INVALID_PERIOD", "positive");
        refused(postMeter(address(cs), SIX.replace(", \"duration\": \"PT1H30M\"", "")), 400, "INVALID_PERIOD", "no duration");
        refused(postMeter(address(cs), SIX + ", \"horizon\": \"T6H\""), 400, "INVALID_HORIZON", "could not be parsed");
        refused(postMeter(address(cs), SIX + ", \"horizon\": \"PT1H\""), 400, "INVALID_HORIZON", "zero or negative horizon");
        refused(post("/api/v1_1/postPrognosis", "{\"type\": \"PostPrognosisRequest\", \"connection\": \"" + address(cs) + "\", "
                + SIX + "}", prosumer), 400, "INVALID_HORIZON", "such as 'PT24H'");
        String read = "/api/v1_1/getMeterData?type=GetMeterDataRequest&connection=" + q(address(cs))
                + "&start=2016-01-01T00:00:00Z&duration=PT1H30M&unit=MW";
        refused(get(read + "&prior=2016-01-01T01:00:00Z", prosumer), 400, "INVALID_HORIZON", "after the fact");
    }

    @Test
    void resolutions_finer_than_the_sensors_or_not_shared_are_refused_and_coarser_ones_repeated() {
        long quarter = connection();
        long hourly = sensor("", "power", "MW", "PT1H");
        refused(postMeter(address(quarter), "\"values\": [1, 2, 3, 4, 5, 6, 7], \"start\": \"2016-01-01T00:00:00Z\", "
                + "\"duration\": \"PT1H30M\", \"unit\": \"MW\""), 400, "INVALID_RESOLUTION", "supported: PT15M");
        refused(post("/api/v1_1/postMeterData", "{\"type\": \"PostMeterDataRequest\", \"connections\": [\"" + address(quarter) + "\", \""
                + address(hourly) + "\"], \"values\": [1, 2, 3], \"start\": \"2016-01-01T00:00:00Z\", \"duration\": \"PT3H\", "
                + "\"unit\": \"MW\"}", prosumer), 400, "INVALID_RESOLUTION", "do not have matching resolutions");
        // three values over 90 minutes: each half hour's value repeated for its two quarters
        assertThat(postMeter(address(quarter), "\"values\": [1, 2, 3], \"start\": \"2016-01-01T00:00:00Z\", "
                + "\"duration\": \"PT1H30M\", \"unit\": \"MW\"").map()).containsEntry("status", "PROCESSED");
        String read = "/api/v1_1/getMeterData?type=GetMeterDataRequest&connection=" + q(address(quarter))
                + "&start=2016-01-01T00:00:00Z&duration=PT1H30M&unit=MW";
        assertThat(values(get(read, prosumer).get("values"))).containsExactly(1.0, 1.0, 2.0, 2.0, 3.0, 3.0);
        assertThat(values(get(read + "&resolution=PT30M", prosumer).get("values"))).containsExactly(1.0, 2.0, 3.0);
        refused(get(read + "&resolution=PT20M", prosumer), 400, "INVALID_RESOLUTION", "PT15M or a multiple hereof");
        refused(get(read + "&resolution=15M", prosumer), 400, "INVALID_RESOLUTION", "cannot be parsed");
    }

    @Test
    void values_that_are_missing_or_not_numbers_are_refused() {
        long cs = connection();
        refused(postMeter(address(cs), "\"start\": \"2016-01-01T00:00:00Z\", \"duration\": \"PT1H30M\", \"unit\": \"MW\""),
                400, "PTUS_INCOMPLETE", "Missing values.");
        refused(postMeter(address(cs), SIX.replace("[1, 2, 3, 4, 5, 6]", "[1, null, 3, 4, 5, 6]")), 400, "PTUS_INCOMPLETE", "ill-formatted");
        refused(postMeter(address(cs), SIX.replace("[1, 2, 3, 4, 5, 6]", "[1, \"two\", 3, 4, 5, 6]")), 400, "PTUS_INCOMPLETE", "ill-formatted");
        refused(post("/api/v1_1/postMeterData", "{\"type\": \"PostMeterDataRequest\", \"connection\": \"" + address(cs) + "\", "
                + "\"groups\": [{\"values\": [1]}, {\"values\": [2]}], \"start\": \"2016-01-01T00:00:00Z\", \"duration\": \"PT15M\", "
                + "\"unit\": \"MW\"}", prosumer), 400, "REQUIRED_INFO_MISSING", "Missing fields: values");
    }

    @Test
    void pure_consumers_and_producers_refuse_values_of_the_wrong_sign() {
        long consumer = sensor(", \"attributes\": {\"is_consumer\": true, \"is_producer\": false}", "power", "MW", "PT15M");
        long producer = sensor(", \"attributes\": {\"is_producer\": true}", "power", "MW", "PT15M");
        refused(postMeter(address(consumer), SIX.replace("[1, 2, 3, 4, 5, 6]", "[1, -2, 3, 4, 5, 6]")), 400, "POWER_VALUE_TOO_SMALL",
                "pure consumer");
        refused(postMeter(address(producer), SIX), 400, "POWER_VALUE_TOO_BIG", "pure producer");
        assertThat(postMeter(address(producer), SIX.replace("[1, 2, 3, 4, 5, 6]", "[-1, -2, -3, -4, -5, -6]")).map())
                .containsEntry("status", "PROCESSED");
    }

    @Test
    void who_may_ask_no_token_another_accounts_sensor_and_a_wrong_method() {
        long cs = connection();
        Answer anonymous = post("/api/v1_1/postMeterData", "{\"type\": \"PostMeterDataRequest\", \"connection\": \"" + address(cs)
                + "\", " + SIX + "}", null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.map()).containsEntry("status", "UNAUTHORIZED").containsEntry("type", "PostMeterDataResponse");
        assertThat(get("/api/v1_1/getConnection", "not-a-token").status()).isEqualTo(401);

        // a sensor on a public asset: readable by all, written by admins only
        Answer market = post("/api/v3_0/assets", "{\"name\": \"public market " + counter.incrementAndGet()
                + "\", \"generic_asset_type_id\": 1, \"account_id\": null}", admin);
        long publicPrices = id(post("/api/v3_0/sensors", "{\"name\": \"public_da\", \"unit\": \"EUR/MWh\", \"event_resolution\": \"PT1H\", "
                + "\"generic_asset_id\": " + id(market) + "}", admin));
        String prices = "{\"type\": \"PostPriceDataRequest\", \"market\": \"" + EA + "public_da\", \"values\": [1], "
                + "\"start\": \"2016-01-01T00:00:00Z\", \"duration\": \"PT1H\", \"unit\": \"EUR/MWh\"}";
        refused(post("/api/v1_1/postPriceData", prices, prosumer), 403, "INVALID_SENDER", "cannot be authorized");
        assertThat(post("/api/v1_1/postPriceData", prices, admin).map()).containsEntry("status", "PROCESSED");
        assertThat(publicPrices).isPositive();

        Answer wrongMethod = send(io.micronaut.http.HttpRequest.DELETE("/api/v1_1/postMeterData"), prosumer);
        refused(wrongMethod, 405, "INVALID_METHOD", "Request method DELETE not supported.");
    }

    @Test
    void sources_filter_gets_and_a_source_that_cannot_be_is_refused() {
        long cs = connection();
        assertThat(postMeter(address(cs), SIX).map()).containsEntry("status", "PROCESSED");
        String read = "/api/v1_1/getMeterData?type=GetMeterDataRequest&connection=" + q(address(cs))
                + "&start=2016-01-01T00:00:00Z&duration=PT1H30M&unit=MW";
        assertThat(values(get(read + "&source=Prosumer", prosumer).get("values"))).containsExactly(1.0, 2.0, 3.0, 4.0, 5.0, 6.0);
        assertThat(values(get(read + "&source=999999", prosumer).get("values"))).isEmpty();
        refused(get(read + "&source=0", prosumer), 400, "INVALID_SOURCE", "not found: 0");
    }

    @Test
    void bodies_that_are_not_json_messages_are_refused_in_the_legacy_shape() {
        Answer broken = post("/api/v1_1/postMeterData", "{\"type\": ", prosumer);
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.map()).containsEntry("type", "PostMeterDataResponse").containsKey("message");
        Answer list = post("/api/v1_1/postMeterData", "[1, 2]", prosumer);
        assertThat(list.status()).isEqualTo(400);
    }

    // ---- the same beliefs through v1.1 and v3, both ways

    /** Europe/Amsterdam moves its clocks forward on 2026-03-29 at 01:00Z: that day has 23 hours. */
    private static final String DST_DAY = "\"start\": \"2026-03-29T00:00:00+01:00\", \"duration\": \"P1D\"";

    private long amsterdamConnection() {
        Answer asset = post("/api/v3_0/assets", "{\"name\": \"asset " + counter.incrementAndGet() + "\", \"generic_asset_type_id\": 1, "
                + "\"account_id\": " + account + "}", admin);
        return id(post("/api/v3_0/sensors", "{\"name\": \"power\", \"unit\": \"MW\", \"event_resolution\": \"PT1H\", "
                + "\"timezone\": \"Europe/Amsterdam\", \"generic_asset_id\": " + id(asset) + "}", admin));
    }

    private static String hours(int count, int offset) {
        StringBuilder values = new StringBuilder("[");
        for (int i = 0; i < count; i++) {
            values.append(i == 0 ? "" : ", ").append(i + offset);
        }
        return values.append(']').toString();
    }

    private List<Double> v3(long sensor, String extra) {
        Answer read = get("/api/v3_0/sensors/" + sensor + "/data?start=2026-03-28T23:00:00Z&duration=PT23H&unit=MW" + extra, prosumer);
        assertThat(read.status()).as(read.raw()).isEqualTo(200);
        return values(read.get("values"));
    }

    @Test
    void a_plain_horizon_holds_the_whole_dst_day_from_one_belief_time() {
        long cs = amsterdamConnection();
        String prognosis = "{\"type\": \"PostPrognosisRequest\", \"connection\": \"" + address(cs) + "\", " + DST_DAY
                + ", \"horizon\": \"PT30H\", \"unit\": \"MW\", \"values\": ";
        // a day of 24 hourly values does not fit the 23-hour day
        refused(post("/api/v1_1/postPrognosis", prognosis + hours(24, 1) + "}", prosumer), 400, "INVALID_RESOLUTION", "PT1H");
        assertThat(post("/api/v1_1/postPrognosis", prognosis + hours(23, 1) + "}", prosumer).map()).containsEntry("status", "PROCESSED");

        // the day ends at 2026-03-29T22:00Z; 30 hours before: 2026-03-28T16:00Z, for every value
        assertThat(v3(cs, "&prior=" + q("2026-03-28T16:00:00Z"))).containsExactlyElementsOf(expected(23, 1));
        assertThat(v3(cs, "&prior=" + q("2026-03-28T15:59:00Z"))).containsOnlyNulls();
        // and through v1.1, the whole local day
        Answer read = get("/api/v1_1/getPrognosis?type=GetPrognosisRequest&connection=" + q(address(cs))
                + "&start=" + q("2026-03-29T00:00:00+01:00") + "&duration=P1D&unit=MW&prior=" + q("2026-03-28T16:00:00Z"), prosumer);
        assertThat(read.map()).as(read.raw()).containsEntry("start", "2026-03-29T00:00:00+01:00").containsEntry("duration", "P1D");
        assertThat(values(read.get("values"))).containsExactlyElementsOf(expected(23, 1));
    }

    @Test
    void a_rolling_horizon_holds_each_value_that_long_before_its_event_ends_across_the_dst_change() {
        long cs = amsterdamConnection();
        assertThat(post("/api/v1_1/postPrognosis", "{\"type\": \"PostPrognosisRequest\", \"connection\": \"" + address(cs) + "\", "
                + DST_DAY + ", \"horizon\": \"R/PT2H\", \"unit\": \"MW\", \"values\": " + hours(23, 100) + "}", prosumer)
                .map()).containsEntry("status", "PROCESSED");

        assertThat(v3(cs, "&horizon=PT2H")).containsExactlyElementsOf(expected(23, 100));
        assertThat(v3(cs, "&horizon=PT2H1M")).containsOnlyNulls();
        // the first event (23:00Z-00:00Z) was known at 22:00Z, the second an hour later
        List<Double> early = v3(cs, "&prior=" + q("2026-03-28T22:00:00Z"));
        assertThat(early.get(0)).isEqualTo(100.0);
        assertThat(early.subList(1, 23)).containsOnlyNulls();
        // and through v1.1 with the same rolling horizon
        Answer read = get("/api/v1_1/getPrognosis?type=GetPrognosisRequest&connection=" + q(address(cs))
                + "&start=" + q("2026-03-29T00:00:00+01:00") + "&duration=P1D&unit=MW&horizon=" + q("R/PT2H"), prosumer);
        assertThat(values(read.get("values"))).containsExactlyElementsOf(expected(23, 100));
    }

    private static List<Double> expected(int count, int offset) {
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> (double) (i + offset)).toList();
    }

    @Test
    void what_v3_stores_reads_back_through_v1_1_sign_converted_where_the_sensor_stores_production_positive() {
        long usual = connection();
        long productionPositive = sensor(", \"attributes\": {\"consumption_is_positive\": false}", "power", "MW", "PT15M");
        for (long sensor : new long[] {usual, productionPositive}) {
            Answer posted = post("/api/v3_0/sensors/" + sensor + "/data", "{\"values\": [1.5, -2, 0, 4], \"start\": \"2017-01-01T00:00:00Z\", "
                    + "\"duration\": \"PT1H\", \"unit\": \"MW\", \"prior\": \"2017-01-02T00:00:00Z\"}", prosumer);
            assertThat(posted.status()).as(posted.raw()).isEqualTo(200);
        }
        String read = "/api/v1_1/getMeterData?type=GetMeterDataRequest&start=2017-01-01T00:00:00Z&duration=PT1H&unit=MW&connection=";
        assertThat(values(get(read + q(address(usual)), prosumer).get("values"))).containsExactly(1.5, -2.0, 0.0, 4.0);
        assertThat(values(get(read + q(address(productionPositive)), prosumer).get("values"))).containsExactly(-1.5, 2.0, 0.0, -4.0);

        // and the other way: a gateway's consumption (USEF: positive) is stored negated on that sensor
        assertThat(post("/api/v1_1/postMeterData", "{\"type\": \"PostMeterDataRequest\", \"connection\": \"" + address(productionPositive)
                + "\", \"values\": [3, 3, 3, 3], \"start\": \"2017-01-01T01:00:00Z\", \"duration\": \"PT1H\", \"unit\": \"MW\"}",
                prosumer).map()).containsEntry("status", "PROCESSED");
        Answer stored = get("/api/v3_0/sensors/" + productionPositive + "/data?start=2017-01-01T01:00:00Z&duration=PT1H&unit=MW", prosumer);
        assertThat(values(stored.get("values"))).containsExactly(-3.0, -3.0, -3.0, -3.0);
        // meter data posted without a horizon is known when each event ends
        Answer atEnd = get("/api/v3_0/sensors/" + productionPositive + "/data?start=2017-01-01T01:00:00Z&duration=PT1H&unit=MW"
                + "&prior=" + q("2017-01-01T01:15:00Z"), prosumer);
        assertThat(values(atEnd.get("values"))).containsExactly(-3.0, null, null, null);
    }

    @Test
    void several_connections_answer_in_groups_and_an_empty_read_is_an_empty_list() {
        long one = connection();
        long two = connection();
        assertThat(postMeter(address(one), SIX.replace("2016", "2018")).map()).containsEntry("status", "PROCESSED");
        Answer read = get("/api/v1_1/getMeterData?type=GetMeterDataRequest&connections=" + q("[\"" + address(one) + "\", \"" + address(two) + "\"]")
                + "&start=2018-01-01T00:00:00Z&duration=PT1H30M&unit=MW", prosumer);
        assertThat(read.status()).as(read.raw()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> groups = (List<Map<String, Object>>) read.get("groups");
        assertThat(groups).hasSize(2);
        assertThat(groups.get(0)).containsEntry("connections", List.of(address(one)));
        assertThat(values(groups.get(0).get("values"))).containsExactly(1.0, 2.0, 3.0, 4.0, 5.0, 6.0);
        assertThat(values(groups.get(1).get("values"))).isEmpty();
        // the v1 route reads the same message, by GET or by POST
        Answer v1 = post("/api/v1/getMeterData", "{\"type\": \"GetMeterDataRequest\", \"connection\": \"" + address(one)
                + "\", \"start\": \"2018-01-01T00:00:00Z\", \"duration\": \"PT1H30M\", \"unit\": \"MW\"}", prosumer);
        assertThat(values(v1.get("values"))).containsExactly(1.0, 2.0, 3.0, 4.0, 5.0, 6.0);
        assertThat(v1.map()).containsEntry("type", "GetMeterDataResponse");
    }

    @Test
    void every_legacy_answer_says_the_api_is_deprecated() {
        io.micronaut.http.HttpResponse<String> response = client.toBlocking().exchange(io.micronaut.http.HttpRequest.GET("/api/v1_1/getService"),
                String.class);
        assertThat(response.getHeaders().get("Deprecation")).isEqualTo("Tue, 13 Dec 2022 23:59:59 GMT");
        assertThat(response.getHeaders().get("Link")).contains("rel=\"deprecation\"");
    }
}
