package io.gridflex.application.scheduling.port.out;

import java.time.Duration;
import java.time.Instant;
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

    /** Ends a job well; a job already ended stays as it is. */
    void finish(UUID job, Instant at);

    /** Ends a job with the reason it failed; a job already ended stays as it is. */
    void fail(UUID job, String reason, Instant at);

    Optional<SchedulingJob> findJob(UUID job);
}
