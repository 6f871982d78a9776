package io.gridflex.application.scheduling.flex;

import io.gridflex.domain.failure.InvalidValueException;
import io.gridflex.domain.scheduling.ProcessDevice;
import io.gridflex.domain.sensor.SensorId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * FlexMeasures' flex-model and flex-context documents (JSON read into maps), read into typed
 * values and written back. The one reader of the format: a trigger's body and an asset's stored
 * documents read alike, so a field is refused with the same path and message wherever it comes from.
 * The reader refuses what has the wrong shape; whether the merged values fit together is checked
 * by the scheduling service.
 */
public final class FlexDocuments {

    public static final Set<String> STORAGE_QUANTITIES = Arrays.stream(StorageQuantity.values())
            .map(StorageQuantity::fieldName).collect(Collectors.toUnmodifiableSet());
    public static final Set<String> STORAGE_FIELDS = KnownFields.union(STORAGE_QUANTITIES, Set.of("sensor", "soc-unit",
            "prefer-charging-sooner", "prefer-curtailing-later", "operation-modes"));
    public static final Set<String> PROCESS_FIELDS = Set.of("sensor", "power", "duration", "process-type",
            "optimization-direction", "time-restrictions");
    public static final Set<String> DEVICE_FIELDS = KnownFields.union(STORAGE_FIELDS, PROCESS_FIELDS);
    public static final String CONTEXT = "flex-context";
    public static final Set<String> CONTEXT_QUANTITIES = Arrays.stream(SiteQuantity.values())
            .map(SiteQuantity::fieldName).collect(Collectors.toUnmodifiableSet());
    public static final Set<String> CONTEXT_FIELDS = KnownFields.union(CONTEXT_QUANTITIES, Set.of("consumption-price-sensor",
            "production-price-sensor", "inflexible-device-sensors", "relax-constraints", "relax-soc-constraints",
            "relax-site-capacity-constraints"));
    /** How a range of an operation mode is written; also the refusal of one that is not two bounds. */
    public static final String RANGE_SHAPE = "Must be [min, max], e.g. [\"0 kW\", \"3.7 kW\"].";

    private static final Set<String> MODE_FIELDS = Set.of("consumption-range", "production-range");

    private FlexDocuments() {
    }

    // ---- reading

    /** Whether a flex-model describes a process rather than a storage device. */
    public static boolean describesProcess(Map<String, Object> raw) {
        return raw.containsKey("process-type") || raw.containsKey("power") || raw.containsKey("duration");
    }

    /** A device's flex-model without its sensor: a process's where {@link #describesProcess}, else a storage device's. */
    public static DeviceFlexModel device(String path, Map<String, Object> raw) {
        KnownFields.require(path, raw.keySet(), DEVICE_FIELDS, "");
        return describesProcess(raw) ? process(path, raw) : storage(path, raw);
    }

    /** A device's flex-model that names its sensor (as in an asset trigger and in a job document). */
    public static FlexDevice namedDevice(String path, Map<String, Object> raw) {
        KnownFields.require(path, raw.keySet(), DEVICE_FIELDS, "");
        if (raw.get("sensor") == null) {
            throw new InvalidValueException(path + ".sensor", "Missing data for required field.");
        }
        SensorId sensor = sensorId(path + ".sensor", raw.get("sensor"));
        return new FlexDevice(sensor, device(path, raw));
    }

    public static StorageFlexModel storage(String path, Map<String, Object> raw) {
        KnownFields.require(path, raw.keySet(), STORAGE_FIELDS, "");
        Optional<String> socUnit = Optional.empty();
        if (raw.containsKey("soc-unit")) {
            if (!(raw.get("soc-unit") instanceof String unit)) {
                throw new InvalidValueException(path + ".soc-unit", "Must be one of: kWh, MWh.");
            }
            socUnit = Optional.of(unit);
        }
        Map<StorageQuantity, FlexValue> quantities = new LinkedHashMap<>();
        for (StorageQuantity quantity : StorageQuantity.values()) {
            String name = quantity.fieldName();
            if (raw.get(name) != null) {
                quantities.put(quantity, FlexValue.parse(path + "." + name, raw.get(name)));
            }
        }
        return new StorageFlexModel(quantities, socUnit, flag(path + ".prefer-charging-sooner", raw, "prefer-charging-sooner"),
                flag(path + ".prefer-curtailing-later", raw, "prefer-curtailing-later"),
                Optional.ofNullable(raw.get("operation-modes")).map(m -> modes(path + ".operation-modes", m)));
    }

