package io.gridflex.application.scheduling.flex;

import io.gridflex.domain.invariant.Require;
import io.gridflex.domain.sensor.SensorId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The site's flex-context (FlexMeasures' flex-context) as given: only the fields that were given.
 *
 * @param quantities prices, capacities and breach prices by their FlexMeasures name
 * @param relaxConstraints FlexMeasures' relax-constraints: the default of both others (on where absent)
 */
public record SiteFlexContext(Map<SiteQuantity, FlexValue> quantities, Optional<List<SensorId>> inflexibleDevices,
                              Optional<Boolean> relaxConstraints, Optional<Boolean> relaxSocConstraints,
                              Optional<Boolean> relaxSiteCapacityConstraints) {

    public static final SiteFlexContext NONE = new SiteFlexContext(Map.of(), Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty());

    public SiteFlexContext {
        quantities = Map.copyOf(quantities);
        inflexibleDevices = Require.present("inflexibleDevices", inflexibleDevices).map(List::copyOf);
        Require.present("relaxConstraints", relaxConstraints);
        Require.present("relaxSocConstraints", relaxSocConstraints);
        Require.present("relaxSiteCapacityConstraints", relaxSiteCapacityConstraints);
    }

    /** This context with one more quantity field. */
    public SiteFlexContext with(SiteQuantity quantity, FlexValue value) {
        Map<SiteQuantity, FlexValue> more = new LinkedHashMap<>(quantities);
        more.put(quantity, value);
        return new SiteFlexContext(more, inflexibleDevices, relaxConstraints, relaxSocConstraints, relaxSiteCapacityConstraints);
    }

    /** Field by field: this context's value where it gives one, else {@code stored}'s. */
    public SiteFlexContext over(SiteFlexContext stored) {
        Map<SiteQuantity, FlexValue> merged = new LinkedHashMap<>(stored.quantities);
        merged.putAll(quantities);
        return new SiteFlexContext(merged, inflexibleDevices.or(stored::inflexibleDevices),
                relaxConstraints.or(stored::relaxConstraints), relaxSocConstraints.or(stored::relaxSocConstraints),
                relaxSiteCapacityConstraints.or(stored::relaxSiteCapacityConstraints));
    }
}
