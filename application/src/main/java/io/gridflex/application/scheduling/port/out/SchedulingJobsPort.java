package io.gridflex.application.scheduling.port.out;

import java.time.Duration;
import io.gridflex.domain.asset.AssetId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The queue of scheduling jobs, shared by every server instance: a worker anywhere claims the
 * oldest waiting job, no two workers claim the same one, and a job whose worker vanished (its
 * lease ran out without an end) is claimed again. On PostgreSQL: {@code FOR UPDATE SKIP LOCKED}.
 */
public interface SchedulingJobsPort {

    void enqueue(SchedulingJob job);

    /**
     * The oldest job that is queued, or running on a lease older than {@code lease}, now running
     * for {@code worker}; empty when none is.
     */
    Optional<SchedulingJob> claimNext(String worker, Instant now, Duration lease);

    /**
     * Ends a job well, if {@code worker} still holds it (a worker whose lease ran out and whose job
     * another claimed ends nothing).
     *
     * @return whether the job was ended
     */
    boolean finish(UUID job, String worker, SchedulingJob.Outcome outcome, Instant at);

    /** Ends a job with the reason it failed, if {@code worker} still holds it. */
    boolean fail(UUID job, String worker, String reason, Instant at);

    Optional<SchedulingJob> findJob(UUID job);

    /** Every job kept for {@code asset} (its own triggers and those of its sensors), newest first. */
    List<SchedulingJob> jobsOfAsset(AssetId asset);
}
