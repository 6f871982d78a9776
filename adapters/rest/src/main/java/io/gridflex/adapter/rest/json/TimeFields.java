package io.gridflex.adapter.rest.json;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
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
     * A duration from {@code start}: exact ({@code PT24H}) or nominal ({@code P1D}, {@code P1M}), a
     * nominal one counted in {@code zone}, so that a day around a DST change lasts 23 or 25 hours.
     */
    public static Duration durationFrom(String text, OffsetDateTime start, ZoneId zone) {
        String trimmed = text.strip();
        int time = trimmed.indexOf('T');
        String datePart = time < 0 ? trimmed : trimmed.substring(0, time);
        if (datePart.length() <= 1) {
            return duration(trimmed);
        }
        try {
            Period period = Period.parse(datePart);
            Duration rest = time < 0 ? Duration.ZERO : Duration.parse("P" + trimmed.substring(time));
            var zoned = start.atZoneSameInstant(zone);
            return Duration.between(zoned, zoned.plus(period)).plus(rest);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Not a valid ISO 8601 duration: " + text + ".");
        }
    }
}
