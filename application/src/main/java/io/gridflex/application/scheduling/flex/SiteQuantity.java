package io.gridflex.application.scheduling.flex;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The quantity fields of a site's flex-context: prices, capacities, peaks and breach prices. Each
 * keeps the name FlexMeasures gives it, which is also how the core names the field when it refuses
 * one ("flex-context.consumption-price").
 */
public enum SiteQuantity {
    CONSUMPTION_PRICE("consumption-price"), PRODUCTION_PRICE("production-price"), SITE_POWER_CAPACITY("site-power-capacity"),
    SITE_CONSUMPTION_CAPACITY("site-consumption-capacity"), SITE_PRODUCTION_CAPACITY("site-production-capacity"),
    SITE_CONSUMPTION_BREACH_PRICE("site-consumption-breach-price"), SITE_PRODUCTION_BREACH_PRICE("site-production-breach-price"),
    SITE_PEAK_CONSUMPTION("site-peak-consumption"), SITE_PEAK_PRODUCTION("site-peak-production"),
    SITE_PEAK_CONSUMPTION_PRICE("site-peak-consumption-price"), SITE_PEAK_PRODUCTION_PRICE("site-peak-production-price"),
    SOC_MINIMA_BREACH_PRICE("soc-minima-breach-price"), SOC_MAXIMA_BREACH_PRICE("soc-maxima-breach-price");

    private static final Map<String, SiteQuantity> BY_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(SiteQuantity::fieldName, Function.identity()));

    private final String fieldName;

    SiteQuantity(String fieldName) {
        this.fieldName = fieldName;
    }

    public String fieldName() {
        return fieldName;
    }

    public static Optional<SiteQuantity> named(String fieldName) {
        return Optional.ofNullable(BY_NAME.get(fieldName));
    }
}
