package io.gridflex.domain.scheduling;

import io.gridflex.domain.failure.InvalidValueException;
import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;

/**
 * One number per step of a schedule's horizon; {@code NaN} where a step has none (a state-of-charge
 * target only at some steps, for instance). Immutable.
 */
public final class Profile {

    private final double[] values;

    private Profile(double[] values) {
        this.values = values;
    }

    public static Profile of(double... values) {
        return new Profile(values.clone());
    }

    public static Profile constant(int steps, double value) {
        double[] values = new double[steps];
        Arrays.fill(values, value);
        return new Profile(values);
    }

    /** A profile with no value at any step. */
    public static Profile none(int steps) {
        return constant(steps, Double.NaN);
    }

    public int steps() {
        return values.length;
    }

    public double at(int step) {
        return values[step];
    }

    public boolean has(int step) {
        return !Double.isNaN(values[step]);
    }

    public boolean isEmpty() {
        return Arrays.stream(values).allMatch(Double::isNaN);
    }

    public double[] toArray() {
        return values.clone();
    }

    /** Its first {@code steps} values: the same profile over a shorter horizon. */
    public Profile head(int steps) {
        requireWithinLength(steps);
        return new Profile(Arrays.copyOf(values, steps));
    }

    /** Longer by {@code fill} at each added step. */
    public Profile padded(int steps, double fill) {
        double[] longer = Arrays.copyOf(values, Math.max(steps, values.length));
        Arrays.fill(longer, values.length, longer.length, fill);
        return new Profile(longer);
    }

    private void requireWithinLength(int steps) {
        if (steps < 1 || steps > values.length) {
            throw new IllegalArgumentException("A profile of " + values.length + " steps has no first " + steps + ".");
        }
    }

    public Profile map(DoubleUnaryOperator f) {
        return new Profile(Arrays.stream(values).map(v -> Double.isNaN(v) ? v : f.applyAsDouble(v)).toArray());
    }

    public Profile plus(Profile other) {
        requireSteps("profile", other, values.length);
        double[] sum = new double[values.length];
        for (int j = 0; j < sum.length; j++) {
            sum[j] = values[j] + other.values[j];
        }
        return new Profile(sum);
    }

    /** This profile where it has a value, else {@code fallback}'s. */
    public Profile orElse(Profile fallback) {
        requireSteps("profile", fallback, values.length);
        double[] merged = values.clone();
        for (int j = 0; j < merged.length; j++) {
            if (Double.isNaN(merged[j])) {
                merged[j] = fallback.values[j];
            }
        }
        return new Profile(merged);
    }

    /** Refuses a profile of another length than the horizon's. */
    static Profile requireSteps(String field, Profile profile, int steps) {
        if (profile == null) {
            throw new InvalidValueException(field, "Missing.");
        }
        if (profile.steps() != steps) {
            throw new InvalidValueException(field, "Has " + profile.steps() + " steps where the schedule has " + steps + ".");
        }
        return profile;
    }

    /** Refuses any value outside [min, max] (NaN allowed where {@code gaps}). */
    static Profile requireWithin(String field, Profile profile, double min, double max, boolean gaps) {
        for (int j = 0; j < profile.steps(); j++) {
            double v = profile.at(j);
            if (Double.isNaN(v) ? !gaps : (v < min || v > max || Double.isInfinite(v))) {
                throw new InvalidValueException(field, "Step " + j + " has " + v + "; allowed is " + range(min, max) + ".");
            }
        }
        return profile;
    }

    private static String range(double min, double max) {
        return "[" + min + ", " + (max == Double.MAX_VALUE ? "∞" : max) + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Profile other && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return Arrays.toString(values);
    }
}
