package io.gridflex.domain.invariant;

import io.gridflex.domain.failure.InvalidValueException;

import java.util.Collection;
import java.util.Objects;

/** Preconditions shared by the value objects, each failing with an {@link InvalidValueException} naming the field. */
public final class Require {

    private Require() {
    }

    public static <T> T present(String field, T value) {
        if (value == null) {
            throw new InvalidValueException(field, "Missing data for required field.");
        }
        return value;
    }

    /** A non-blank text of at most {@code maxLength} characters, returned stripped. */
    public static String text(String field, String value, int maxLength) {
        present(field, value);
        String stripped = value.strip();
        if (stripped.isEmpty()) {
            throw new InvalidValueException(field, "Must not be blank.");
        }
        if (stripped.length() > maxLength) {
            throw new InvalidValueException(field, "Longer than maximum length " + maxLength + ".");
        }
        return stripped;
    }

    public static long positive(String field, long value) {
        if (value <= 0) {
            throw new InvalidValueException(field, "Must be a positive number, got " + value + ".");
        }
        return value;
    }

    /** The longest span gridflex takes in a duration, horizon or resolution: a century. */
    public static final java.time.Duration MAX_SPAN = java.time.Duration.ofDays(36_525);

    /** A duration within a century either way, so that arithmetic on instants and nanoseconds never overflows. */
    public static java.time.Duration span(String field, java.time.Duration value) {
        present(field, value);
        if (value.abs().compareTo(MAX_SPAN) > 0) {
            throw new InvalidValueException(field, "Longer than the maximum of " + MAX_SPAN.toDays() + " days.");
        }
        return value;
    }

    public static void that(boolean condition, String field, String message) {
        if (!condition) {
            throw new InvalidValueException(field, message);
        }
    }

    public static <C extends Collection<?>> C noNulls(String field, C values) {
        present(field, values);
        if (values.stream().anyMatch(Objects::isNull)) {
            throw new InvalidValueException(field, "Must not contain null.");
        }
        return values;
    }
}
