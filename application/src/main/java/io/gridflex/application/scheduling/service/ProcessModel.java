package io.gridflex.application.scheduling.service;

import io.gridflex.domain.failure.InvalidValueException;
import io.gridflex.domain.scheduling.ProcessDevice;
import io.gridflex.domain.sensor.SensorId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The flex-model of a process (FlexMeasures' process scheduler): it runs {@code duration} at
 * {@code power}, as one block from the start (INFLEXIBLE), as one block when cheapest
 * (SHIFTABLE, the default) or in its cheapest steps (BREAKABLE), never in its time restrictions.
 */
record ProcessModel(String path, SensorId sensor, FlexValue power, Duration duration, ProcessDevice.Type type,
                    List<Period> timeRestrictions) {

    static final Set<String> FIELDS = Set.of("sensor", "power", "duration", "process-type", "optimization-direction",
            "time-restrictions");

    record Period(Instant start, Instant end) {
    }

    ProcessModel {
        timeRestrictions = List.copyOf(timeRestrictions);
    }

    /** Whether a flex-model describes a process rather than a storage device. */
    static boolean describes(Map<String, Object> raw) {
        return raw.containsKey("process-type") || raw.containsKey("power") || raw.containsKey("duration");
    }

    static ProcessModel parse(String path, Map<String, Object> raw) {
        KnownFields.require(path, raw.keySet(), FIELDS, " for a process (its fields: " + FIELDS + ")");
        SensorId sensor = FlexValue.sensorId(path + ".sensor", required(path, raw, "sensor"));
        FlexValue power = FlexValue.parse(path + ".power", required(path, raw, "power"));
        if (!(power instanceof FlexValue.Fixed)) {
            throw new InvalidValueException(path + ".power", "Must be a fixed quantity such as \"200 kW\".");
        }
        Duration duration = FlexValue.duration(path + ".duration", required(path, raw, "duration"));
        if (duration.isZero()) {
            throw new InvalidValueException(path + ".duration", "Must be longer than zero.");
        }
        ProcessDevice.Type type = ProcessDevice.Type.SHIFTABLE;
        if (raw.containsKey("process-type")) {
            try {
                type = ProcessDevice.Type.valueOf(String.valueOf(raw.get("process-type")).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidValueException(path + ".process-type", "Must be one of: INFLEXIBLE, SHIFTABLE, BREAKABLE.");
            }
        }
        Object direction = raw.getOrDefault("optimization-direction", "MIN");
        if (!"MIN".equalsIgnoreCase(String.valueOf(direction))) {
            throw new InvalidValueException(path + ".optimization-direction", "Only MIN (the cheapest schedule) is supported.");
        }
        List<Period> restrictions = new ArrayList<>();
        Object periods = raw.getOrDefault("time-restrictions", List.of());
        if (!(periods instanceof List<?> list)) {
            throw new InvalidValueException(path + ".time-restrictions", "Must be a list of {\"start\", \"duration\"}.");
        }
        for (int i = 0; i < list.size(); i++) {
            String field = path + ".time-restrictions[" + i + "]";
            if (!(list.get(i) instanceof Map<?, ?> period) || !period.containsKey("start") || !period.containsKey("duration")) {
                throw new InvalidValueException(field, "Must be {\"start\", \"duration\"}.");
            }
            Instant start = FlexValue.instant(field + ".start", period.get("start"));
            restrictions.add(new Period(start, start.plus(FlexValue.duration(field + ".duration", period.get("duration")))));
        }
        return new ProcessModel(path, sensor, power, duration, type, restrictions);
    }

    private static Object required(String path, Map<String, Object> raw, String field) {
        Object value = raw.get(field);
        if (value == null) {
            throw new InvalidValueException(path + "." + field, "Missing data for required field.");
        }
        return value;
    }
}