    public static ProcessFlexModel process(String path, Map<String, Object> raw) {
        KnownFields.require(path, raw.keySet(), PROCESS_FIELDS, " for a process (its fields: " + PROCESS_FIELDS + ")");
        Optional<FlexValue> power = Optional.ofNullable(raw.get("power")).map(p -> FlexValue.parse(path + ".power", p));
        Optional<Duration> duration = Optional.ofNullable(raw.get("duration")).map(d -> duration(path + ".duration", d));
        Optional<ProcessDevice.Type> type = Optional.empty();
        if (raw.containsKey("process-type")) {
            try {
                type = Optional.of(ProcessDevice.Type.valueOf(String.valueOf(raw.get("process-type")).toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new InvalidValueException(path + ".process-type", "Must be one of: INFLEXIBLE, SHIFTABLE, BREAKABLE.");
            }
        }
        Object direction = raw.getOrDefault("optimization-direction", "MIN");
        if (!"MIN".equalsIgnoreCase(String.valueOf(direction))) {
            throw new InvalidValueException(path + ".optimization-direction", "Only MIN (the cheapest schedule) is supported.");
        }
        Optional<List<ProcessFlexModel.Period>> restrictions = Optional.empty();
        if (raw.containsKey("time-restrictions")) {
            if (!(raw.get("time-restrictions") instanceof List<?> list)) {
                throw new InvalidValueException(path + ".time-restrictions", "Must be a list of {\"start\", \"duration\"}.");
            }
            List<ProcessFlexModel.Period> periods = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                String field = path + ".time-restrictions[" + i + "]";
                if (!(list.get(i) instanceof Map<?, ?> period) || !period.containsKey("start") || !period.containsKey("duration")) {
                    throw new InvalidValueException(field, "Must be {\"start\", \"duration\"}.");
                }
                Instant start = instant(field + ".start", period.get("start"));
                periods.add(new ProcessFlexModel.Period(start, start.plus(duration(field + ".duration", period.get("duration")))));
            }
            restrictions = Optional.of(periods);
        }
        return new ProcessFlexModel(power, duration, type, restrictions);
    }

    public static SiteFlexContext context(Map<String, Object> raw) {
        KnownFields.require(CONTEXT, raw.keySet(), CONTEXT_FIELDS, "");
        Map<SiteQuantity, FlexValue> quantities = new LinkedHashMap<>();
        for (SiteQuantity quantity : SiteQuantity.values()) {
            String name = quantity.fieldName();
            if (raw.get(name) != null) {
                quantities.put(quantity, FlexValue.parse(contextPath(name), raw.get(name)));
            }
        }
        legacySensor(raw, "consumption-price-sensor", SiteQuantity.CONSUMPTION_PRICE, quantities);
        legacySensor(raw, "production-price-sensor", SiteQuantity.PRODUCTION_PRICE, quantities);
        Optional<List<SensorId>> inflexible = Optional.empty();
        Object devices = raw.get("inflexible-device-sensors");
        if (devices != null) {
            if (!(devices instanceof List<?> ids)) {
                throw new InvalidValueException(contextPath("inflexible-device-sensors"), "Must be a list of sensor ids.");
            }
            List<SensorId> sensors = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                sensors.add(sensorId(contextPath("inflexible-device-sensors") + "[" + i + "]", ids.get(i)));
            }
            inflexible = Optional.of(sensors);
        }
        return new SiteFlexContext(quantities, inflexible, flag(contextPath("relax-constraints"), raw, "relax-constraints"),
                flag(contextPath("relax-soc-constraints"), raw, "relax-soc-constraints"),
                flag(contextPath("relax-site-capacity-constraints"), raw, "relax-site-capacity-constraints"));
    }

    /** How errors name a field of the flex-context. */
    public static String contextPath(String name) {
        return CONTEXT + "." + name;
    }

    /** "2026-06-02T10:00:00+02:00": a datetime with its offset. */
    public static Instant instant(String field, Object json) {
        return FlexValue.instant(field, json);
    }

    /** "PT15M": a non-negative ISO 8601 duration. */
    public static Duration duration(String field, Object json) {
        return FlexValue.duration(field, json);
    }

    public static SensorId sensorId(String field, Object json) {
        return FlexValue.sensorId(field, json);
    }

    private static List<StorageFlexModel.OperationMode> modes(String path, Object json) {
        if (!(json instanceof List<?> list) || list.isEmpty()) {
            throw new InvalidValueException(path, "Must be a non-empty list of operation modes.");
        }
        List<StorageFlexModel.OperationMode> modes = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String at = path + "[" + i + "]";
            if (!(list.get(i) instanceof Map<?, ?> mode)) {
                throw new InvalidValueException(at, "An operation mode is an object with a consumption-range and/or a production-range.");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> fields = (Map<String, Object>) mode;
            KnownFields.require(at, fields.keySet(), MODE_FIELDS, "");
            modes.add(new StorageFlexModel.OperationMode(range(at + ".consumption-range", fields.get("consumption-range")),
                    range(at + ".production-range", fields.get("production-range"))));
        }
        return modes;
    }

