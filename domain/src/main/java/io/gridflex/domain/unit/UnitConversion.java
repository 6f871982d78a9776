package io.gridflex.domain.unit;

import java.time.Duration;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;
import javax.measure.IncommensurableException;
import javax.measure.UnconvertibleException;
import javax.measure.Unit;
import javax.measure.UnitConverter;
import tech.units.indriya.unit.Units;

/**
 * How values in one unit become values in another. Units of one dimension convert directly
 * (kW → MW, EUR/MWh → cEUR/kWh, °C → K). A stock and a flow convert through the length of the
 * event they describe: 1 kWh over 15 minutes is 4 kW, and back. Currencies never convert into
 * each other: each is a dimension of its own.
 */
public final class UnitConversion {

    private UnitConversion() {
    }

    /**
     * The conversion of values from {@code from} to {@code to} for events of length {@code slot};
     * empty when the units cannot be converted (or a stock/flow conversion meets a zero slot).
     */
    public static Optional<DoubleUnaryOperator> between(SensorUnit from, SensorUnit to, Duration slot) {
        Unit<?> source = from.unit();
        Unit<?> target = to.unit();
        if (source.isCompatible(target)) {
            UnitConverter converter = converter(source, target);
            return Optional.of(converter::convert);
        }
        double seconds = slot.toNanos() / 1e9;
        if (seconds <= 0) {
            return Optional.empty();
        }
        Unit<?> targetTimesTime = target.multiply(Units.SECOND);
        if (source.isCompatible(targetTimesTime)) { // stock → flow: divide by the slot
            UnitConverter converter = converter(source, targetTimesTime);
            return Optional.of(v -> converter.convert(v) / seconds);
        }
        Unit<?> sourceTimesTime = source.multiply(Units.SECOND);
        if (sourceTimesTime.isCompatible(target)) { // flow → stock: multiply by the slot
            UnitConverter converter = converter(sourceTimesTime, target);
            return Optional.of(v -> converter.convert(v * seconds));
        }
        return Optional.empty();
    }

    private static UnitConverter converter(Unit<?> from, Unit<?> to) {
        try {
            return from.getConverterToAny(to);
        } catch (IncommensurableException | UnconvertibleException e) {
            throw new IllegalStateException("Compatible units did not convert: " + from + " → " + to, e);
        }
    }
}
