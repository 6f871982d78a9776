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
}
