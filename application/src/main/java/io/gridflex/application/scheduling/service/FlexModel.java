package io.gridflex.application.scheduling.service;

import io.gridflex.domain.failure.InvalidValueException;
import io.gridflex.domain.sensor.SensorId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The flex-model of one storage device (FlexMeasures' storage flex-model), parsed but not yet
 * resolved into numbers per step: fields may still name sensors whose data the job reads.
 *
 * @param path how errors name this flex-model ("flex-model" or "flex-model[1]")
 * @param fields the quantity fields, by their FlexMeasures name
 */
record FlexModel(String path, SensorId sensor, Map<String, FlexValue> fields, String socUnit, boolean preferChargingSooner,
                 boolean preferCurtailingLater, List<OperationMode> operationModes) {

    /**
     * One of FlexMeasures' {@code operation-modes}: a consumption range and/or a production range,
     * each {@code [min, max]} as non-negative quantities; both together form one band through zero.
     */
    record OperationMode(String path, Optional<List<FlexValue.Fixed>> consumptionRange,
                         Optional<List<FlexValue.Fixed>> productionRange) {
    }

    static final Set<String> QUANTITIES = Set.of("soc-at-start", "soc-min", "soc-max", "soc-minima", "soc-maxima", "soc-targets",
            "state-of-charge", "soc-gain", "soc-usage", "roundtrip-efficiency", "charging-efficiency", "discharging-efficiency",
            "storage-efficiency", "power-capacity", "consumption-capacity", "production-capacity");
    static final Set<String> FIELDS = KnownFields.union(QUANTITIES, Set.of("sensor", "soc-unit", "prefer-charging-sooner",
            "prefer-curtailing-later", "operation-modes"));
    private static final Set<String> MODE_FIELDS = Set.of("consumption-range", "production-range");
    /** Fields that hold one number for the whole horizon. */
    private static final Set<String> FIXED_ONLY = Set.of("soc-at-start", "soc-min", "soc-max");
    private static final Set<String> STOCKS = Set.of("soc-at-start", "soc-min", "soc-max", "soc-minima", "soc-maxima",
            "soc-targets", "state-of-charge");

    FlexModel {
        fields = Map.copyOf(fields);
        operationModes = List.copyOf(operationModes);
    }

    static FlexModel parse(String path, Map<String, Object> raw) {
        KnownFields.require(path, raw.keySet(), FIELDS, "");
        if (!raw.containsKey("sensor")) {
            throw new InvalidValueException(path + ".sensor", "Missing data for required field.");
        }
        SensorId sensor = FlexValue.sensorId(path + ".sensor", raw.get("sensor"));
        String socUnit = "MWh";
        if (raw.containsKey("soc-unit")) {
            if (!(raw.get("soc-unit") instanceof String unit) || !List.of("kWh", "MWh").contains(unit)) {
                throw new InvalidValueException(path + ".soc-unit", "Must be one of: kWh, MWh.");
            }
            socUnit = unit;
        }
        Map<String, FlexValue> fields = new LinkedHashMap<>();
        for (String name : QUANTITIES) {
            if (raw.containsKey(name) && raw.get(name) != null) {
                String field = path + "." + name;
                FlexValue value = FlexValue.parse(field, raw.get(name));
                if (FIXED_ONLY.contains(name) && !(value instanceof FlexValue.Fixed)) {
                    throw new InvalidValueException(field, "Must be a fixed quantity such as \"12.1 kWh\"."
                            + (name.equals("soc-at-start") ? "" : " For values that vary, use soc-minima or soc-maxima."));
                }
                if (name.equals("state-of-charge") && !(value instanceof FlexValue.FromSensor)) {
                    throw new InvalidValueException(field, "Must name a sensor: {\"sensor\": id}.");
                }
                fields.put(name, value);
            }
        }
        return new FlexModel(path, sensor, fields, socUnit, flag(path, raw, "prefer-charging-sooner"),
                flag(path, raw, "prefer-curtailing-later"), modes(path + ".operation-modes", raw.get("operation-modes")));
    }

    private static List<OperationMode> modes(String path, Object json) {
        if (json == null) {
            return List.of();
        }
        if (!(json instanceof List<?> list) || list.isEmpty()) {
            throw new InvalidValueException(path, "Must be a non-empty list of operation modes.");
        }
        List<OperationMode> modes = new java.util.ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String at = path + "[" + i + "]";
            if (!(list.get(i) instanceof Map<?, ?> mode)) {
                throw new InvalidValueException(at, "An operation mode is an object with a consumption-range and/or a production-range.");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> fields = (Map<String, Object>) mode;
            KnownFields.require(at, fields.keySet(), MODE_FIELDS, "");
            Optional<List<FlexValue.Fixed>> consumption = range(at + ".consumption-range", fields.get("consumption-range"));
            Optional<List<FlexValue.Fixed>> production = range(at + ".production-range", fields.get("production-range"));
            if (consumption.isEmpty() && production.isEmpty()) {
                throw new InvalidValueException(at, "An operation mode must declare a consumption-range and/or a production-range.");
            }
            modes.add(new OperationMode(at, consumption, production));
        }
        return modes;
    }

    private static Optional<List<FlexValue.Fixed>> range(String path, Object json) {
        if (json == null) {
            return Optional.empty();
        }
        if (!(json instanceof List<?> bounds) || bounds.size() != 2) {
            throw new InvalidValueException(path, "Must be [min, max], e.g. [\"0 kW\", \"3.7 kW\"].");
        }
        List<FlexValue.Fixed> range = new java.util.ArrayList<>();
        for (Object bound : bounds) {
            if (!(FlexValue.parse(path, bound) instanceof FlexValue.Fixed fixed)) {
                throw new InvalidValueException(path, "Its bounds are fixed quantities such as \"3.7 kW\".");
            }
            range.add(fixed);
        }
        return Optional.of(range);
    }

    Optional<FlexValue> field(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    String pathOf(String name) {
        return path + "." + name;
    }

    static boolean isStock(String name) {
        return STOCKS.contains(name);
    }

    /** Whether the device has a stock to keep within bounds, or only flows (curtailable PV). */
    boolean hasStock() {
        return fields.keySet().stream().anyMatch(STOCKS::contains);
    }

    private static boolean flag(String path, Map<String, Object> raw, String name) {
        Object value = raw.getOrDefault(name, Boolean.TRUE);
        if (!(value instanceof Boolean b)) {
            throw new InvalidValueException(path + "." + name, "Not a valid boolean.");
        }
        return b;
    }
}
