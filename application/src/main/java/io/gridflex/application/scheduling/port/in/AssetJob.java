package io.gridflex.application.scheduling.port.in;

import io.gridflex.domain.asset.AssetId;
import io.gridflex.domain.belief.EventGrid;
import io.gridflex.domain.invariant.Require;
import io.gridflex.domain.sensor.SensorId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A scheduling job as an asset's job listing shows it: what was asked (the horizon, the belief
 * time, the devices' sensors), where it stands, and how it ended.
 *
 * @param scheduler the scheduler that made a finished job's schedule
 */
public record AssetJob(UUID id, AssetId asset, Status status, Instant enqueuedAt, Optional<Instant> startedAt,
                       Optional<Instant> endedAt, Optional<String> error, EventGrid horizon, Instant beliefTime,
                       List<SensorId> sensors, int attempts, Optional<String> scheduler) {

    public enum Status { QUEUED, RUNNING, FINISHED, FAILED }

    public AssetJob {
        Require.present("id", id);
        Require.present("asset", asset);
        Require.present("status", status);
        Require.present("enqueuedAt", enqueuedAt);
        Require.present("startedAt", startedAt);
        Require.present("endedAt", endedAt);
        Require.present("error", error);
        Require.present("horizon", horizon);
        Require.present("beliefTime", beliefTime);
        sensors = List.copyOf(sensors);
        Require.present("scheduler", scheduler);
    }
}
