package io.gridflex.application.scheduling.service;

import io.gridflex.application.scheduling.flex.FlexDocuments;
import io.gridflex.application.scheduling.flex.StorageFlexModel;
import io.gridflex.application.scheduling.flex.StorageQuantity;
import io.gridflex.domain.attribute.Attributes;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The attributes of a device's power sensor and asset that FlexMeasures still schedules by, as
 * its code has them:
 * <ul>
 * <li>{@code is_consumer} / {@code is_producer} (the sensor's, else its asset's): a consumer that is
 * not a producer never produces, a producer that is not a consumer never consumes, whatever the
 * flex-model's capacities ({@code Sensor.is_strictly_non_positive/non_negative} in its StorageScheduler);</li>
 * <li>{@code soc_in_mwh} at {@code soc_datetime}: the stock at the start, where that time is the
 * schedule's start and neither {@code soc-at-start} nor {@code state-of-charge} is given;</li>
 * <li>the attributes its migration f0ee99278f6f moved into the asset's flex-model
 * ({@code capacity_in_mw}, {@code min_soc_in_mwh}, {@code max_soc_in_mwh}, {@code roundtrip_efficiency},
 * {@code storage_efficiency}, {@code consumption_capacity}, {@code production_capacity}, …): an asset
 * whose attributes still hold them schedules as it would after that migration — each fills the
 * flex-model field it became, where neither the trigger nor a stored flex-model gives it (the
 * asset's attribute before its sensor's).</li>
 * </ul>
 */
record LegacyAttributes(Attributes sensor, Attributes asset) {

    /** FlexMeasures' migrated attributes and the flex-model fields they became, with the unit a bare number had. */
    private static final Map<String, String[]> MIGRATED = migrated();

    /** ISO 8601 with the offset's minutes optional, as FlexMeasures' fixtures write it ("2015-01-01T00:00+01"). */
    private static final DateTimeFormatter SOC_DATETIME = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME).appendOffset("+HH:mm", "Z").toFormatter();

    private static Map<String, String[]> migrated() {
        Map<String, String[]> fields = new LinkedHashMap<>();
        fields.put("min_soc_in_mwh", new String[] {"soc-min", "MWh"});
        fields.put("max_soc_in_mwh", new String[] {"soc-max", "MWh"});
        fields.put("soc-gain", new String[] {"soc-gain", "MW"});
        fields.put("soc-usage", new String[] {"soc-usage", "MW"});
        fields.put("roundtrip_efficiency", new String[] {"roundtrip-efficiency", ""});
        fields.put("charging-efficiency", new String[] {"charging-efficiency", ""});
        fields.put("discharging-efficiency", new String[] {"discharging-efficiency", ""});
        fields.put("storage_efficiency", new String[] {"storage-efficiency", ""});
        fields.put("capacity_in_mw", new String[] {"power-capacity", "MW"});
        fields.put("consumption_capacity", new String[] {"consumption-capacity", "MW"});
        fields.put("production_capacity", new String[] {"production-capacity", "MW"});
        return Map.copyOf(fields);
    }

    /** The stored flex-model with the migrated attributes filling the fields it lacks. */
    Attributes underFlexModel(Attributes stored) {
        Map<String, Object> filled = new LinkedHashMap<>();
        MIGRATED.forEach((attribute, field) -> {
            Object value = asset.values().containsKey(attribute) ? asset.values().get(attribute) : sensor.values().get(attribute);
            if (value != null) {
                // a stored soc-unit of kWh must not rescale a value that was always in MWh
                filled.put(field[0], value instanceof Number n && !field[1].isEmpty() ? n + " " + field[1] : value);
            }
        });
        return Attributes.of(filled).overriddenBy(stored);
    }

    /** A merged flex-model with the direction the attributes allow and the stock they know at the start. */
    StorageFlexModel applyTo(String path, StorageFlexModel merged, Instant start) {
        StorageFlexModel model = merged;
        boolean consumer = truthy(attribute("is_consumer"));
        boolean producer = truthy(attribute("is_producer"));
        if (consumer && attribute("is_producer").isPresent() && !producer) {
            model = FlexDocuments.storage(path, Map.of("production-capacity", "0 MW")).over(model);
        }
        if (producer && attribute("is_consumer").isPresent() && !consumer) {
            model = FlexDocuments.storage(path, Map.of("consumption-capacity", "0 MW")).over(model);
        }
        boolean stockGiven = model.quantities().containsKey(StorageQuantity.SOC_AT_START)
                || model.quantities().containsKey(StorageQuantity.STATE_OF_CHARGE);
        Optional<Object> soc = attribute("soc_in_mwh");
        if (!stockGiven && soc.isPresent() && soc.get() instanceof Number mwh && attribute("soc_datetime")
                .flatMap(LegacyAttributes::instant).filter(start::equals).isPresent()) {
            model = FlexDocuments.storage(path, Map.of("soc-at-start", mwh + " MWh")).over(model);
        }
        return model;
    }

    /** As FlexMeasures' {@code Sensor.get_attribute}: the sensor's, else its asset's. */
    private Optional<Object> attribute(String name) {
        return Optional.ofNullable(sensor.values().containsKey(name) ? sensor.values().get(name) : asset.values().get(name));
    }

    private static boolean truthy(Optional<Object> value) {
        return value.map(v -> v instanceof Boolean b ? b : v instanceof Number n ? n.doubleValue() != 0
                : v instanceof String s && !s.isEmpty()).orElse(false);
    }

    private static Optional<Instant> instant(Object value) {
        try {
            return value instanceof String s ? Optional.of(OffsetDateTime.parse(s, SOC_DATETIME).toInstant()) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty(); // FlexMeasures' "2015-01-01T00:00+01" style parses; anything else is no match
        }
    }
}
