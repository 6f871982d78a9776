package io.gridflex.adapter.jdbc.scheduling;

import io.gridflex.application.scheduling.port.out.SchedulingJob;
import io.gridflex.application.scheduling.port.out.SchedulingJobsPort;
import io.gridflex.adapter.jdbc.JsonColumns;
import io.gridflex.domain.account.UserId;
import io.gridflex.domain.asset.AssetId;
import io.gridflex.domain.belief.SourceId;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** The job queue in {@code scheduling_job} (V6): claims are one statement, {@code FOR UPDATE SKIP LOCKED}. */
@Singleton
@Transactional
public class SchedulingJobsJdbcAdapter implements SchedulingJobsPort {

    private static final String COLUMNS = "id, status, request, requested_by, created_at, worker, claimed_at, ended_at, error, attempts, scheduler, solver, gap, source_id";

    private final JdbcOperations jdbc;
    private final JsonColumns json;

    SchedulingJobsJdbcAdapter(JdbcOperations jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public void enqueue(SchedulingJob job) {
        jdbc.prepareStatement("INSERT INTO scheduling_job (id, status, request, requested_by, created_at) VALUES (?, 'queued', ?::jsonb, ?, ?)",
                statement -> {
                    statement.setObject(1, job.id());
                    statement.setString(2, json.write(JobRequestDocument.write(job.request())));
                    statement.setObject(3, job.requestedBy().map(UserId::value).orElse(null));
                    statement.setObject(4, at(job.createdAt()));
                    return statement.executeUpdate();
                });
    }

    @Override
    public Optional<SchedulingJob> claimNext(String worker, Instant now, Duration lease) {
        // the sub-select locks one claimable row and skips rows other workers hold: no two claim the same job
        return jdbc.prepareStatement("UPDATE scheduling_job SET status = 'running', worker = ?, claimed_at = ?, attempts = attempts + 1 "
                + "WHERE id = (SELECT id FROM scheduling_job WHERE status = 'queued' OR (status = 'running' AND claimed_at < ?) "
                + "ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED) RETURNING " + COLUMNS, statement -> {
                    statement.setString(1, worker);
                    statement.setObject(2, at(now));
                    statement.setObject(3, at(now.minus(lease)));
                    try (ResultSet rs = statement.executeQuery()) {
                        return rs.next() ? Optional.of(job(rs)) : Optional.<SchedulingJob>empty();
                    }
                });
    }

    @Override
    public boolean finish(UUID job, String worker, SchedulingJob.Outcome outcome, Instant at) {
        return jdbc.prepareStatement("UPDATE scheduling_job SET status = 'finished', ended_at = ?, scheduler = ?, solver = ?, "
                + "gap = ?, source_id = ? WHERE id = ? AND status = 'running' AND worker = ?", statement -> {
                    statement.setObject(1, at(at));
                    statement.setString(2, outcome.scheduler());
                    statement.setString(3, outcome.solver());
                    statement.setDouble(4, outcome.gap());
                    statement.setLong(5, outcome.source().value());
                    statement.setObject(6, job);
                    statement.setString(7, worker);
                    return statement.executeUpdate() == 1;
                });
    }

    @Override
    public boolean fail(UUID job, String worker, String reason, Instant at) {
        return jdbc.prepareStatement("UPDATE scheduling_job SET status = 'failed', error = ?, ended_at = ? "
                + "WHERE id = ? AND status = 'running' AND worker = ?", statement -> {
                    statement.setString(1, reason);
                    statement.setObject(2, at(at));
                    statement.setObject(3, job);
                    statement.setString(4, worker);
                    return statement.executeUpdate() == 1;
                });
    }

    @Override
    public Optional<SchedulingJob> findJob(UUID job) {
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM scheduling_job WHERE id = ?", statement -> {
            statement.setObject(1, job);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? Optional.of(job(rs)) : Optional.<SchedulingJob>empty();
            }
        });
    }

    @Override
    public List<SchedulingJob> jobsOfAsset(AssetId asset) {
        // the asset is part of the stored request (JobRequestDocument's "asset"); no column of its own, so no migration
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM scheduling_job WHERE (request::jsonb ->> 'asset')::bigint = ? "
                + "ORDER BY created_at DESC, id", statement -> {
                    statement.setLong(1, asset.value());
                    List<SchedulingJob> jobs = new ArrayList<>();
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            jobs.add(job(rs));
                        }
                    }
                    return jobs;
                });
    }

    private SchedulingJob job(ResultSet rs) throws SQLException {
        long user = rs.getLong("requested_by");
        Optional<UserId> requestedBy = rs.wasNull() ? Optional.empty() : Optional.of(UserId.of(user));
        long source = rs.getLong("source_id");
        Optional<SchedulingJob.Outcome> outcome = rs.wasNull() ? Optional.empty() : Optional.of(new SchedulingJob.Outcome(
                rs.getString("scheduler"), rs.getString("solver"), rs.getDouble("gap"), SourceId.of(source)));
        return new SchedulingJob(rs.getObject("id", UUID.class),
                SchedulingJob.Status.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)), JobRequestDocument.read(json.readObject(rs.getString("request"))),
                requestedBy, instant(rs, "created_at").orElseThrow(),
                Optional.ofNullable(rs.getString("worker")), instant(rs, "claimed_at"), instant(rs, "ended_at"),
                Optional.ofNullable(rs.getString("error")), rs.getInt("attempts"), outcome);
    }

    private static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getObject(column, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
