package io.gridflex.adapter.memory;

import io.gridflex.application.scheduling.port.out.SchedulingJob;
import io.gridflex.application.scheduling.port.out.SchedulingJobsPort;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;

/** The job queue in one process: claims happen under the store lock, so no two workers claim one job. */
public final class InMemorySchedulingJobs extends LockedStore<Map<UUID, SchedulingJob>> implements SchedulingJobsPort {

    InMemorySchedulingJobs(ReentrantLock lock) {
        super(lock, new LinkedHashMap<>());
    }

    @Override
    protected Map<UUID, SchedulingJob> copy(Map<UUID, SchedulingJob> jobs) {
        return new LinkedHashMap<>(jobs);
    }

    @Override
    public void enqueue(SchedulingJob job) {
        locked(() -> state.put(job.id(), job));
    }

    @Override
    public Optional<SchedulingJob> claimNext(String worker, Instant now, Duration lease) {
        return locked(() -> state.values().stream()
                .filter(j -> j.status() == SchedulingJob.Status.QUEUED || (j.status() == SchedulingJob.Status.RUNNING
                        && j.claimedAt().orElseThrow().isBefore(now.minus(lease))))
                .min(Comparator.comparing(SchedulingJob::createdAt))
                .map(j -> {
                    SchedulingJob running = j.claimed(worker, now);
                    state.put(j.id(), running);
                    return running;
                }));
    }

    @Override
    public void finish(UUID job, Instant at) {
        end(job, SchedulingJob.Status.FINISHED, Optional.empty(), at);
    }

    @Override
    public void fail(UUID job, String reason, Instant at) {
        end(job, SchedulingJob.Status.FAILED, Optional.of(reason), at);
    }

    private void end(UUID id, SchedulingJob.Status status, Optional<String> error, Instant at) {
        locked(() -> {
            SchedulingJob j = state.get(id);
            if (j != null && j.isWaitingOrRunning()) {
                state.put(id, j.ended(status, error, at));
            }
            return null;
        });
    }

    @Override
    public Optional<SchedulingJob> findJob(UUID job) {
        return locked(() -> Optional.ofNullable(state.get(job)));
    }
}
