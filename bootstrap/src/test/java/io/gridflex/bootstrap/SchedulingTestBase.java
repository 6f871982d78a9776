package io.gridflex.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;

/** A public price sensor (cheap, dear, cheap, dear) and the means to make sites, batteries and scheduling jobs. */
abstract class SchedulingTestBase extends ApiTest {

    static final String START = "2026-06-02T10:00:00+00:00";
    /** Cheap, dear, cheap, dear: a battery charges and discharges in turn. */
    static final String PRICES = "[10, 50, 10, 50]";


    final AtomicInteger counter = new AtomicInteger();
    String admin;
    long prices;

    @BeforeAll
    void pricesOnAPublicAsset() {
        admin = adminToken();
        long market = id(post("/api/v3_0/assets", "{\"name\": \"Day-ahead market\", \"generic_asset_type_id\": 5, "
                + "\"account_id\": null}", admin));
        prices = sensor(market, "EUR/MWh");
        assertThat(post("/api/v3_0/sensors/" + prices + "/data", "{\"values\": " + PRICES + ", \"start\": \"" + START
                + "\", \"duration\": \"PT4H\", \"unit\": \"EUR/MWh\", \"prior\": \"2026-06-01T12:00:00Z\"}", admin).status())
                .isEqualTo(200);
    }

    long site(String flexContext) {
        Answer created = post("/api/v3_0/assets", "{\"name\": \"Site " + counter.incrementAndGet()
                + "\", \"generic_asset_type_id\": 5, \"flex_context\": " + flexContext + "}", admin);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return id(created);
    }

    long battery(long parent, String flexModel) {
        Answer created = post("/api/v3_0/assets", "{\"name\": \"Battery " + counter.incrementAndGet()
                + "\", \"generic_asset_type_id\": 5, \"parent_asset_id\": " + parent + ", \"flex_model\": " + flexModel + "}", admin);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return sensor(id(created), "MW");
    }

    long sensor(long asset, String unit) {
        Answer created = post("/api/v3_0/sensors", "{\"name\": \"sensor " + counter.incrementAndGet() + "\", \"unit\": \"" + unit
                + "\", \"event_resolution\": \"PT1H\", \"timezone\": \"UTC\", \"generic_asset_id\": " + asset + "}", admin);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return id(created);
    }

    String priced() {
        return "{\"consumption-price\": {\"sensor\": " + prices + "}}";
    }

    String trigger(String path, String body, String token) {
        Answer answer = post(path, body, token);
        assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
        assertThat(answer.map()).containsEntry("status", "PROCESSED").containsEntry("message", "Request has been processed.");
        return (String) answer.get("schedule");
    }

    /** The schedule once the job has ended (or what the last attempt answered, after 30 s). */
    Answer awaitSchedule(long sensor, String job, String query) throws InterruptedException {
        Answer answer = null;
        for (int i = 0; i < 300; i++) {
            answer = get("/api/v3_0/sensors/" + sensor + "/schedules/" + job + query, admin);
            if (answer.status() != 400 || !"Scheduling job waiting to be processed.".equals(answer.get("message"))) {
                return answer;
            }
            Thread.sleep(100);
        }
        return answer;
    }

    @SuppressWarnings("unchecked")
    static List<Double> valuesOf(Answer answer) {
        assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
        return ((List<Object>) answer.get("values")).stream().map(v -> v == null ? null : ((Number) v).doubleValue()).toList();
    }

    static List<Double> values(Answer answer) {
        return valuesOf(answer);
    }
}
