package io.gridflex.adapter.rest.json;

import io.gridflex.domain.belief.Span;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.format.DateTimeParseException;

/** Timestamps and durations as the FlexMeasures API writes them. */
public final class TimeFields {

    private TimeFields() {
    }

    /** ISO 8601 with an offset ({@code 2021-06-07T00:00:00+02:00}); a naive timestamp is refused. */
    public static OffsetDateTime awareDateTime(String text) {
        OffsetDateTime parsed;
        try {
            parsed = OffsetDateTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Not a valid aware datetime: " + text + ".");
        }
        // years gridflex can add a century to without leaving what an Instant holds
        if (parsed.getYear() < 1000 || parsed.getYear() > 9000) {
            throw new IllegalArgumentException("A datetime between the years 1000 and 9000 is expected, got " + text + ".");
        }
        return parsed;
    }

    public static Duration duration(String text) {
        try {
            return Duration.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Not a valid ISO 8601 duration: " + text + ".");
        }
    }

    /**
     * An ISO 8601 duration with a calendar part ({@code P1D}) and an exact part ({@code PT15M});
     * the domain makes it exact in the sensor's time zone.
     */
    public static Span span(String text) {
        String trimmed = text.strip();
        int time = trimmed.indexOf('T');
        String datePart = time < 0 ? trimmed : trimmed.substring(0, time);
        try {
            Period calendar = datePart.length() <= 1 ? Period.ZERO : Period.parse(datePart);
            Duration exact = time < 0 ? Duration.ZERO : Duration.parse("P" + trimmed.substring(time));
            return new Span(calendar, exact);
        } catch (DateTimeParseException | ArithmeticException e) {
            throw new IllegalArgumentException("Not a valid ISO 8601 duration: " + text + ".");
        }
    }
}
