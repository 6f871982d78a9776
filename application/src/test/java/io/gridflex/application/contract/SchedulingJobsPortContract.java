package io.gridflex.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridflex.application.scheduling.port.out.SchedulingJob;
import io.gridflex.application.scheduling.port.out.SchedulingJobsPort;
import io.gridflex.application.scheduling.flex.FlexDocuments;
import io.gridflex.application.scheduling.port.out.JobRequest;
import io.gridflex.domain.asset.AssetId;
import io.gridflex.domain.belief.EventGrid;
import io.gridflex.domain.belief.DataSource;
import io.gridflex.domain.belief.SourceId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What every adapter of the scheduling-job queue guarantees. */
public abstract class SchedulingJobsPortContract {

    static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");
    static final Duration LEASE = Duration.ofMinutes(5);

    static final JobRequest REQUEST = new JobRequest(AssetId.of(1),
            new EventGrid(Instant.parse("2026-11-22T23:00:00Z"), Duration.ofMinutes(15), 96), T0, false,
            List.of(FlexDocuments.namedDevice("flex-model", Map.of("sensor", 1, "soc-at-start", "12.1 kWh",
                    "storage-efficiency", 0.9999, "soc-targets", List.of(Map.of("datetime", "2026-11-23T06:00:00+01:00",
                            "value", "20 kWh"))))),
            FlexDocuments.context(Map.of("consumption-price", Map.of("sensor", 3), "relax-constraints", false)));

    protected abstract StoreFixture fixture();

    private SchedulingJob.Outcome outcome() {
        SourceId source = fixture().sources().findOrRegisterSource(new DataSource.DataSourceDescription("gridflex", "scheduler",
                Optional.of("StorageScheduler"), Optional.of("1"), Optional.empty())).id();
        return new SchedulingJob.Outcome("StorageScheduler", "OR-Tools GLOP LP", 1e-9, source);
    }

    private SchedulingJobsPort jobs() {
        return fixture().schedulingJobs();
    }

    private UUID enqueue(int secondsAfterT0) {
        UUID id = UUID.randomUUID();
        jobs().enqueue(SchedulingJob.queued(id, REQUEST, Optional.empty(), T0.plusSeconds(secondsAfterT0)));
        return id;
    }

    @Test
    void keeps_a_queued_job_with_its_request() {
        UUID id = enqueue(0);

        SchedulingJob job = jobs().findJob(id).orElseThrow();

        assertThat(job.status()).isEqualTo(SchedulingJob.Status.QUEUED);
        assertThat(job.request()).isEqualTo(REQUEST);
        assertThat(job.createdAt()).isEqualTo(T0);
        assertThat(jobs().findJob(UUID.randomUUID())).isEmpty();
    }

    @Test
    void hands_out_the_oldest_waiting_job_once() {
        UUID second = enqueue(10);
        UUID first = enqueue(0);

        SchedulingJob claimed = jobs().claimNext("a", T0.plusSeconds(20), LEASE).orElseThrow();
        assertThat(claimed.id()).isEqualTo(first);
        assertThat(claimed.status()).isEqualTo(SchedulingJob.Status.RUNNING);
        assertThat(claimed.worker()).contains("a");
        assertThat(claimed.attempts()).isEqualTo(1);
        assertThat(jobs().claimNext("b", T0.plusSeconds(21), LEASE).orElseThrow().id()).isEqualTo(second);
        assertThat(jobs().claimNext("c", T0.plusSeconds(22), LEASE)).isEmpty();
    }

