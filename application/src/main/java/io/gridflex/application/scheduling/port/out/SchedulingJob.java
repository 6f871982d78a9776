package io.gridflex.application.scheduling.port.out;

import io.gridflex.domain.account.UserId;
import io.gridflex.domain.invariant.Require;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A scheduling job as the queue keeps it. The request is the document the job was triggered
 * with, kept whole so that any instance can run the job, also after a restart.
 *
 * @param attempts how often a worker has claimed it (a claim whose lease ran out is claimed again)
 */
public record SchedulingJob(UUID id, Status status, String request, Optional<UserId> requestedBy, Instant createdAt,
                            Optional<String> worker, Optional<Instant> claimedAt, Optional<Instant> endedAt,
                            Optional<String> error, int attempts) {

    public enum Status { QUEUED, RUNNING, FINISHED, FAILED }

    public SchedulingJob {
        Require.present("id", id);
        Require.present("status", status);
        Require.present("request", request);
        Require.present("requestedBy", requestedBy);
        Require.present("createdAt", createdAt);
        Require.present("worker", worker);
        Require.present("claimedAt", claimedAt);
        Require.present("endedAt", endedAt);
        Require.present("error", error);
        Require.that(attempts >= 0, "attempts", "Must not be negative.");
    }

    /** A new job, waiting for a worker. */
    public static SchedulingJob queued(UUID id, String request, Optional<UserId> requestedBy, Instant at) {
        return new SchedulingJob(id, Status.QUEUED, request, requestedBy, at, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), 0);
    }

    /** This job, running for {@code by} since {@code at}: one more attempt. */
    public SchedulingJob claimed(String by, Instant at) {
        return new SchedulingJob(id, Status.RUNNING, request, requestedBy, createdAt, Optional.of(by), Optional.of(at),
                Optional.empty(), Optional.empty(), attempts + 1);
    }

    /** This job, ended at {@code at}: finished, or failed with {@code reason}. */
    public SchedulingJob ended(Status how, Optional<String> reason, Instant at) {
        return new SchedulingJob(id, how, request, requestedBy, createdAt, worker, claimedAt, Optional.of(at), reason, attempts);
    }

    public boolean isWaitingOrRunning() {
        return status == Status.QUEUED || status == Status.RUNNING;
    }
}
