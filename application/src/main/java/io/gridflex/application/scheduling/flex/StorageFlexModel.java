package io.gridflex.application.scheduling.flex;

import io.gridflex.domain.invariant.Require;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A storage device's flex-model (FlexMeasures' storage flex-model) as given: only the fields that
 * were given, the others empty. Checked whole once merged, when the job is triggered.
 *
 * @param quantities the quantity fields by their FlexMeasures name ("soc-max", "power-capacity")
 */
public record StorageFlexModel(Map<StorageQuantity, FlexValue> quantities, Optional<String> socUnit,
                               Optional<Boolean> preferChargingSooner, Optional<Boolean> preferCurtailingLater,
                               Optional<List<OperationMode>> operationModes) implements DeviceFlexModel {

    /** A flex-model that gives nothing: the stored one (or the defaults) decides every field. */
    public static final StorageFlexModel NONE = new StorageFlexModel(Map.of(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty());

    /**
     * One of FlexMeasures' {@code operation-modes}: a consumption range and/or a production range,
     * each {@code [min, max]} as non-negative quantities; both together form one band through zero.
     */
    public record OperationMode(Optional<List<FlexValue.Fixed>> consumptionRange,
                                Optional<List<FlexValue.Fixed>> productionRange) {
        public OperationMode {
            Require.present("consumptionRange", consumptionRange);
            Require.present("productionRange", productionRange);
            consumptionRange = consumptionRange.map(List::copyOf);
            productionRange = productionRange.map(List::copyOf);
        }
    }

    public StorageFlexModel {
        quantities = Map.copyOf(quantities);
        Require.present("socUnit", socUnit);
        Require.present("preferChargingSooner", preferChargingSooner);
        Require.present("preferCurtailingLater", preferCurtailingLater);
        operationModes = Require.present("operationModes", operationModes).map(List::copyOf);
    }

    /** This flex-model with one more quantity field. */
    public StorageFlexModel with(StorageQuantity quantity, FlexValue value) {
        Map<StorageQuantity, FlexValue> more = new LinkedHashMap<>(quantities);
        more.put(quantity, value);
        return new StorageFlexModel(more, socUnit, preferChargingSooner, preferCurtailingLater, operationModes);
    }

    /** Field by field: this model's value where it gives one, else {@code stored}'s. */
    public StorageFlexModel over(StorageFlexModel stored) {
        Map<StorageQuantity, FlexValue> merged = new LinkedHashMap<>(stored.quantities);
        merged.putAll(quantities);
        return new StorageFlexModel(merged, socUnit.or(stored::socUnit), preferChargingSooner.or(stored::preferChargingSooner),
                preferCurtailingLater.or(stored::preferCurtailingLater), operationModes.or(stored::operationModes));
    }
}
