package io.gridflex.domain.belief;

import io.gridflex.domain.failure.InvalidValueException;
import io.gridflex.domain.invariant.Require;
import java.time.Duration;
import java.time.Instant;

/**
 * Events at a fixed resolution: {@code count} of them from {@code start}, each {@code resolution}
 * long (zero for instantaneous readings, which then sit {@code spacing} apart).
 */
public record EventGrid(Instant start, Duration spacing, int count) {

    public EventGrid {
        Require.present("start", start);
        Require.present("duration", spacing);
        Require.that(count >= 0, "values", "Must not be negative.");
    }

    /**
     * The grid of {@code count} values spread evenly over {@code duration} from {@code start}.
     * The duration must divide into whole, equal slots.
     */
    public static EventGrid spread(Instant start, Duration duration, int count) {
        Require.that(count > 0, "values", "At least one value is needed.");
        Require.that(!duration.isNegative(), "duration", "Must not be negative.");
        long nanos = duration.toNanos();
        if (nanos % count != 0) {
            throw new InvalidValueException("duration", "A duration of " + duration + " does not divide into " + count
                    + " equal slots.");
        }
        return new EventGrid(start, Duration.ofNanos(nanos / count), count);
    }

    public Instant eventStart(int index) {
        return after(start, spacing, index);
    }

    /**
     * The slot holding {@code instant}, or -1 where it is not the start of one: the inverse of
     * {@link #eventStart(int)}.
     */
    public int indexOf(Instant instant) {
        if (spacing.isZero()) {
            return instant.equals(start) && count > 0 ? 0 : -1;
        }
        long seconds = instant.getEpochSecond() - start.getEpochSecond();
        long nanos = Math.addExact(Math.multiplyExact(seconds, 1_000_000_000L), instant.getNano() - start.getNano());
        long step = spacing.toNanos();
        if (nanos < 0 || nanos % step != 0 || nanos / step >= count) {
            return -1;
        }
        return (int) (nanos / step);
    }

    /** {@code from} plus {@code times} × {@code step}, exactly (Duration.multipliedBy goes through BigDecimal: slow in a loop). */
    static Instant after(Instant from, Duration step, long times) {
        return from.plusSeconds(Math.multiplyExact(step.getSeconds(), times)).plusNanos(Math.multiplyExact((long) step.getNano(), times));
    }

    public Instant end() {
        return eventStart(count);
    }

    /** {@code instant} floored to a multiple of {@code resolution} since the epoch (zero: unchanged). */
    public static Instant floor(Instant instant, Duration resolution) {
        if (resolution.isZero()) {
            return instant;
        }
        long step = resolution.toNanos();
        long seconds = instant.getEpochSecond();
        // split to avoid overflow: nanos since epoch do not fit a long beyond 2262
        java.math.BigInteger nanos = java.math.BigInteger.valueOf(seconds).multiply(java.math.BigInteger.valueOf(1_000_000_000L))
                .add(java.math.BigInteger.valueOf(instant.getNano()));
        java.math.BigInteger floored = nanos.subtract(nanos.mod(java.math.BigInteger.valueOf(step)));
        java.math.BigInteger[] parts = floored.divideAndRemainder(java.math.BigInteger.valueOf(1_000_000_000L));
        return Instant.ofEpochSecond(parts[0].longValueExact(), parts[1].longValueExact());
    }
}
