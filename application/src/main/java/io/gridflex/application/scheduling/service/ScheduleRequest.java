package io.gridflex.application.scheduling.service;

import io.gridflex.application.scheduling.flex.FlexDevice;
import io.gridflex.application.scheduling.flex.ProcessFlexModel;
import io.gridflex.application.scheduling.flex.SiteFlexContext;
import io.gridflex.application.scheduling.flex.StorageFlexModel;
import io.gridflex.domain.asset.AssetId;
import io.gridflex.application.scheduling.port.out.JobRequest;
import io.gridflex.domain.belief.EventGrid;
import io.gridflex.domain.failure.InvalidValueException;
import io.gridflex.domain.sensor.SensorId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A scheduling job's request, complete and checked: the asset, the horizon, the time up to which
 * data is believed, and each device's flex-model and the site's flex-context with the asset's
 * stored fields already merged in. Kept by the job queue as its JSON document (FlexMeasures'
 * format, written from the merged values), so any instance can run the job, also after a restart.
 *
 * @param requested the horizon the trigger asked for (what the document keeps)
 * @param flexModels the merged flex-models as given, in the trigger's order (what the document keeps)
 * @param flexContext the merged flex-context as given
 * @param horizon the requested horizon, extended to the latest soc-target of any device (FlexMeasures)
 */
record ScheduleRequest(AssetId asset, EventGrid requested, Instant beliefTime, boolean sequential, List<FlexDevice> flexModels,
                       SiteFlexContext flexContext, List<FlexModel> devices, List<ProcessModel> processes,
                       FlexContext context, EventGrid horizon) {

    ScheduleRequest {
        flexModels = List.copyOf(flexModels);
        devices = List.copyOf(devices);
        processes = List.copyOf(processes);
    }

    /** Checks merged flex-models and flex-context; refuses, naming the field, whatever does not fit. */
    static ScheduleRequest of(AssetId asset, EventGrid requested, Instant beliefTime, boolean sequential,
                              List<FlexDevice> flexModels, SiteFlexContext flexContext) {
        List<FlexModel> devices = new ArrayList<>(flexModels.size());
        List<ProcessModel> processes = new ArrayList<>();
        for (int i = 0; i < flexModels.size(); i++) {
            String path = pathOf(i, flexModels.size());
            FlexDevice device = flexModels.get(i);
            if (device.flexModel() instanceof ProcessFlexModel process) {
                processes.add(ProcessModel.check(path, device.sensor(), process));
            } else {
                devices.add(FlexModel.check(path, device.sensor(), (StorageFlexModel) device.flexModel()));
            }
        }
        if (!devices.isEmpty() && !processes.isEmpty()) {
            throw new InvalidValueException("flex-model", "Storage devices and processes are scheduled by different "
                    + "schedulers: trigger them in separate jobs.");
        }
        long sensors = flexModels.stream().map(FlexDevice::sensor).distinct().count();
        if (sensors != flexModels.size()) {
            throw new InvalidValueException("flex-model", "Each device's sensor may appear only once.");
        }
        EventGrid horizon = requested;
        for (FlexModel device : devices) {
            EventGrid own = ownHorizon(requested, device);
            horizon = own.count() > horizon.count() ? own : horizon;
        }
        return new ScheduleRequest(asset, requested, beliefTime, sequential, flexModels, flexContext, devices, processes,
                FlexContext.check(flexContext), horizon);
    }

    /**
     * A device's own horizon: the requested one, extended to the device's latest soc-target where that
     * lies beyond it. Jointly scheduled devices share the longest; one after another, each has its own
     * (FlexMeasures extends only the horizon of the device whose targets lie beyond it).
     */
    static EventGrid ownHorizon(EventGrid requested, FlexModel device) {
        Optional<Instant> target = ProblemAssembler.latestTarget(device);
        if (target.isEmpty() || !target.get().isAfter(requested.end())) {
            return requested;
        }
        return new EventGrid(requested.start(), requested.spacing(), steps(requested.start(), target.get(), requested.spacing()));
    }

    /** Steps from {@code start} until {@code end}, the last one possibly partly beyond it; at least one. */
    static int steps(Instant start, Instant end, Duration resolution) {
        long steps = Math.max(1, (Duration.between(start, end).toNanos() + resolution.toNanos() - 1) / resolution.toNanos());
        return (int) Math.min(Integer.MAX_VALUE, steps);
    }

    /** How many of the horizon's steps are device {@code d}'s own (storage devices first, as in {@link #sensors()}). */
    int stepsOf(int d) {
        return d < devices.size() && sequential ? ownHorizon(requested, devices.get(d)).count() : horizon.count();
    }

    /** Checks a queued job's request again, as it is about to run or be read. */
    static ScheduleRequest of(JobRequest request) {
        return of(request.asset(), request.horizon(), request.beliefTime(), request.sequential(), request.flexModels(),
                request.flexContext());
    }

    /** What the job queue keeps. */
    JobRequest job() {
        return new JobRequest(asset, requested, beliefTime, sequential, flexModels, flexContext);
    }

    /** How errors name the i-th of n flex-models: "flex-model" where it is the only one. */
    static String pathOf(int i, int n) {
        return n == 1 ? "flex-model" : "flex-model[" + i + "]";
    }

    /** The state-of-charge sensor of each storage device, where it names one: where its stock schedule goes. */
    List<SensorId> stockSensors() {
        return devices.stream().map(d -> d.stateOfChargeSensor().orElse(null)).toList();
    }

    /** The sensors of every device, storage devices first: the order of a schedule's profiles. */
    List<SensorId> sensors() {
        return Stream.concat(devices.stream().map(FlexModel::sensor), processes.stream().map(ProcessModel::sensor)).toList();
    }
}
