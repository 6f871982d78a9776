package io.gridflex.adapter.memory;

import io.gridflex.application.scheduling.port.out.SchedulingJob;
import io.gridflex.application.scheduling.port.out.SchedulingJobsPort;
import io.gridflex.domain.asset.AssetId;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.UnaryOperator;

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
    public boolean finish(UUID job, String worker, SchedulingJob.Outcome outcome, Instant at) {
        return end(job, worker, j -> j.finished(outcome, at));
    }

    @Override
    public boolean fail(UUID job, String worker, String reason, Instant at) {
        return end(job, worker, j -> j.failed(reason, at));
    }

    private boolean end(UUID id, String worker, UnaryOperator<SchedulingJob> ending) {
        return locked(() -> {
            SchedulingJob j = state.get(id);
            if (j == null || !j.isRunningFor(worker)) {
                return false;
            }
            state.put(id, ending.apply(j));
            return true;
        });
    }

    @Override
    public Optional<SchedulingJob> findJob(UUID job) {
        return locked(() -> Optional.ofNullable(state.get(job)));
    }

    @Override
    public List<SchedulingJob> jobsOfAsset(AssetId asset) {
        return locked(() -> state.values().stream()
                .filter(j -> j.request().asset().equals(asset))
                .sorted(Comparator.comparing(SchedulingJob::createdAt).reversed())
                .toList());
    }
}
