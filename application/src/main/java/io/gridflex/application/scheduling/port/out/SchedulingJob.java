package io.gridflex.application.scheduling.port.out;

import io.gridflex.domain.account.UserId;
import io.gridflex.domain.belief.SourceId;
import io.gridflex.domain.invariant.Require;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A scheduling job as the queue keeps it, with its complete request (stored flex-context and
 * flex-models merged in), so that any instance can run the job, also after a restart.
 *
 * @param attempts how often a worker has claimed it (a claim whose lease ran out is claimed again)
 * @param outcome what a finished job produced
 */
public record SchedulingJob(UUID id, Status status, JobRequest request, Optional<UserId> requestedBy, Instant createdAt,
                            Optional<String> worker, Optional<Instant> claimedAt, Optional<Instant> endedAt,
                            Optional<String> error, int attempts, Optional<Outcome> outcome) {

    public enum Status { QUEUED, RUNNING, FINISHED, FAILED }

    /**
     * What a finished job produced: the scheduler and solver that made the schedule, the proven
     * optimality gap, and the data source its beliefs are stored under.
     */
    public record Outcome(String scheduler, String solver, double gap, SourceId source) {
        public Outcome {
            Require.text("scheduler", scheduler, 80);
            Require.text("solver", solver, 80);
            Require.that(gap >= 0, "gap", "Must not be negative.");
            Require.present("source", source);
        }
    }

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
        Require.present("outcome", outcome);
        Require.that(outcome.isEmpty() || status == Status.FINISHED, "outcome", "Only a finished job has one.");
    }

    /** A new job, waiting for a worker. */
    public static SchedulingJob queued(UUID id, JobRequest request, Optional<UserId> requestedBy, Instant at) {
        return new SchedulingJob(id, Status.QUEUED, request, requestedBy, at, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), 0, Optional.empty());
    }

    /** This job, running for {@code by} since {@code at}: one more attempt. */
    public SchedulingJob claimed(String by, Instant at) {
        return new SchedulingJob(id, Status.RUNNING, request, requestedBy, createdAt, Optional.of(by), Optional.of(at),
                Optional.empty(), Optional.empty(), attempts + 1, Optional.empty());
    }

    /** This job, finished at {@code at} with what it produced. */
    public SchedulingJob finished(Outcome result, Instant at) {
        return new SchedulingJob(id, Status.FINISHED, request, requestedBy, createdAt, worker, claimedAt, Optional.of(at),
                Optional.empty(), attempts, Optional.of(result));
    }

    /** This job, failed at {@code at} for {@code reason}. */
    public SchedulingJob failed(String reason, Instant at) {
        return new SchedulingJob(id, Status.FAILED, request, requestedBy, createdAt, worker, claimedAt, Optional.of(at),
                Optional.of(reason), attempts, Optional.empty());
    }

    public boolean isWaitingOrRunning() {
        return status == Status.QUEUED || status == Status.RUNNING;
    }

    /** Whether {@code by} holds this job: it runs it, and nobody has claimed it since. */
    public boolean isRunningFor(String by) {
        return status == Status.RUNNING && worker.filter(by::equals).isPresent();
    }
}
