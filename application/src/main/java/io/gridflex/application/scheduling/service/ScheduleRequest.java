package io.gridflex.application.scheduling.service;

import io.gridflex.domain.asset.AssetId;
import io.gridflex.domain.attribute.Attributes;
import io.gridflex.domain.belief.EventGrid;
import io.gridflex.domain.failure.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scheduling job's request, complete: the asset, the horizon, the time up to which data is
 * believed, and each device's flex-model and the site's flex-context with the asset's stored
 * fields already merged in. Kept by the job queue as its JSON document, so any instance can run
 * the job, also after a restart.
 */
record ScheduleRequest(AssetId asset, EventGrid horizon, Instant beliefTime, boolean sequential, List<FlexModel> devices,
                       List<ProcessModel> processes, FlexContext context, Attributes document) {

    ScheduleRequest {
        devices = List.copyOf(devices);
        processes = List.copyOf(processes);
    }

    /** The job document of a request. */
    static Attributes document(AssetId asset, EventGrid horizon, Instant beliefTime, boolean sequential,
                               List<Map<String, Object>> flexModels, Map<String, Object> flexContext) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("asset", asset.value());
        doc.put("start", horizon.start().toString());
        doc.put("resolution", horizon.spacing().toString());
        doc.put("steps", horizon.count());
        doc.put("belief-time", beliefTime.toString());
        doc.put("sequential", sequential);
        doc.put("flex-model", flexModels);
        doc.put("flex-context", flexContext);
        return Attributes.of(doc);
    }

    /** Reads a job document; refuses, naming the field, whatever is invalid in it. */
    @SuppressWarnings("unchecked")
    static ScheduleRequest read(Attributes document) {
        Map<String, Object> doc = document.values();
        AssetId asset = AssetId.of(((Number) doc.get("asset")).longValue());
        EventGrid horizon = new EventGrid(Instant.parse((String) doc.get("start")), Duration.parse((String) doc.get("resolution")),
                ((Number) doc.get("steps")).intValue());
        List<Map<String, Object>> models = (List<Map<String, Object>>) doc.get("flex-model");
        List<FlexModel> devices = new ArrayList<>(models.size());
        List<ProcessModel> processes = new ArrayList<>();
        for (int i = 0; i < models.size(); i++) {
            String path = pathOf(i, models.size());
            if (ProcessModel.describes(models.get(i))) {
                processes.add(ProcessModel.parse(path, models.get(i)));
            } else {
                devices.add(FlexModel.parse(path, models.get(i)));
            }
        }
        if (!devices.isEmpty() && !processes.isEmpty()) {
            throw new InvalidValueException("flex-model", "Storage devices and processes are scheduled by different "
                    + "schedulers: trigger them in separate jobs.");
        }
        long sensors = java.util.stream.Stream.concat(devices.stream().map(FlexModel::sensor),
                processes.stream().map(ProcessModel::sensor)).distinct().count();
        if (sensors != devices.size() + processes.size()) {
            throw new InvalidValueException("flex-model", "Each device's sensor may appear only once.");
        }
        return new ScheduleRequest(asset, horizon, Instant.parse((String) doc.get("belief-time")),
                Boolean.TRUE.equals(doc.get("sequential")), devices, processes,
                FlexContext.parse((Map<String, Object>) doc.get("flex-context")), document);
    }

    /** How errors name the i-th of n flex-models: "flex-model" where it is the only one. */
    static String pathOf(int i, int n) {
        return n == 1 ? "flex-model" : "flex-model[" + i + "]";
    }

    /** The sensors of every device, storage devices first: the order of a schedule's profiles. */
    List<io.gridflex.domain.sensor.SensorId> sensors() {
        return java.util.stream.Stream.concat(devices.stream().map(FlexModel::sensor), processes.stream().map(ProcessModel::sensor))
                .toList();
    }
}
