package io.gridflex.application.scheduling.port.in;

import io.gridflex.application.scheduling.flex.FlexDevice;
import io.gridflex.application.scheduling.flex.SiteFlexContext;
import io.gridflex.domain.invariant.Require;
import io.gridflex.domain.sensor.SensorId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A schedule trigger in typed values, whichever API it came through. The flex-models and the
 * flex-context hold only what the trigger gives: the asset's stored ones fill the rest.
 *
 * @param duration the horizon's length (default the planning horizon; soc-targets beyond it extend it)
 * @param resolution the schedule's step (default the coarsest of the devices' sensors)
 * @param prior the time up to which data is believed (default now)
 * @param flexModels one per device; for a sensor target none (that sensor, nothing given) or one naming that sensor
 * @param sequential devices one after another, each seeing the earlier ones as inflexible, instead of jointly
 * @param forceNewJob FlexMeasures' force-new-job-creation: a new job even where an identical trigger made one within the
 *     hour (which it otherwise gets back)
 */
public record TriggerScheduleCommand(ScheduleTarget target, Instant start, Optional<Duration> duration,
                                     Optional<Duration> resolution, Optional<Instant> prior, List<FlexDevice> flexModels,
                                     SiteFlexContext flexContext, boolean sequential, boolean forceNewJob) {

    public TriggerScheduleCommand {
        Require.present("target", target);
        Require.present("start", start);
        Require.present("duration", duration);
        Require.that(duration.isEmpty() || !duration.get().isNegative(), "duration", "Must not be negative.");
        Require.present("resolution", resolution);
        Require.present("prior", prior);
        flexModels = List.copyOf(Require.present("flex-model", flexModels));
        Require.present("flex-context", flexContext);
    }

    /** A trigger for one device from {@code start}, everything else by default or as stored. */
    public static TriggerScheduleCommand ofSensor(SensorId sensor, Instant start) {
        return new TriggerScheduleCommand(new ScheduleTarget.OfSensor(sensor), start, Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), SiteFlexContext.NONE, false, false);
    }

    public TriggerScheduleCommand withFlexModels(List<FlexDevice> models) {
        return new TriggerScheduleCommand(target, start, duration, resolution, prior, models, flexContext, sequential, forceNewJob);
    }

    /** This trigger, making a new job even where an identical one made a job within the hour. */
    public TriggerScheduleCommand forcingNewJob() {
        return new TriggerScheduleCommand(target, start, duration, resolution, prior, flexModels, flexContext, sequential, true);
    }

    public TriggerScheduleCommand withFlexContext(SiteFlexContext context) {
        return new TriggerScheduleCommand(target, start, duration, resolution, prior, flexModels, context, sequential, forceNewJob);
    }
}
