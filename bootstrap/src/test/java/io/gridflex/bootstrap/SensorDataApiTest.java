package io.gridflex.bootstrap;

import static io.gridflex.bootstrap.PublicApiTest.fieldErrors;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.multipart.MultipartBody;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Data section of seed 001: posting and reading sensor data as beliefs. */
class SensorDataApiTest extends ApiTest {

    private final AtomicInteger counter = new AtomicInteger();
    private String admin;
    private long asset;

    @BeforeAll
    void anAsset() {
        admin = adminToken();
        asset = id(post("/api/v3_0/assets", "{\"name\": \"Data site\", \"generic_asset_type_id\": 5}", admin));
    }

    private long sensor(String unit, String resolution, String timezone) {
        Answer created = post("/api/v3_0/sensors", "{\"name\": \"sensor " + counter.incrementAndGet() + "\", \"unit\": \"" + unit
                + "\", \"event_resolution\": \"" + resolution + "\", \"timezone\": \"" + timezone + "\", \"generic_asset_id\": "
                + asset + "}", admin);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return id(created);
    }

    private Answer postData(long sensor, String fields) {
        return post("/api/v3_0/sensors/" + sensor + "/data", "{" + fields + "}", admin);
    }

    @SuppressWarnings("unchecked")
    private List<Double> values(Answer answer) {
        assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
        return ((List<Object>) answer.get("values")).stream().map(v -> v == null ? null : ((Number) v).doubleValue()).toList();
    }

    @Test
    void replays_the_seed_example_by_entity_address() {
        long gas = sensor("m³/h", "PT15M", "Europe/Amsterdam");
        String address = "ea1.2026-01.localhost:fm1." + gas;

        Answer posted = post("/api/v3_0/sensors/data", "{\"sensor\": \"" + address + "\", \"values\": [-11.28, -11.28, -11.28, -11.28], "
                + "\"start\": \"2021-06-07T00:00:00+02:00\", \"duration\": \"PT1H\", \"unit\": \"m³/h\"}", admin);
        assertThat(posted.status()).isEqualTo(200);
        assertThat(posted.map()).containsEntry("status", "PROCESSED");

        // GET with the seed's fields, as query parameters
        Answer read = get("/api/v3_0/sensors/data?sensor=" + address + "&start=2021-06-07T00:00:00%2B02:00&duration=PT1H"
                + "&resolution=PT15M&unit=m%C2%B3/h", admin);
        assertThat(values(read)).containsExactly(-11.28, -11.28, -11.28, -11.28);
        assertThat(read.map()).containsEntry("start", "2021-06-07T00:00:00+02:00").containsEntry("unit", "m³/h")
                .containsEntry("resolution", "PT15M").containsEntry("duration", "PT1H");
        Answer query = get("/api/v3_0/sensors/" + gas + "/data?start=2021-06-07T00:00:00%2B02:00&duration=PT1H&unit=l/h", admin);
        assertThat(values(query).get(0)).isCloseTo(-11280, within(1e-6));
    }

    @Test
    void re_posting_is_idempotent_and_a_changed_value_is_refused() {
        long power = sensor("kW", "PT15M", "UTC");
        String fields = "\"values\": [1, 2, 3, 4], \"start\": \"2026-01-01T00:00:00Z\", \"duration\": \"PT1H\", \"unit\": \"kW\", "
                + "\"prior\": \"2026-01-02T00:00:00Z\"";

        assertThat(postData(power, fields).map()).containsEntry("status", "PROCESSED");
        Answer again = postData(power, fields);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.map()).containsEntry("status", "ALREADY_RECEIVED_AND_SUCCESSFULLY_PROCESSED");

