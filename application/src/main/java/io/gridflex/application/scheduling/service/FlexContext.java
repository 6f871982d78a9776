package io.gridflex.application.scheduling.service;

import io.gridflex.domain.failure.InvalidValueException;
import io.gridflex.domain.sensor.SensorId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The flex-context of the site (FlexMeasures' flex-context), parsed but not yet resolved into
 * numbers per step.
 *
 * @param relaxSoc whether stock minima, maxima and targets are soft (FlexMeasures' relax-constraints, default on)
 * @param relaxSiteCapacity whether the site's consumption and production capacities are soft
 */
record FlexContext(Map<String, FlexValue> fields, List<SensorId> inflexibleDevices, boolean relaxSoc,
                   boolean relaxSiteCapacity) {

    static final String PATH = "flex-context";
    static final Set<String> QUANTITIES = Set.of("consumption-price", "production-price", "site-power-capacity",
            "site-consumption-capacity", "site-production-capacity", "site-consumption-breach-price",
            "site-production-breach-price", "site-peak-consumption", "site-peak-production", "site-peak-consumption-price",
            "site-peak-production-price", "soc-minima-breach-price", "soc-maxima-breach-price");
    static final Set<String> FIELDS = KnownFields.union(QUANTITIES, Set.of("consumption-price-sensor", "production-price-sensor",
            "inflexible-device-sensors", "relax-constraints", "relax-soc-constraints", "relax-site-capacity-constraints"));
    /** Fields that hold one number for the whole horizon. */
    private static final Set<String> FIXED_ONLY = Set.of("site-consumption-breach-price", "site-production-breach-price",
            "site-peak-consumption", "site-peak-production", "site-peak-consumption-price", "site-peak-production-price",
            "soc-minima-breach-price", "soc-maxima-breach-price");

    FlexContext {
        fields = Map.copyOf(fields);
        inflexibleDevices = List.copyOf(inflexibleDevices);
    }

    static FlexContext parse(Map<String, Object> raw) {
        KnownFields.require(PATH, raw.keySet(), FIELDS, "");
        Map<String, FlexValue> fields = new LinkedHashMap<>();
        for (String name : QUANTITIES) {
            if (raw.get(name) != null) {
                FlexValue value = FlexValue.parse(pathOf(name), raw.get(name));
                if (FIXED_ONLY.contains(name) && !(value instanceof FlexValue.Fixed)) {
                    throw new InvalidValueException(pathOf(name), "Must be a fixed quantity such as \"1000 EUR/kW\".");
                }
                fields.put(name, value);
            }
        }
        legacySensor(raw, "consumption-price-sensor", "consumption-price", fields);
        legacySensor(raw, "production-price-sensor", "production-price", fields);
        List<SensorId> inflexible = new ArrayList<>();
        Object devices = raw.get("inflexible-device-sensors");
        if (devices != null) {
            if (!(devices instanceof List<?> ids)) {
                throw new InvalidValueException(pathOf("inflexible-device-sensors"), "Must be a list of sensor ids.");
            }
            for (int i = 0; i < ids.size(); i++) {
                inflexible.add(FlexValue.sensorId(pathOf("inflexible-device-sensors") + "[" + i + "]", ids.get(i)));
            }
        }
        boolean relax = flag(raw, "relax-constraints", true);
        return new FlexContext(fields, inflexible, flag(raw, "relax-soc-constraints", relax),
                flag(raw, "relax-site-capacity-constraints", relax));
    }

    Optional<FlexValue> field(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    static String pathOf(String name) {
        return PATH + "." + name;
    }

    /** FlexMeasures' older "consumption-price-sensor": 9, the same as "consumption-price": {"sensor": 9}. */
    private static void legacySensor(Map<String, Object> raw, String legacy, String field, Map<String, FlexValue> fields) {
        if (raw.get(legacy) != null) {
            if (fields.containsKey(field)) {
                throw new InvalidValueException(pathOf(legacy), "Give either " + legacy + " or " + field + ".");
            }
            fields.put(field, new FlexValue.FromSensor(FlexValue.sensorId(pathOf(legacy), raw.get(legacy))));
        }
    }

    private static boolean flag(Map<String, Object> raw, String name, boolean otherwise) {
        Object value = raw.getOrDefault(name, otherwise);
        if (!(value instanceof Boolean b)) {
            throw new InvalidValueException(pathOf(name), "Not a valid boolean.");
        }
        return b;
    }
}
