package io.gridflex.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridflex.application.scheduling.port.out.Scheduler;
import io.gridflex.application.scheduling.service.SchedulerRegistry;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A job that runs past its time limit fails cleanly, and the worker goes on with the next. */
class SchedulingTimeoutTest extends SchedulingTestBase {

    @Override
    protected Map<String, Object> properties() {
        return Map.of("gridflex.scheduling.job-timeout", "500ms", "test.slow-scheduler.delay", "20s",
                "gridflex.scheduling.workers", 1);
    }

    @Test
    void finds_a_plugin_scheduler_bean_beside_those_of_service_loader() {
        SchedulerRegistry registry = server.getApplicationContext().getBean(SchedulerRegistry.class);
        assertThat(registry.schedulers()).extracting(Scheduler::name).startsWith("SlowScheduler").contains("StorageScheduler");
    }

    @Test
    void a_job_past_its_time_limit_fails_with_the_reason() throws Exception {
        long battery = battery(site(priced()), "{\"power-capacity\": \"1 MW\", \"soc-max\": \"1 MWh\"}");
        String body = "{\"start\": \"" + START + "\", \"duration\": \"PT4H\", \"flex-model\": {\"soc-at-start\": 0}}";
        String first = trigger("/api/v3_0/sensors/" + battery + "/schedules/trigger", body, admin);
        String second = trigger("/api/v3_0/sensors/" + battery + "/schedules/trigger", body, admin);

        for (String job : new String[] {first, second}) {
            Answer failed = awaitSchedule(battery, job, "");
            assertThat(failed.status()).isEqualTo(400);
            assertThat(failed.map()).containsEntry("status", "UNKNOWN_SCHEDULE")
                    .containsEntry("message", "Scheduling job timed out after PT0.5S.");
        }
    }
}
