package io.gridflex.application.scheduling.service;

import io.gridflex.application.scheduling.flex.FlexDocuments;
import io.gridflex.application.scheduling.flex.FlexValue;
import io.gridflex.application.scheduling.flex.StorageFlexModel;
import io.gridflex.domain.failure.InvalidValueException;
import io.gridflex.domain.sensor.SensorId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The flex-model of one storage device, checked and with its defaults, but not yet resolved into
 * numbers per step: fields may still name sensors whose data the job reads.
 *
 * @param path how errors name this flex-model ("flex-model" or "flex-model[1]")
 * @param fields the quantity fields, by their FlexMeasures name
 */
record FlexModel(String path, SensorId sensor, Map<String, FlexValue> fields, String socUnit, boolean preferChargingSooner,
                 boolean preferCurtailingLater, List<OperationMode> operationModes) {

    /** One of FlexMeasures' {@code operation-modes}, with how errors name it. */
    record OperationMode(String path, Optional<List<FlexValue.Fixed>> consumptionRange,
                         Optional<List<FlexValue.Fixed>> productionRange) {
    }

    /** Fields that hold one number for the whole horizon. */
    private static final Set<String> FIXED_ONLY = Set.of("soc-at-start", "soc-min", "soc-max");
    private static final Set<String> STOCKS = Set.of("soc-at-start", "soc-min", "soc-max", "soc-minima", "soc-maxima",
            "soc-targets", "state-of-charge");

    FlexModel {
        fields = Map.copyOf(fields);
        operationModes = List.copyOf(operationModes);
    }

    /** Checks a device's flex-model (merged with the stored one); refuses, naming the field, what does not fit. */
    static FlexModel check(String path, SensorId sensor, StorageFlexModel given) {
        String socUnit = given.socUnit().orElse("MWh");
        if (!List.of("kWh", "MWh").contains(socUnit)) {
            throw new InvalidValueException(path + ".soc-unit", "Must be one of: kWh, MWh.");
        }
        Map<String, FlexValue> fields = new LinkedHashMap<>();
        given.quantities().forEach((quantity, value) -> {
            String name = quantity.fieldName();
            fields.put(name, value);
            String field = path + "." + name;
            if (FIXED_ONLY.contains(name) && !(value instanceof FlexValue.Fixed)) {
                throw new InvalidValueException(field, "Must be a fixed quantity such as \"12.1 kWh\"."
                        + (name.equals("soc-at-start") ? "" : " For values that vary, use soc-minima or soc-maxima."));
            }
            if (name.equals("state-of-charge") && !(value instanceof FlexValue.FromSensor)) {
                throw new InvalidValueException(field, "Must name a sensor: {\"sensor\": id}.");
            }
        });
        return new FlexModel(path, sensor, fields, socUnit, given.preferChargingSooner().orElse(true),
                given.preferCurtailingLater().orElse(true), modes(path + ".operation-modes", given.operationModes()));
    }

    private static List<OperationMode> modes(String path, Optional<List<StorageFlexModel.OperationMode>> given) {
        if (given.isEmpty()) {
            return List.of();
        }
        if (given.get().isEmpty()) {
            throw new InvalidValueException(path, "Must be a non-empty list of operation modes.");
        }
        List<OperationMode> modes = new ArrayList<>();
        for (int i = 0; i < given.get().size(); i++) {
            String at = path + "[" + i + "]";
            StorageFlexModel.OperationMode mode = given.get().get(i);
            if (mode.consumptionRange().isEmpty() && mode.productionRange().isEmpty()) {
                throw new InvalidValueException(at, "An operation mode must declare a consumption-range and/or a production-range.");
            }
            requireBounds(at + ".consumption-range", mode.consumptionRange());
            requireBounds(at + ".production-range", mode.productionRange());
            modes.add(new OperationMode(at, mode.consumptionRange(), mode.productionRange()));
        }
        return modes;
    }

    private static void requireBounds(String path, Optional<List<FlexValue.Fixed>> range) {
        if (range.isPresent() && range.get().size() != 2) {
            throw new InvalidValueException(path, FlexDocuments.RANGE_SHAPE);
        }
    }

    Optional<FlexValue> field(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    /** The sensor its {@code state-of-charge} names: where the stock is read from and its schedule written. */
    Optional<SensorId> stateOfChargeSensor() {
        return field("state-of-charge").filter(FlexValue.FromSensor.class::isInstance).map(v -> ((FlexValue.FromSensor) v).sensor());
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
}
