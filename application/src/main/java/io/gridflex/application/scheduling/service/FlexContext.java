package io.gridflex.application.scheduling.service;

import io.gridflex.application.scheduling.flex.FlexDocuments;
import io.gridflex.application.scheduling.flex.FlexValue;
import io.gridflex.application.scheduling.flex.SiteFlexContext;
import io.gridflex.domain.failure.InvalidValueException;
import io.gridflex.domain.sensor.SensorId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The flex-context of the site, checked and with its defaults, but not yet resolved into numbers per step.
 *
 * @param relaxSoc whether stock minima, maxima and targets are soft (FlexMeasures' relax-constraints, default on)
 * @param relaxSiteCapacity whether the site's consumption and production capacities are soft
 */
record FlexContext(Map<String, FlexValue> fields, List<SensorId> inflexibleDevices, boolean relaxSoc,
                   boolean relaxSiteCapacity) {

    /** Fields that hold one number for the whole horizon. */
    private static final Set<String> FIXED_ONLY = Set.of("site-consumption-breach-price", "site-production-breach-price",
            "site-peak-consumption", "site-peak-production", "site-peak-consumption-price", "site-peak-production-price",
            "soc-minima-breach-price", "soc-maxima-breach-price");

    FlexContext {
        fields = Map.copyOf(fields);
        inflexibleDevices = List.copyOf(inflexibleDevices);
    }

    /** Checks the site's flex-context (merged with the stored one); refuses, naming the field, what does not fit. */
    static FlexContext check(SiteFlexContext given) {
        Map<String, FlexValue> fields = new LinkedHashMap<>();
        given.quantities().forEach((quantity, value) -> {
            String name = quantity.fieldName();
            fields.put(name, value);
            if (FIXED_ONLY.contains(name) && !(value instanceof FlexValue.Fixed)) {
                throw new InvalidValueException(pathOf(name), "Must be a fixed quantity such as \"1000 EUR/kW\".");
            }
        });
        boolean relax = given.relaxConstraints().orElse(true);
        return new FlexContext(fields, given.inflexibleDevices().orElse(List.of()),
                given.relaxSocConstraints().orElse(relax), given.relaxSiteCapacityConstraints().orElse(relax));
    }

    Optional<FlexValue> field(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    static String pathOf(String name) {
        return FlexDocuments.contextPath(name);
    }
}
