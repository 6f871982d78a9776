package io.gridflex.application.scheduling.flex;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The quantity fields of a storage device's flex-model. Each keeps the name FlexMeasures gives it,
 * which is also how the core names the field when it refuses one ("flex-model.soc-max").
 */
public enum StorageQuantity {
    SOC_AT_START("soc-at-start"), SOC_MIN("soc-min"), SOC_MAX("soc-max"), SOC_MINIMA("soc-minima"), SOC_MAXIMA("soc-maxima"),
    SOC_TARGETS("soc-targets"), STATE_OF_CHARGE("state-of-charge"), SOC_GAIN("soc-gain"), SOC_USAGE("soc-usage"),
    ROUNDTRIP_EFFICIENCY("roundtrip-efficiency"), CHARGING_EFFICIENCY("charging-efficiency"),
    DISCHARGING_EFFICIENCY("discharging-efficiency"), STORAGE_EFFICIENCY("storage-efficiency"),
    POWER_CAPACITY("power-capacity"), CONSUMPTION_CAPACITY("consumption-capacity"), PRODUCTION_CAPACITY("production-capacity");

    private static final Map<String, StorageQuantity> BY_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(StorageQuantity::fieldName, Function.identity()));

    private final String fieldName;

    StorageQuantity(String fieldName) {
        this.fieldName = fieldName;
    }

    public String fieldName() {
        return fieldName;
    }

    public static Optional<StorageQuantity> named(String fieldName) {
        return Optional.ofNullable(BY_NAME.get(fieldName));
    }
}