    private static Optional<List<FlexValue.Fixed>> range(String path, Object json) {
        if (json == null) {
            return Optional.empty();
        }
        if (!(json instanceof List<?> bounds) || bounds.size() != 2) {
            throw new InvalidValueException(path, RANGE_SHAPE);
        }
        List<FlexValue.Fixed> range = new ArrayList<>();
        for (Object bound : bounds) {
            if (!(FlexValue.parse(path, bound) instanceof FlexValue.Fixed fixed)) {
                throw new InvalidValueException(path, "Its bounds are fixed quantities such as \"3.7 kW\".");
            }
            range.add(fixed);
        }
        return Optional.of(range);
    }

    /** FlexMeasures' older "consumption-price-sensor": 9, the same as "consumption-price": {"sensor": 9}. */
    private static void legacySensor(Map<String, Object> raw, String legacy, SiteQuantity field,
                                     Map<SiteQuantity, FlexValue> fields) {
        if (raw.get(legacy) != null) {
            if (fields.containsKey(field)) {
                throw new InvalidValueException(contextPath(legacy), "Give either " + legacy + " or " + field.fieldName() + ".");
            }
            fields.put(field, new FlexValue.FromSensor(sensorId(contextPath(legacy), raw.get(legacy))));
        }
    }

    private static Optional<Boolean> flag(String field, Map<String, Object> raw, String name) {
        if (!raw.containsKey(name)) {
            return Optional.empty();
        }
        if (!(raw.get(name) instanceof Boolean b)) {
            throw new InvalidValueException(field, "Not a valid boolean.");
        }
        return Optional.of(b);
    }

    // ---- writing: what the reader reads back into the same values

    /** A device's flex-model with its sensor, as a job document keeps it. */
    public static Map<String, Object> write(FlexDevice device) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("sensor", device.sensor().value());
        doc.putAll(write(device.flexModel()));
        return doc;
    }

    /** The fields a flex-model gives, and only those. */
    public static Map<String, Object> write(DeviceFlexModel model) {
        Map<String, Object> doc = new LinkedHashMap<>();
        if (model instanceof StorageFlexModel storage) {
            storage.quantities().forEach((quantity, value) -> doc.put(quantity.fieldName(), write(value)));
            storage.socUnit().ifPresent(u -> doc.put("soc-unit", u));
            storage.preferChargingSooner().ifPresent(b -> doc.put("prefer-charging-sooner", b));
            storage.preferCurtailingLater().ifPresent(b -> doc.put("prefer-curtailing-later", b));
            storage.operationModes().ifPresent(modes -> doc.put("operation-modes", modes.stream().map(mode -> {
                Map<String, Object> m = new LinkedHashMap<>();
                mode.consumptionRange().ifPresent(r -> m.put("consumption-range", r.stream().map(FlexDocuments::write).toList()));
                mode.productionRange().ifPresent(r -> m.put("production-range", r.stream().map(FlexDocuments::write).toList()));
                return m;
            }).toList()));
        } else if (model instanceof ProcessFlexModel process) {
            process.power().ifPresent(p -> doc.put("power", write(p)));
            process.duration().ifPresent(d -> doc.put("duration", d.toString()));
            process.type().ifPresent(t -> doc.put("process-type", t.name()));
            process.timeRestrictions().ifPresent(periods -> doc.put("time-restrictions", periods.stream()
                    .map(p -> Map.<String, Object>of("start", p.start().toString(),
                            "duration", Duration.between(p.start(), p.end()).toString())).toList()));
        }
        return doc;
    }

    /** The fields a flex-context gives, and only those. */
    public static Map<String, Object> write(SiteFlexContext context) {
        Map<String, Object> doc = new LinkedHashMap<>();
        context.quantities().forEach((quantity, value) -> doc.put(quantity.fieldName(), write(value)));
        context.inflexibleDevices().ifPresent(ids -> doc.put("inflexible-device-sensors",
                ids.stream().map(SensorId::value).toList()));
        context.relaxConstraints().ifPresent(b -> doc.put("relax-constraints", b));
        context.relaxSocConstraints().ifPresent(b -> doc.put("relax-soc-constraints", b));
        context.relaxSiteCapacityConstraints().ifPresent(b -> doc.put("relax-site-capacity-constraints", b));
        return doc;
    }

    public static Object write(FlexValue value) {
        if (value instanceof FlexValue.Fixed fixed) {
            return fixed.isBare() ? (Object) fixed.quantity().value() : fixed.quantity().toString();
        }
        if (value instanceof FlexValue.Series series) {
            return series.segments().stream().map(s -> {
                Map<String, Object> segment = new LinkedHashMap<>();
                segment.put("start", s.start().toString());
                segment.put("end", s.end().toString());
                segment.put("value", write(s.value()));
                return segment;
            }).toList();
        }
        if (value instanceof FlexValue.FromSensor sensor) {
            return Map.of("sensor", sensor.sensor().value());
        }
        return ((FlexValue.Sum) value).terms().stream().map(FlexDocuments::write).toList();
    }
}
