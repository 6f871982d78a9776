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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A scheduling job's request, complete and checked: the asset, the horizon, the time up to which
 * data is believed, and each device's flex-model and the site's flex-context with the asset's
 * stored fields already merged in. Kept by the job queue as its JSON document (FlexMeasures'
 * format, written from the merged values), so any instance can run the job, also after a restart.
 *
 * @param flexModels the merged flex-models as given, in the trigger's order (what the document keeps)
 * @param flexContext the merged flex-context as given
 */
record ScheduleRequest(AssetId asset, EventGrid horizon, Instant beliefTime, boolean sequential, List<FlexDevice> flexModels,
                       SiteFlexContext flexContext, List<FlexModel> devices, List<ProcessModel> processes,
                       FlexContext context) {

    ScheduleRequest {
        flexModels = List.copyOf(flexModels);
        devices = List.copyOf(devices);
        processes = List.copyOf(processes);
    }

    /** Checks merged flex-models and flex-context; refuses, naming the field, whatever does not fit. */
    static ScheduleRequest of(AssetId asset, EventGrid horizon, Instant beliefTime, boolean sequential,
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
        return new ScheduleRequest(asset, horizon, beliefTime, sequential, flexModels, flexContext, devices, processes,
                FlexContext.check(flexContext));
    }

    /** Checks a queued job's request again, as it is about to run or be read. */
    static ScheduleRequest of(JobRequest request) {
        return of(request.asset(), request.horizon(), request.beliefTime(), request.sequential(), request.flexModels(),
                request.flexContext());
    }

    /** What the job queue keeps. */
    JobRequest job() {
        return new JobRequest(asset, horizon, beliefTime, sequential, flexModels, flexContext);
    }

    /** How errors name the i-th of n flex-models: "flex-model" where it is the only one. */
    static String pathOf(int i, int n) {
        return n == 1 ? "flex-model" : "flex-model[" + i + "]";
    }

    /** The sensors of every device, storage devices first: the order of a schedule's profiles. */
    List<SensorId> sensors() {
        return Stream.concat(devices.stream().map(FlexModel::sensor), processes.stream().map(ProcessModel::sensor)).toList();
    }
}