    @Test
    void ends_jobs_well_or_with_a_reason_and_never_hands_them_out_again() {
        UUID done = enqueue(0);
        UUID failed = enqueue(1);
        jobs().claimNext("a", T0, LEASE);
        jobs().claimNext("a", T0, LEASE);

        SchedulingJob.Outcome outcome = outcome();
        assertThat(jobs().finish(done, "a", outcome, T0.plusSeconds(30))).isTrue();
        assertThat(jobs().fail(failed, "a", "The input data yields an infeasible problem.", T0.plusSeconds(31))).isTrue();
        assertThat(jobs().finish(failed, "a", outcome, T0.plusSeconds(40))).as("already ended: stays failed").isFalse();

        SchedulingJob finished = jobs().findJob(done).orElseThrow();
        assertThat(finished.status()).isEqualTo(SchedulingJob.Status.FINISHED);
        assertThat(finished.outcome()).contains(outcome);
        SchedulingJob job = jobs().findJob(failed).orElseThrow();
        assertThat(job.status()).isEqualTo(SchedulingJob.Status.FAILED);
        assertThat(job.error()).contains("The input data yields an infeasible problem.");
        assertThat(job.endedAt()).contains(T0.plusSeconds(31));
        assertThat(jobs().claimNext("b", T0.plus(Duration.ofHours(1)), LEASE)).isEmpty();
    }

    @Test
    void hands_out_again_a_job_whose_worker_vanished() {
        UUID id = enqueue(0);
        jobs().claimNext("crashed", T0, LEASE);

        assertThat(jobs().claimNext("b", T0.plus(LEASE).minusSeconds(1), LEASE)).as("lease still running").isEmpty();
        SchedulingJob again = jobs().claimNext("b", T0.plus(LEASE).plusSeconds(1), LEASE).orElseThrow();

        assertThat(again.id()).isEqualTo(id);
        assertThat(again.worker()).contains("b");
        assertThat(again.attempts()).isEqualTo(2);
        assertThat(jobs().fail(id, "crashed", "Timed out.", T0.plus(LEASE).plusSeconds(2))).as("no longer its job").isFalse();
        assertThat(jobs().finish(id, "crashed", outcome(), T0.plus(LEASE).plusSeconds(2))).isFalse();
        assertThat(jobs().findJob(id).orElseThrow().isRunningFor("b")).isTrue();
        assertThat(jobs().finish(id, "b", outcome(), T0.plus(LEASE).plusSeconds(3))).isTrue();
    }

    @Test
    void concurrent_workers_never_claim_the_same_job() throws Exception {
        List<UUID> queued = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            queued.add(enqueue(i));
        }
        Set<UUID> claimed = ConcurrentHashMap.newKeySet();
        List<UUID> claims = Collections.synchronizedList(new ArrayList<>());
        ExecutorService workers = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                String worker = "w" + w;
                running.add(workers.submit(() -> {
                    Optional<SchedulingJob> job;
                    while ((job = jobs().claimNext(worker, T0.plusSeconds(60), LEASE)).isPresent()) {
                        claimed.add(job.get().id());
                        claims.add(job.get().id());
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            workers.shutdownNow();
        }

        assertThat(claims).hasSize(12);
        assertThat(claimed).containsExactlyInAnyOrderElementsOf(queued);
    }

    @Test
    void lists_an_assets_jobs_newest_first_with_their_status() {
        UUID older = enqueue(0);
        UUID newer = enqueue(10);
        JobRequest elsewhere = new JobRequest(AssetId.of(2), REQUEST.horizon(), REQUEST.beliefTime(), false, REQUEST.flexModels(),
                REQUEST.flexContext());
        jobs().enqueue(SchedulingJob.queued(UUID.randomUUID(), elsewhere, Optional.empty(), T0.plusSeconds(5)));
        jobs().claimNext("a", T0.plusSeconds(20), LEASE);
        jobs().fail(older, "a", "infeasible", T0.plusSeconds(30));

        List<SchedulingJob> listed = jobs().jobsOfAsset(AssetId.of(1));

        assertThat(listed).extracting(SchedulingJob::id).containsExactly(newer, older);
        assertThat(listed).extracting(SchedulingJob::status).containsExactly(SchedulingJob.Status.QUEUED, SchedulingJob.Status.FAILED);
        assertThat(listed.get(1).error()).contains("infeasible");
        assertThat(listed.get(0).request()).isEqualTo(REQUEST);
        assertThat(jobs().jobsOfAsset(AssetId.of(3))).isEmpty();
    }
}
