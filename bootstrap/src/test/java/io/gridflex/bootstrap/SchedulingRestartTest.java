package io.gridflex.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A job survives a restart between trigger and completion: the first server only serves the API
 * (no workers), the second, on the same database, runs the job it finds queued.
 */
class SchedulingRestartTest extends SchedulingTestBase {

    @Override
    protected Map<String, Object> properties() {
        return Map.of("gridflex.scheduling.workers", 0);
    }

    @Test
    void a_job_triggered_before_a_restart_is_run_after_it() throws Exception {
        long battery = battery(site(priced()), "{\"power-capacity\": \"1 MW\", \"soc-max\": \"1 MWh\"}");
        String job = trigger("/api/v3_0/sensors/" + battery + "/schedules/trigger", "{\"start\": \"" + START
                + "\", \"duration\": \"PT4H\", \"flex-model\": {\"soc-at-start\": 0}}", admin);
        Thread.sleep(300);
        Answer waiting = get("/api/v3_0/sensors/" + battery + "/schedules/" + job, admin);
        assertThat(waiting.status()).isEqualTo(400);
        assertThat(waiting.map()).containsEntry("status", "UNKNOWN_SCHEDULE")
                .containsEntry("message", "Scheduling job waiting to be processed.");

        restart(Map.of("gridflex.scheduling.workers", 1, "gridflex.scheduling.poll-interval", "100ms"));
        admin = adminToken(); // tokens outlive restarts too, but a fresh one keeps this test about jobs

        assertThat(values(awaitSchedule(battery, job, ""))).containsExactly(1.0, -1.0, 1.0, -1.0);
    }
}