        Answer changed = postData(power, fields.replace("[1, 2, 3, 4]", "[1, 2, 3, 5]"));
        assertThat(changed.status()).isEqualTo(403);
        assertThat(changed.map()).containsEntry("status", "INVALID_REPLACEMENT").containsEntry("results", "Rejected");
        assertThat(values(get("/api/v3_0/sensors/" + power + "/data?start=2026-01-01T00:00:00Z&duration=PT1H&unit=kW", admin)))
                .containsExactly(1.0, 2.0, 3.0, 4.0);
    }

    @Test
    void up_and_downsamples_and_converts_energy_to_power() {
        long tenMinutes = sensor("kW", "PT10M", "UTC");
        postData(tenMinutes, "\"values\": [6], \"start\": \"2026-01-01T00:00:00Z\", \"duration\": \"PT1H\", \"unit\": \"kW\"");
        assertThat(values(get("/api/v3_0/sensors/" + tenMinutes + "/data?start=2026-01-01T00:00:00Z&duration=PT1H&unit=kW", admin)))
                .containsExactly(6.0, 6.0, 6.0, 6.0, 6.0, 6.0);

        StringJoiner twelve = new StringJoiner(", ");
        for (int i = 1; i <= 12; i++) {
            twelve.add(Integer.toString(100 * i));
        }
        postData(tenMinutes, "\"values\": [" + twelve + "], \"start\": \"2026-01-02T00:00:00Z\", \"duration\": \"PT1H\", \"unit\": \"kW\"");
        assertThat(values(get("/api/v3_0/sensors/" + tenMinutes + "/data?start=2026-01-02T00:00:00Z&duration=PT1H&unit=kW", admin)))
                .containsExactly(150.0, 350.0, 550.0, 750.0, 950.0, 1150.0);

        long quarter = sensor("kW", "PT15M", "UTC");
        postData(quarter, "\"values\": [1, 2], \"start\": \"2026-01-01T00:00:00Z\", \"duration\": \"PT30M\", \"unit\": \"kWh\"");
        assertThat(values(get("/api/v3_0/sensors/" + quarter + "/data?start=2026-01-01T00:00:00Z&duration=PT30M&unit=MW", admin)))
                .containsExactly(0.004, 0.008);
        assertThat(values(get("/api/v3_0/sensors/" + quarter + "/data?start=2026-01-01T00:00:00Z&duration=PT30M&unit=kWh&resolution=PT30M",
                admin))).containsExactly(3.0);

        Answer read = get("/api/v3_0/sensors/" + tenMinutes + "/data?start=2026-01-02T00:00:00Z&duration=PT80M&unit=kW&resolution=PT20M", admin);
        assertThat(values(read)).containsExactly(250.0, 650.0, 1050.0, null);
    }

    @Test
    void refuses_bad_data_naming_each_field_and_stores_nothing() {
        long power = sensor("kW", "PT10M", "UTC");

        Answer naive = postData(power, "\"values\": [1], \"start\": \"2026-01-01T00:00:00\", \"duration\": \"PT10M\", \"unit\": \"kW\"");
        assertThat(fieldErrors(naive)).containsOnlyKeys("start");
        Answer resolution = postData(power, "\"values\": [1], \"start\": \"2026-01-01T00:00:00Z\", \"duration\": \"PT4M10S\", \"unit\": \"kW\"");
        assertThat(fieldErrors(resolution).get("duration").toString()).contains("PT4M10S").contains("PT10M");
        Answer unit = postData(power, "\"values\": [1], \"start\": \"2026-01-01T00:00:00Z\", \"duration\": \"PT10M\", \"unit\": \"EUR/MWh\"");
        assertThat(fieldErrors(unit).get("unit").toString()).contains("Required unit for this sensor is kW");
        Answer missing = postData(power, "\"values\": [\"a\"]");
        assertThat(fieldErrors(missing)).containsKeys("values", "start", "duration", "unit");
        Answer badAddress = post("/api/v3_0/sensors/data", "{\"sensor\": \"ea1.nope:fm1.x\", \"values\": [1], "
                + "\"start\": \"2026-01-01T00:00:00Z\", \"duration\": \"PT10M\", \"unit\": \"kW\"}", admin);
        assertThat(fieldErrors(badAddress)).containsOnlyKeys("sensor");
        Answer unknown = post("/api/v3_0/sensors/999999/data", "{\"values\": [1], \"start\": \"2026-01-01T00:00:00Z\", "
                + "\"duration\": \"PT10M\", \"unit\": \"kW\"}", admin);
        assertThat(unknown.status()).isEqualTo(404);
        Answer tooMany = postData(power, "\"values\": [1], \"start\": \"2026-01-01T00:00:00Z\", \"duration\": \"P100Y\", \"unit\": \"kW\"");
        assertThat(fieldErrors(tooMany)).containsOnlyKeys("duration");
        Answer readTooMany = get("/api/v3_0/sensors/" + power + "/data?start=2026-01-01T00:00:00Z&duration=P1000Y&unit=kW"
                + "&resolution=PT1M", admin);
        assertThat(fieldErrors(readTooMany)).containsOnlyKeys("duration");
        Answer readTooFine = get("/api/v3_0/sensors/" + power + "/data?start=2026-01-01T00:00:00Z&duration=P10Y&unit=kW"
                + "&resolution=PT1M", admin);
        assertThat(fieldErrors(readTooFine)).containsOnlyKeys("resolution");
        Answer hugeHorizon = postData(power, "\"values\": [1], \"start\": \"2026-01-01T00:00:00Z\", \"duration\": \"PT10M\", "
                + "\"unit\": \"kW\", \"horizon\": \"PT99999999999H\"");
        assertThat(fieldErrors(hugeHorizon)).containsOnlyKeys("horizon");
        Answer farFuture = postData(power, "\"values\": [1], \"start\": \"+999999999-12-31T23:50:00Z\", \"duration\": \"PT10M\", "
                + "\"unit\": \"kW\"");
        assertThat(fieldErrors(farFuture)).containsOnlyKeys("start");
        Answer getMissing = get("/api/v3_0/sensors/" + power + "/data", admin);
        assertThat(fieldErrors(getMissing)).containsKeys("start", "duration", "unit");

        assertThat(values(get("/api/v3_0/sensors/" + power + "/data?start=2026-01-01T00:00:00Z&duration=PT10M&unit=kW", admin)))
                .containsExactly((Double) null);
    }

    @Test
    void handles_23_and_25_hour_days() {
        long hourly = sensor("kW", "PT1H", "Europe/Amsterdam");
        List<String> spring = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            spring.add(Integer.toString(i));
        }
        Answer posted = postData(hourly, "\"values\": " + spring + ", \"start\": \"2026-03-29T00:00:00+01:00\", \"duration\": \"P1D\", "
                + "\"unit\": \"kW\"");
        assertThat(posted.status()).as(posted.raw()).isEqualTo(200);
        Answer day = get("/api/v3_0/sensors/" + hourly + "/data?start=2026-03-29T00:00:00%2B01:00&duration=P1D&unit=kW", admin);
        assertThat(values(day)).hasSize(23).endsWith(22.0);
        assertThat(day.map()).containsEntry("duration", "PT23H");

        Answer autumn = get("/api/v3_0/sensors/" + hourly + "/data?start=2026-10-25T00:00:00%2B02:00&duration=P1D&unit=kW", admin);
        assertThat(values(autumn)).hasSize(25);
    }

    @Test
    void sets_belief_times_from_prior_or_horizon_and_reads_by_them() {
        long price = sensor("EUR/MWh", "PT1H", "UTC");
        postData(price, "\"values\": [10], \"start\": \"2026-05-01T00:00:00Z\", \"duration\": \"PT1H\", \"unit\": \"EUR/MWh\", "
                + "\"horizon\": \"PT24H\"");
        postData(price, "\"values\": [12], \"start\": \"2026-05-01T00:00:00Z\", \"duration\": \"PT1H\", \"unit\": \"EUR/MWh\", "
                + "\"horizon\": \"PT1H\"");

        String base = "/api/v3_0/sensors/" + price + "/data?start=2026-05-01T00:00:00Z&duration=PT1H&unit=EUR/MWh";
        assertThat(values(get(base, admin))).containsExactly(12.0);
        assertThat(values(get(base + "&horizon=PT12H", admin))).containsExactly(10.0);
        // the horizon counts from the event's knowledge time (its end, for this ex-post sensor): 24 h before 01:00
        assertThat(values(get(base + "&prior=2026-04-30T01:00:00Z", admin))).containsExactly(10.0);
        assertThat(values(get(base + "&prior=2026-04-30T00:59:00Z", admin))).containsExactly((Double) null);
    }

    @Test
    void takes_a_request_of_100000_values() {
        long big = sensor("kW", "PT1M", "UTC");
        StringJoiner values = new StringJoiner(",", "[", "]");
        for (int i = 0; i < 100_000; i++) {
            values.add(Integer.toString(i % 1000));
        }

        Answer posted = postData(big, "\"values\": " + values + ", \"start\": \"2026-01-01T00:00:00Z\", \"duration\": \"PT100000M\", "
                + "\"unit\": \"kW\"");

        assertThat(posted.status()).as(posted.raw()).isEqualTo(200);
        Answer stats = get("/api/v3_0/sensors/" + big + "/stats", admin);
        @SuppressWarnings("unchecked")
        Map<String, Object> figures = (Map<String, Object>) stats.map().values().iterator().next();
        assertThat(stats.map().keySet()).singleElement().asString().matches("admin@example\\.org \\(ID: \\d+\\)");
        assertThat(figures).containsEntry("Number of values", 100_000).containsEntry("Max value", 999.0)
                .containsEntry("First event start", "2026-01-01T00:00:00+00:00");
    }

    @Test
    void uploads_csv_and_refuses_a_file_with_a_bad_row_whole() {
        long power = sensor("kW", "PT15M", "UTC");
        String good = "event_start,event_value\n2026-02-01T00:00:00Z,1.5\n2026-02-01T00:15:00Z,2.5\n2026-02-01T00:45:00Z,4.5\n";
        String bad = "event_start,event_value\n2026-02-02T00:00:00Z,1\n2026-02-02T00:15:00Z,lots\n";

        Answer refused = upload(power, bad);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(fieldErrors(refused).get("uploaded-files").toString()).contains("row 3");
        assertThat(values(get("/api/v3_0/sensors/" + power + "/data?start=2026-02-02T00:00:00Z&duration=PT30M&unit=kW", admin)))
                .containsExactly(null, null);

        assertThat(upload(power, good).status()).isEqualTo(200);
        assertThat(values(get("/api/v3_0/sensors/" + power + "/data?start=2026-02-01T00:00:00Z&duration=PT1H&unit=kW", admin)))
                .containsExactly(1.5, 2.5, null, 4.5);
    }

    private Answer upload(long sensor, String csv) {
        MultipartBody body = MultipartBody.builder()
                .addPart("uploaded-files", "data.csv", MediaType.TEXT_CSV_TYPE, csv.getBytes(StandardCharsets.UTF_8)).build();
        return send(HttpRequest.POST("/api/v3_0/sensors/" + sensor + "/data/upload", body)
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE), admin);
    }

    @Test
    void deletes_a_sensors_data() {
        long power = sensor("kW", "PT15M", "UTC");
        postData(power, "\"values\": [1], \"start\": \"2026-01-01T00:00:00Z\", \"duration\": \"PT15M\", \"unit\": \"kW\"");

        assertThat(send(HttpRequest.DELETE("/api/v3_0/sensors/" + power + "/data"), admin).status()).isEqualTo(204);

        assertThat(values(get("/api/v3_0/sensors/" + power + "/data?start=2026-01-01T00:00:00Z&duration=PT15M&unit=kW", admin)))
                .containsExactly((Double) null);
        assertThat(get("/api/v3_0/sensors/" + power + "/stats", admin).map()).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void reports_staleness_per_source_type() {
        long power = sensor("kW", "PT15M", "UTC");
        Answer empty = get("/api/v3_0/sensors/" + power + "/status", admin);
        List<Map<String, Object>> none = (List<Map<String, Object>>) empty.get("sensors_data");
        assertThat(none).singleElement().satisfies(e -> assertThat(e).containsEntry("stale", true)
                .containsEntry("reason", "no data recorded").containsEntry("staleness", null).containsEntry("asset_name", "Data site"));

        postData(power, "\"values\": [1], \"start\": \"2026-01-01T00:00:00Z\", \"duration\": \"PT15M\", \"unit\": \"kW\"");
        List<Map<String, Object>> old = (List<Map<String, Object>>) get("/api/v3_0/sensors/" + power + "/status", admin).get("sensors_data");
        assertThat(old).singleElement().satisfies(e -> assertThat(e).containsEntry("stale", true)
                .containsEntry("source_type", "user").containsEntry("resolution", "15 minutes"));
        assertThat((String) old.get(0).get("staleness")).matches("\\d+ months|a month|\\d+ days|1 year, .*|\\d+ years|a year");
    }

    @Test
    void picks_one_value_per_event_among_two_sources_and_filters_by_source() {
        long power = sensor("kW", "PT15M", "UTC");
        post("/api/v3_0/users", "{\"email\": \"second@example.org\", \"password\": \"second-password\", "
                + "\"account_id\": 1}", admin);
        String second = tokenFor("second@example.org", "second-password");
        String fields = "\"start\": \"2026-04-01T00:00:00Z\", \"duration\": \"PT30M\", \"unit\": \"kW\"";
        postData(power, "\"values\": [1, 1], " + fields + ", \"prior\": \"2026-04-01T01:00:00Z\"");
        postData(power, "\"values\": [5, 5], " + fields + ", \"prior\": \"2026-03-31T00:00:00Z\"");
        Answer other = post("/api/v3_0/sensors/" + power + "/data", "{\"values\": [2, 2], " + fields
                + ", \"prior\": \"2026-04-01T00:30:00Z\"}", second);
        assertThat(other.status()).as(other.raw()).isEqualTo(200);

        String read = "/api/v3_0/sensors/" + power + "/data?start=2026-04-01T00:00:00Z&duration=PT30M&unit=kW";
        // the admin's most recent belief (01:00) is later than the other source's (00:30)
        assertThat(values(get(read, admin))).containsExactly(1.0, 1.0);
        assertThat(values(get(read + "&prior=2026-04-01T00:45:00Z", admin))).containsExactly(2.0, 2.0);
        assertThat(values(get(read + "&prior=2026-03-31T12:00:00Z", admin))).containsExactly(5.0, 5.0);
        Map<String, Object> stats = get("/api/v3_0/sensors/" + power + "/stats", admin).map();
        assertThat(stats.keySet()).hasSize(2).anySatisfy(key -> assertThat(key).startsWith(ADMIN_EMAIL + " (ID: "))
                .anySatisfy(key -> assertThat(key).startsWith("second@example.org (ID: "));
        String secondKey = stats.keySet().stream().filter(key -> key.startsWith("second@")).findFirst().orElseThrow();
        long secondSource = ((Number) ((Map<?, ?>) stats.get(secondKey)).get("Number of values")).longValue();
        assertThat(secondSource).isEqualTo(2);
    }
}
