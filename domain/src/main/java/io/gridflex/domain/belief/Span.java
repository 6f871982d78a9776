package io.gridflex.domain.belief;

import io.gridflex.domain.failure.InvalidValueException;
import io.gridflex.domain.invariant.Require;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A length of time as clients write it: a calendar part ({@code P1D}, {@code P1M}) and an exact
 * part ({@code PT15M}). The calendar part counts in a time zone, so one day from the start of a
 * DST change in Europe/Amsterdam lasts 23 or 25 hours; {@link #from} makes it exact.
 */
public record Span(Period calendar, Duration exact) {

    public Span {
        Require.present("duration", calendar);
        Require.span("duration", exact);
        Require.that(!calendar.isNegative() && !exact.isNegative(), "duration", "Must not be negative.");
        Require.that(calendar.toTotalMonths() <= 1200 && calendar.getDays() <= 36_525, "duration",
                "Longer than the maximum of a century.");
    }

    public static Span exact(Duration duration) {
        return new Span(Period.ZERO, duration);
    }

    /** The exact length of this span from {@code start}, counting its calendar part in {@code zone}. */
    public Duration from(Instant start, ZoneId zone) {
        try {
            ZonedDateTime begin = start.atZone(zone);
            return Require.span("duration", Duration.between(begin, begin.plus(calendar)).plus(exact));
        } catch (DateTimeException | ArithmeticException e) {
            throw new InvalidValueException("duration", "A span of " + this + " from " + start + " is out of range.");
        }
    }

    @Override
    public String toString() {
        if (calendar.isZero()) {
            return exact.toString();
        }
        return exact.isZero() ? calendar.toString() : calendar + exact.toString().substring(1);
    }
}
