package io.gridflex.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The demo data of a first start on the embedded default: a battery that can be scheduled at once. */
class DemoDataTest extends ApiTest {

    @Override
    protected Map<String, Object> properties() {
        return Map.of("gridflex.demo-data", true, "gridflex.scheduling.poll-interval", "100ms");
    }

    @Test
    void the_demo_battery_is_scheduled_with_its_stored_flex_model_and_the_sites_prices() throws Exception {
        String admin = adminToken();
        Answer battery = get("/api/v3_0/sensors/2", admin);
        assertThat(battery.status()).isEqualTo(200);
        assertThat(battery.map()).containsEntry("name", "power").containsEntry("unit", "kW");
        String today = Instant.now().truncatedTo(ChronoUnit.DAYS).toString();

        Answer trigger = post("/api/v3_0/sensors/2/schedules/trigger", "{\"start\": \"" + today
                + "\", \"duration\": \"PT24H\", \"flex-model\": {\"soc-at-start\": \"12.1 kWh\"}}", admin);
        assertThat(trigger.status()).as(trigger.raw()).isEqualTo(200);
        Answer schedule = null;
        for (int i = 0; i < 300; i++) {
            schedule = get("/api/v3_0/sensors/2/schedules/" + trigger.get("schedule") + "?duration=PT24H", admin);
            if (schedule.status() == 200) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(schedule.status()).as(schedule.raw()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        List<Number> values = (List<Number>) schedule.get("values");
        assertThat(values).hasSize(96).allSatisfy(v -> assertThat(Math.abs(v.doubleValue())).isLessThanOrEqualTo(10 + 1e-6));
        assertThat(values.stream().mapToDouble(Number::doubleValue).map(Math::abs).max().orElse(0)).as("it trades").isPositive();
    }
}
