package io.gridflex.domain.unit;

import io.gridflex.domain.failure.InvalidValueException;
import io.gridflex.domain.invariant.Require;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.measure.Unit;
import tech.units.indriya.AbstractUnit;

/**
 * The unit a sensor records in, as its users wrote it ("kW", "m³/h", "EUR/MWh", "%"), with the
 * JSR 385 unit behind it. Any unit {@link UnitCatalog} knows is accepted; the text is kept as given.
 */
public record SensorUnit(String symbol, Unit<?> unit) {

    private static final Map<String, SensorUnit> PARSED = new ConcurrentHashMap<>();

    /** A pure number: a ratio, an efficiency. */
    public static final SensorUnit ONE = new SensorUnit("", AbstractUnit.ONE);

    public SensorUnit {
        Require.present("unit", symbol);
        Require.present("unit", unit);
    }

    /** Parses a unit; an unknown one is refused with a message naming it. */
    public static SensorUnit of(String symbol) {
        Require.present("unit", symbol);
        SensorUnit known = PARSED.get(symbol);
        if (known != null) {
            return known; // parsing is the costliest part of reading a sensor; units are few
        }
        SensorUnit parsed = UnitCatalog.parse(symbol.strip())
                .map(unit -> new SensorUnit(symbol.strip(), unit))
                .orElseThrow(() -> new InvalidValueException("unit", "Unit '" + symbol + "' cannot be handled."));
        if (PARSED.size() < 1_000) { // bounded: any client can name units
            PARSED.put(symbol, parsed);
        }
        return parsed;
    }

    /**
     * This unit as a price per {@code quantity} in its own currency: "1000 EUR/kW" per MW is
     * EUR/MW. Empty when this unit is no price of that quantity (EUR/kWh per MW, kW, EUR).
     */
    public Optional<SensorUnit> pricePer(SensorUnit quantity) {
        return UnitCatalog.currencyOf(unit.multiply(quantity.unit))
                .map(currency -> new SensorUnit(currency + "/" + quantity.symbol, currency.divide(quantity.unit)));
    }

    /** Whether values in this unit can be converted to {@code other} without knowing a time span. */
    public boolean isConvertibleTo(SensorUnit other) {
        return unit.isCompatible(other.unit);
    }

    @Override
    public String toString() {
        return symbol;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SensorUnit other && symbol.equals(other.symbol);
    }

    @Override
    public int hashCode() {
        return symbol.hashCode();
    }
}
