package io.gridflex.bootstrap;

import static io.gridflex.bootstrap.PublicApiTest.fieldErrors;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code GET /api/v3_0/assets/<id>/kpis} and {@code GET /api/v3_0/assets/<id>/jobs} in FlexMeasures' shapes. */
class AssetKpiApiTest extends ApiTest {

    @Override
    protected Map<String, Object> properties() {
        return Map.of("gridflex.demo-data", true, "gridflex.scheduling.poll-interval", "100ms");
    }

    private long sensor(String admin, long asset, String name, String unit) {
        Answer created = post("/api/v3_0/sensors", "{\"name\": \"" + name + "\", \"unit\": \"" + unit
                + "\", \"event_resolution\": \"P1D\", \"generic_asset_id\": " + asset + "}", admin);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return id(created);
    }

    @Test
    @SuppressWarnings("unchecked")
    void answers_the_daily_kpis_the_asset_names() {
        String admin = adminToken();
        long asset = id(post("/api/v3_0/assets", "{\"name\": \"KPI site\", \"generic_asset_type_id\": 5}", admin));
        long energy = sensor(admin, asset, "daily energy", "kWh");
        long share = sensor(admin, asset, "daily self-consumption", "%");
        assertThat(post("/api/v3_0/sensors/" + energy + "/data", "{\"values\": [100.123, 200.456, 300], \"start\": "
                + "\"2026-05-01T00:00:00Z\", \"duration\": \"P3D\", \"unit\": \"kWh\"}", admin).status()).isEqualTo(200);
        assertThat(post("/api/v3_0/sensors/" + share + "/data", "{\"values\": [50, 70, 90], \"start\": "
                + "\"2026-05-01T00:00:00Z\", \"duration\": \"P3D\", \"unit\": \"%\"}", admin).status()).isEqualTo(200);
        Answer patched = patch("/api/v3_0/assets/" + asset, "{\"attributes\": {\"sensors_to_show_as_kpis\": [{\"title\": \"Energy\", "
                + "\"sensor\": " + energy + "}, {\"title\": \"Self-consumption\", \"sensor\": " + share + "}]}}", admin);
        assertThat(patched.status()).as(patched.raw()).isEqualTo(200);

        Answer kpis = get("/api/v3_0/assets/" + asset + "/kpis?start=2026-05-01T00:00:00%2B00:00&end=2026-05-03T00:00:00%2B00:00", admin);

        assertThat(kpis.status()).as(kpis.raw()).isEqualTo(200);
        List<Map<String, Object>> data = (List<Map<String, Object>>) kpis.get("data");
        assertThat(data).hasSize(2);
        assertThat(data.get(0)).containsEntry("title", "Energy").containsEntry("unit", "kWh").containsEntry("sensor", (int) energy)
                .containsEntry("downsample_value", 300.58).containsEntry("downsample_function", "sum");
        assertThat(data.get(1)).containsEntry("title", "Self-consumption").containsEntry("unit", "%")
                .containsEntry("downsample_value", 60.0).containsEntry("downsample_function", "mean");
    }

    @Test
    void refuses_kpis_without_a_period_and_of_an_unknown_asset() {
        String admin = adminToken();
        Answer missing = get("/api/v3_0/assets/1/kpis?start=2026-05-01T00:00:00Z", admin);
        assertThat(missing.status()).isEqualTo(422);
        assertThat(fieldErrors(missing)).containsOnlyKeys("end");
        Answer naive = get("/api/v3_0/assets/1/kpis?start=2026-05-01T00:00:00&end=2026-05-02T00:00:00Z", admin);
        assertThat(fieldErrors(naive)).containsOnlyKeys("start");
        Answer unknown = get("/api/v3_0/assets/999999/kpis?start=2026-05-01T00:00:00Z&end=2026-05-02T00:00:00Z", admin);
        assertThat(unknown.status()).isEqualTo(404);
    }

    @Test
    @SuppressWarnings("unchecked")
    void lists_the_scheduling_jobs_of_an_asset_with_their_status() throws Exception {
        String admin = adminToken();
        Answer battery = get("/api/v3_0/sensors/2", admin);
        long asset = ((Number) battery.get("generic_asset_id")).longValue();
        String today = Instant.now().truncatedTo(ChronoUnit.DAYS).toString();
        Answer trigger = post("/api/v3_0/sensors/2/schedules/trigger", "{\"start\": \"" + today
                + "\", \"duration\": \"PT24H\", \"flex-model\": {\"soc-at-start\": \"12.1 kWh\"}}", admin);
        assertThat(trigger.status()).as(trigger.raw()).isEqualTo(200);
        String job = (String) trigger.get("schedule");

        Map<String, Object> listed = null;
        for (int i = 0; i < 300; i++) {
            Answer jobs = get("/api/v3_0/assets/" + asset + "/jobs", admin);
            assertThat(jobs.status()).as(jobs.raw()).isEqualTo(200);
            assertThat(jobs.map()).containsEntry("redis_connection_err", null);
            listed = ((List<Map<String, Object>>) jobs.get("jobs")).stream().filter(j -> job.equals(j.get("job_id"))).findFirst()
                    .orElseThrow();
            if ("finished".equals(listed.get("status"))) {
                break;
            }
            assertThat(listed.get("status")).isIn("queued", "started");
            Thread.sleep(100);
        }
        assertThat(listed).containsEntry("status", "finished").containsEntry("queue", "scheduling")
                .containsEntry("asset_or_sensor_type", "asset").containsEntry("err", null);
        assertThat((String) listed.get("entity")).endsWith("(Id: " + asset + ")");
        assertThat((String) listed.get("metadata")).contains("\"job_id\":\"" + job + "\"").contains("\"sensors\":[2]");
        assertThat((String) listed.get("metadata_hash")).hasSize(64);
        assertThat((String) listed.get("enqueued_at")).startsWith(Instant.now().toString().substring(0, 10));

        Answer unknown = get("/api/v3_0/assets/999999/jobs", admin);
        assertThat(unknown.status()).isEqualTo(404);
    }
}
