package io.gridflex.domain.unit;

import static javax.measure.MetricPrefix.CENTI;
import static javax.measure.MetricPrefix.GIGA;
import static javax.measure.MetricPrefix.KILO;
import static javax.measure.MetricPrefix.MEGA;
import static javax.measure.MetricPrefix.MILLI;

import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.measure.Dimension;
import javax.measure.Unit;
import javax.measure.format.MeasurementParseException;
import tech.units.indriya.format.SimpleUnitFormat;
import tech.units.indriya.unit.BaseUnit;
import tech.units.indriya.unit.UnitDimension;
import tech.units.indriya.unit.Units;

/**
 * The units gridflex understands, on JSR 385 (Indriya): SI units with prefixes, energy in Wh,
 * apparent power in VA (taken as W, as FlexMeasures does), °C, %, litres, and every ISO 4217
 * currency as a base unit of its own (so EUR never converts to USD), with prefixes (cEUR, kEUR).
 */
public final class UnitCatalog {

    private static final SimpleUnitFormat FORMAT = SimpleUnitFormat.getNewInstance(SimpleUnitFormat.Flavor.Default);
    private static final Map<Dimension, Unit<?>> CURRENCIES = new HashMap<>();

    static {
        Unit<?> wattHour = Units.WATT.multiply(Units.HOUR);
        FORMAT.label(wattHour, "Wh");
        FORMAT.label(KILO(wattHour), "kWh");
        FORMAT.label(MEGA(wattHour), "MWh");
        FORMAT.label(GIGA(wattHour), "GWh");
        FORMAT.label(MILLI(wattHour), "mWh");
        FORMAT.alias(Units.WATT, "VA");
        FORMAT.alias(KILO(Units.WATT), "kVA");
        FORMAT.alias(MEGA(Units.WATT), "MVA");
        FORMAT.alias(Units.WATT, "var");
        FORMAT.alias(KILO(Units.WATT), "kvar");
        FORMAT.alias(Units.LITRE, "L");
        FORMAT.alias(Units.CUBIC_METRE, "m3");
        char dimension = '\uE000'; // private-use characters: one dimension per currency
        for (Currency currency : Currency.getAvailableCurrencies()) {
            String code = currency.getCurrencyCode();
            Unit<?> money = new BaseUnit<>(code, UnitDimension.parse(dimension++));
            FORMAT.label(money, code);
            CURRENCIES.put(money.getDimension(), money);
            FORMAT.label(CENTI(money), "c" + code);
            FORMAT.label(KILO(money), "k" + code);
            FORMAT.label(MEGA(money), "M" + code);
        }
    }

    private UnitCatalog() {
    }

    /** The unit a text names, or empty when it names none. */
    public static Optional<Unit<?>> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(FORMAT.parse(text.strip()));
        } catch (MeasurementParseException | IllegalArgumentException | UnsupportedOperationException unknown) {
            return Optional.empty();
        }
    }

    /** The currency (its base unit, e.g. EUR) a unit measures, or empty when it is no amount of money. */
    public static Optional<Unit<?>> currencyOf(Unit<?> unit) {
        return Optional.ofNullable(CURRENCIES.get(unit.getDimension()));
    }
}
