package io.gridflex.adapter.rest.legacy;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The units FlexMeasures' legacy API accepted for its weather sensor types, and how gridflex writes them. */
final class WeatherUnits {

    private static final Map<String, List<String>> ACCEPTED = Map.of(
            "temperature", List.of("°C", "0C"),
            "irradiance", List.of("kW/m²", "kW/m2"),
            "radiation", List.of("kW/m²", "kW/m2"),
            "wind speed", List.of("m/s"));

    private static final Map<String, String> CANONICAL = Map.of("0C", "°C", "kW/m2", "kW/m²");

    private WeatherUnits() {
    }

    /** Refuses a unit that FlexMeasures refused for the type; other types take any unit their sensor converts from. */
    static void require(String type, String unit) {
        List<String> accepted = ACCEPTED.get(type.toLowerCase(Locale.ROOT).replace('_', ' '));
        if (accepted != null && !accepted.contains(unit)) {
            throw LegacyStatus.INVALID_UNIT.refusedWith("Data for " + type + " should be given in " + String.join(" or ", accepted) + ".");
        }
    }

    static String canonical(String unit) {
        return CANONICAL.getOrDefault(unit, unit);
    }
}
