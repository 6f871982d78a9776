package io.gridflex.adapter.rest.flexmeasures;

import java.time.Duration;

/**
 * A duration as FlexMeasures shows it to people: the {@code humanize} library's
 * {@code naturaldelta} (months counted, seconds the finest unit), e.g. "a moment", "15 minutes",
 * "an hour", "2 hours", "a day", "3 days", "a month", "1 year, 2 months", "4 years".
 */
final class NaturalDelta {

    private NaturalDelta() {
    }

    static String of(Duration duration) {
        Duration delta = duration.abs();
        long totalDays = delta.toDays();
        long seconds = delta.minusDays(totalDays).toSeconds();
        long years = totalDays / 365;
        long days = totalDays % 365;
        long months = (long) Math.floor(days / 30.5);
        if (years == 0 && days < 1) {
            if (seconds == 0) {
                return "a moment";
            } else if (seconds == 1) {
                return "a second";
            } else if (seconds < 60) {
                return seconds + " seconds";
            } else if (seconds < 120) {
                return "a minute";
            } else if (seconds < 3600) {
                return seconds / 60 + " minutes";
            } else if (seconds < 7200) {
                return "an hour";
            }
            return seconds / 3600 + " hours";
        }
        if (years == 0) {
            if (days == 1) {
                return "a day";
            }
            if (months == 0) {
                return days + " days";
            }
            return months == 1 ? "a month" : months + " months";
        }
        if (years == 1) {
            if (months == 0 && days == 0) {
                return "a year";
            }
            if (months == 0) {
                return "1 year, " + days + " days";
            }
            return months == 1 ? "1 year, 1 month" : "1 year, " + months + " months";
        }
        return years + " years";
    }
}
