package io.gridflex.application.scheduling.port.in;

import io.gridflex.domain.account.Actor;
import java.util.UUID;

/**
 * Queues a scheduling job (FlexMeasures' schedule triggers). The request is checked whole before
 * the job is queued — fields, units, sensors, horizon — so that a job fails only on its data.
 * Answers the job's id at once; a worker of any instance runs it.
 */
public interface TriggerScheduleUseCase {

    /**
     * Schedules the target's devices, each with its flex-model over the one stored on its asset
     * lineage (field by field), in the flex-context over the asset's stored one.
     */
    UUID trigger(Actor actor, TriggerScheduleCommand command);
}
