package io.gridflex.adapter.rest.legacy;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A legacy message's {@code horizon}: how long before the fact its values were known. Written as an
 * ISO 8601 duration with an optional leading {@code -} (after the fact) and an optional {@code R/}
 * (ISO's repeating interval) that makes it <em>rolling</em>: the same horizon for every event. A
 * plain horizon counts back from the end of the whole period, so all values share one belief time.
 */
record Horizon(Duration duration, boolean rolling) {

    /** The sign may stand before {@code R/} or after it ({@code -R/PT15M}, {@code R/-PT15M}), as FlexMeasures read both. */
    private static final Pattern FORM = Pattern.compile("^(-)?(R\\d*/)?(-)?(.+)$");

    /** What a post without a horizon means: known at each event's end. */
    static final Horizon AT_EVENT_END = new Horizon(Duration.ZERO, true);

    static Optional<Horizon> parse(String text) {
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            Duration duration = Duration.parse(m.group(4));
            if (duration.isNegative() || (m.group(1) != null && m.group(3) != null)) {
                return Optional.empty();
            }
            boolean negative = m.group(1) != null || m.group(3) != null;
            return Optional.of(new Horizon(negative ? duration.negated() : duration, m.group(2) != null));
        } catch (DateTimeParseException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    /** A plain horizon's one belief time: this long before the end of the period. */
    Instant beliefTimeBefore(Instant periodEnd) {
        return periodEnd.minus(duration);
    }

    boolean isAfterTheFact() {
        return duration.isNegative() || duration.isZero();
    }
}
