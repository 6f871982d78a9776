package io.gridflex.domain.community;

import io.gridflex.domain.attribute.Attributes;
import io.gridflex.domain.failure.InvalidValueException;
import io.gridflex.domain.invariant.Require;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An asset a member brings into the community: PV, storage, a meter, an EV charger, a heat pump or
 * a load, with its type's own fields (bundle schema 0.7: {@code rated_power} in kWp, {@code capacity}
 * in kWh, {@code max_power} in kW …) kept in {@code properties}, and the sensor that measures it —
 * held by at most one active member's asset (see {@link Holdings}).
 */
public record CommunityAsset(String key, Type type, String name, String owner, Optional<String> sensorId, Attributes properties) {

    public enum Type {
        PV(List.of(), List.of("rated_power", "inverter_power", "orientation", "tilt_angle"), Map.of(
                "panel_type", Set.of("monocrystalline", "polycrystalline", "thin_film", "bifacial"))),
        STORAGE(List.of(), List.of("capacity", "max_charge_power", "max_discharge_power", "round_trip_efficiency"), Map.of(
                "battery_type", Set.of("lithium_ion", "lfp", "lead_acid", "flow_battery", "sodium_ion", "solid_state", "other"))),
        METER(List.of("meter_type"), List.of(), Map.of(
                "meter_type", Set.of("consumption", "production", "bidirectional", "import", "export"),
                "protocol", Set.of("modbus", "mqtt", "rest_api", "mbus", "dlms", "sunspec", "other"))),
        EV_CHARGER(List.of("max_power", "charger_type"), List.of("max_power", "num_ports"), Map.of(
                "charger_type", Set.of("ac_level1", "ac_level2", "dc_fast", "dc_ultra_fast"))),
        HEAT_PUMP(List.of("thermal_power"), List.of("thermal_power", "electrical_power", "cop", "eer", "scop", "seer"), Map.of(
                "heat_pump_type", Set.of("air_to_air", "air_to_water", "ground_source", "water_source"))),
        LOAD(List.of(), List.of("rated_power", "min_power", "flexibility_kw"), Map.of(
                "load_type", Set.of("hvac", "lighting", "appliance", "industrial", "process", "refrigeration", "pumping", "other"),
                "priority", Set.of("critical", "high", "medium", "low")));

        private final List<String> required;
        private final List<String> nonNegative;
        private final Map<String, Set<String>> choices;

        Type(List<String> required, List<String> nonNegative, Map<String, Set<String>> choices) {
            this.required = required;
            this.nonNegative = nonNegative;
            this.choices = choices;
        }

        /** As the bundle writes it: {@code ev_charger}. */
        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Type of(String field, String wireName) {
            return Arrays.stream(values()).filter(t -> t.wireName().equals(wireName)).findFirst()
                    .orElseThrow(() -> new InvalidValueException(field, "Unknown asset type '" + wireName + "'; one of "
                            + Arrays.stream(values()).map(Type::wireName).toList() + "."));
        }

        void check(Attributes properties) {
            Map<String, Object> values = properties.values();
            for (String field : required) {
                Require.that(values.get(field) != null, field, "Missing data for required field.");
            }
            for (String field : nonNegative) {
                Object value = values.get(field);
                Require.that(value == null || value instanceof Number n && n.doubleValue() >= 0, field,
                        "Must be a number of at least 0: " + value + ".");
            }
            choices.forEach((field, allowed) -> {
                Object value = values.get(field);
                Require.that(value == null || allowed.contains(value), field, "'" + value + "' is none of "
                        + allowed.stream().sorted().toList() + ".");
            });
        }
    }

    public CommunityAsset {
        key = Key.require("key", key);
        Require.present("asset_type", type);
        name = name == null ? key : Require.text("name", name, 200);
        owner = Key.require("owner", owner);
        // stored trimmed, as the registry stores it (Python's whitespace: U+00A0 too)
        sensorId = Require.present("sensor_id", sensorId).map(Whitespace::strip).filter(s -> !s.isEmpty());
        Require.present("properties", properties);
        Require.that(!properties.values().containsKey("sensor_id") && !properties.values().containsKey("name"),
                "properties", "The sensor id and name are fields of their own.");
        Require.that(type != Type.METER || sensorId.isPresent(), "sensor_id", "A meter is known by its sensor id: missing.");
        type.check(properties);
    }

    /** The delivery point this asset names ({@code pod}), if any. */
    public Optional<String> pod() {
        return Optional.ofNullable(properties.values().get("pod")).map(Object::toString);
    }

    /** A number among its properties (a capacity, a power), if given. */
    public Optional<Double> amount(String field) {
        return properties.values().get(field) instanceof Number n ? Optional.of(n.doubleValue()) : Optional.empty();
    }

    /** This asset owned by the member with this key. */
    public CommunityAsset withOwner(String owner) {
        return new CommunityAsset(key, type, name, owner, sensorId, properties);
    }

    /** This asset naming another delivery point ({@code pod}). */
    public CommunityAsset withPod(String pod) {
        Map<String, Object> values = new java.util.LinkedHashMap<>(properties.values());
        values.put("pod", pod);
        return new CommunityAsset(key, type, name, owner, sensorId, Attributes.of(values));
    }
}
