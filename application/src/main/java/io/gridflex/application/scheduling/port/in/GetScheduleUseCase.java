package io.gridflex.application.scheduling.port.in;

import io.gridflex.application.belief.port.in.SensorData;
import io.gridflex.domain.account.Actor;
import io.gridflex.domain.belief.Span;
import io.gridflex.domain.sensor.SensorId;
import io.gridflex.domain.unit.SensorUnit;
import java.util.Optional;
import java.util.UUID;

/** A scheduling job's schedule for one of its devices, once the job has finished. */
public interface GetScheduleUseCase {

    /**
     * @param duration how much of the schedule, from its start (default 6 hours, as FlexMeasures, or the whole schedule where shorter)
     * @param unit the unit of the values (default the sensor's)
     */
    ScheduleState getSchedule(Actor actor, SensorId sensor, UUID job, Optional<Span> duration, Optional<SensorUnit> unit);

    /** Where a job stands, seen from one of its devices. */
    sealed interface ScheduleState {

        /** No job has that id. */
        record NoSuchJob() implements ScheduleState {
        }

        /** The job exists, but the sensor is none of its devices (nor their state-of-charge sensors). */
        record Unknown(String reason) implements ScheduleState {
        }

        record Waiting() implements ScheduleState {
        }

        record Failed(String reason) implements ScheduleState {
        }

        /** The schedule (consumption positive), who made it and the proven bound on how far from optimal it is. */
        record Ready(SensorData schedule, String scheduler, String solver, double gap) implements ScheduleState {
        }
    }
}
