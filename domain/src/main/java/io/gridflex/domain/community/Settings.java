package io.gridflex.domain.community;

import io.gridflex.domain.failure.InvalidValueException;
import io.gridflex.domain.invariant.Require;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How a community reads its numbers: time zone (IANA), currency (ISO 4217) and the energy and
 * power units its people see. Each may be left unsaid.
 */
public record Settings(Optional<ZoneId> timezone, Optional<String> currency, Optional<String> energyUnit,
                       Optional<String> powerUnit) {

    public static final Settings NONE = new Settings(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    private static final Set<String> ENERGY_UNITS = Set.of("Wh", "kWh", "MWh");
    private static final Set<String> POWER_UNITS = Set.of("W", "kW", "MW");

    public Settings {
        Require.present("settings.timezone", timezone);
        Require.present("settings.currency", currency).ifPresent(c -> Require.that(c.matches("[A-Z]{3}"), "settings.currency",
                "A currency is an ISO 4217 code such as EUR: '" + c + "'."));
        Require.present("settings.energy_unit", energyUnit).ifPresent(u -> Require.that(ENERGY_UNITS.contains(u),
                "settings.energy_unit", "'" + u + "' is none of Wh, kWh, MWh."));
        Require.present("settings.power_unit", powerUnit).ifPresent(u -> Require.that(POWER_UNITS.contains(u),
                "settings.power_unit", "'" + u + "' is none of W, kW, MW."));
    }

    /** As the bundle writes them ({@code timezone}, {@code currency}, {@code energy_unit}, {@code power_unit}), those given. */
    public Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        timezone.ifPresent(z -> fields.put("timezone", z.getId()));
        currency.ifPresent(c -> fields.put("currency", c));
        energyUnit.ifPresent(u -> fields.put("energy_unit", u));
        powerUnit.ifPresent(u -> fields.put("power_unit", u));
        return fields;
    }

    /** Read back from {@link #fields()}; refuses what is not a setting, naming it. */
    public static Settings of(Map<String, ?> fields) {
        return new Settings(text(fields, "timezone").map(Settings::zone), text(fields, "currency"), text(fields, "energy_unit"),
                text(fields, "power_unit"));
    }

    private static Optional<String> text(Map<String, ?> fields, String name) {
        Object value = fields.get(name);
        if (value != null && !(value instanceof String)) {
            throw new InvalidValueException("settings." + name, "Not a text: " + value + ".");
        }
        return Optional.ofNullable((String) value);
    }

    /** An IANA zone such as Europe/Rome, refused when unknown. */
    public static ZoneId zone(String name) {
        try {
            return ZoneId.of(name);
        } catch (DateTimeException e) {
            throw new InvalidValueException("settings.timezone", "Unknown time zone '" + name + "'.");
        }
    }
}
