package io.gridflex.application.scheduling.port.in;

import io.gridflex.domain.account.Actor;
import io.gridflex.domain.asset.AssetId;
import io.gridflex.domain.attribute.Attributes;
import io.gridflex.domain.sensor.SensorId;
import java.util.UUID;

/**
 * Queues a scheduling job (FlexMeasures' schedule triggers). The request is checked whole before
 * the job is queued — fields, units, sensors, horizon — so that a job fails only on its data.
 * Answers the job's id at once; a worker of any instance runs it.
 */
public interface TriggerScheduleUseCase {

    /**
     * Schedules the device whose power sensor this is: {@code request} as FlexMeasures' sensor
     * trigger (start, duration, resolution, prior, flex-model as one object, flex-context).
     */
    UUID triggerSensorSchedule(Actor actor, SensorId sensor, Attributes request);

    /**
     * Schedules devices of an asset (its own sensors and those of its descendants) jointly, or one
     * after another where {@code "sequential": true}: flex-model as a list of objects naming their sensor.
     */
    UUID triggerAssetSchedule(Actor actor, AssetId asset, Attributes request);
}
