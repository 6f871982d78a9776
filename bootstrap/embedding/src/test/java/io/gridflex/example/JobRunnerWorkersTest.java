package io.gridflex.example;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridflex.adapter.memory.InMemoryStores;
import io.gridflex.application.Gridflex;
import io.gridflex.application.belief.port.in.RecordBeliefsCommand;
import io.gridflex.application.scheduling.port.in.GetScheduleUseCase.ScheduleState;
import io.gridflex.domain.account.Actor;
import io.gridflex.domain.asset.Asset;
import io.gridflex.domain.asset.Coordinates;
import io.gridflex.domain.asset.NewAsset;
import io.gridflex.domain.attribute.Attributes;
import io.gridflex.domain.belief.Span;
import io.gridflex.domain.sensor.KnowledgeHorizon;
import io.gridflex.domain.sensor.NewSensor;
import io.gridflex.domain.sensor.Sensor;
import io.gridflex.domain.unit.SensorUnit;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** docs/embedding.md's other way to run jobs: workers on the embedder's own executor, started and stopped. */
class JobRunnerWorkersTest {

    @Test
    void workers_on_an_executor_run_a_triggered_job_and_give_their_threads_back() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try (Gridflex gridflex = Gridflex.builder().stores(InMemoryStores.create()).pollInterval(Duration.ofMillis(20)).build()) {
            Actor admin = Actor.of(gridflex.ensureFirstAdmin().ensureFirstAdmin("admin@example.org", "a long admin password")
                    .orElseThrow());
            Asset site = gridflex.registerAsset().registerAsset(admin, new NewAsset("Site", EmbeddingExample.SITE,
                    Optional.of(admin.accountId()), Optional.empty(), Coordinates.UNKNOWN, Attributes.NONE, Attributes.NONE,
                    Attributes.NONE));
            Sensor prices = gridflex.registerSensor().registerSensor(admin, new NewSensor(site.id(), "prices",
                    SensorUnit.of("EUR/MWh"), Duration.ofHours(1), ZoneOffset.UTC, KnowledgeHorizon.EX_POST, Attributes.NONE));
            gridflex.recordBeliefs().recordBeliefs(admin, new RecordBeliefsCommand(prices.id(), EmbeddingExample.START,
                    Span.exact(Duration.ofHours(4)), List.of(10.0, 50.0, 10.0, 50.0), SensorUnit.of("EUR/MWh"),
                    Optional.of(EmbeddingExample.KNOWN_AT), Optional.empty()));
            Sensor battery = gridflex.registerSensor().registerSensor(admin, new NewSensor(site.id(), "battery power",
                    SensorUnit.of("MW"), Duration.ofHours(1), ZoneOffset.UTC, KnowledgeHorizon.EX_POST, Attributes.NONE));

            gridflex.jobRunner().start(threads, 2);
            UUID job = EmbeddingExample.triggerSchedule(gridflex, admin, battery.id(), prices.id());
            ScheduleState state = new ScheduleState.Waiting();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (state instanceof ScheduleState.Waiting && System.nanoTime() < deadline) {
                Thread.sleep(20);
                state = gridflex.getSchedule().getSchedule(admin, battery.id(), job, Optional.empty(), Optional.empty());
            }

            assertThat(state).isInstanceOf(ScheduleState.Ready.class);
            assertThat(((ScheduleState.Ready) state).schedule().values()).hasSize(4);
            assertThat(gridflex.jobRunner().stop()).as("the workers left the executor's threads").isTrue();
            assertThat(gridflex.jobRunner().runNextJob()).as("nothing left in the queue").isFalse();
        } finally {
            threads.shutdownNow();
        }
    }
}
