package io.gridflex.domain.unit;

import io.gridflex.domain.failure.InvalidValueException;
import io.gridflex.domain.invariant.Require;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number with its unit, as written in a flex-model or flex-context ("25kW", "12.1 kWh", "120%",
 * "1000 EUR/kW"); a bare number has unit {@link SensorUnit#ONE}.
 */
public record Quantity(double value, SensorUnit unit) {

    private static final Pattern TEXT = Pattern.compile("\\s*([-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?)\\s*(.*?)\\s*");

    public Quantity {
        Require.that(Double.isFinite(value), "value", "Must be a finite number.");
        Require.present("unit", unit);
    }

    /** Reads "12.1 kWh"; refuses, naming {@code field}, what is no number with a known unit. */
    public static Quantity parse(String field, String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new InvalidValueException(field, "Cannot convert value '" + text + "' to a valid quantity. Give a number and a unit, such as '25 kW'.");
        }
        double value = Double.parseDouble(m.group(1));
        String symbol = m.group(2);
        if (symbol.isEmpty()) {
            return new Quantity(value, SensorUnit.ONE);
        }
        return new Quantity(value, UnitCatalog.parse(symbol).map(u -> new SensorUnit(symbol, u))
                .orElseThrow(() -> new InvalidValueException(field, "Unit '" + symbol + "' cannot be handled.")));
    }

    /**
     * This quantity in {@code target}; a stock converts to a flow (and back) over {@code slot}.
     * Refuses, naming {@code field}, a unit that does not convert.
     */
    public double in(SensorUnit target, Duration slot, String field) {
        return UnitConversion.between(unit, target, slot)
                .orElseThrow(() -> new InvalidValueException(field, "'" + this + "' cannot be converted to " + target + "."))
                .applyAsDouble(value);
    }

    @Override
    public String toString() {
        return unit.symbol().isEmpty() ? Double.toString(value) : value + " " + unit.symbol();
    }
}
