package io.gridflex.domain.sensor;

import io.gridflex.domain.failure.InvalidValueException;
import io.gridflex.domain.invariant.Require;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * When an event becomes knowable, relative to its start (timely-beliefs' knowledge horizon). A
 * belief's horizon is measured from this knowledge time: positive before it (a forecast), zero or
 * negative after it (a measurement).
 */
public sealed interface KnowledgeHorizon {

    /** The moment an event starting at {@code eventStart} can be known. */
    Instant knowledgeTime(Instant eventStart, Duration eventResolution);

    /** The rule's name as FlexMeasures stores it ({@code knowledge_horizon_fnc}). */
    String function();

    /** The rule's parameters as FlexMeasures stores them ({@code knowledge_horizon_par}). */
    Map<String, Object> parameters();

    /** The default: an event is known when it has ended, plus an optional delay. */
    KnowledgeHorizon EX_POST = new ExPost(Duration.ZERO);

    /** Known {@code delay} after the event ends (physical measurements). */
    record ExPost(Duration delay) implements KnowledgeHorizon {
        public ExPost {
            Require.present("knowledge_horizon_par", delay);
        }

        @Override
        public Instant knowledgeTime(Instant eventStart, Duration eventResolution) {
            return eventStart.plus(eventResolution).plus(delay);
        }

        @Override
        public String function() {
            return "ex_post";
        }

        @Override
        public Map<String, Object> parameters() {
            return Map.of("ex_post_horizon", delay.toString());
        }
    }

    /** Known {@code horizon} before the event starts (e.g. contracted or planned values). */
    record ExAnte(Duration horizon) implements KnowledgeHorizon {
        public ExAnte {
            Require.present("knowledge_horizon_par", horizon);
        }

        @Override
        public Instant knowledgeTime(Instant eventStart, Duration eventResolution) {
            return eventStart.minus(horizon);
        }

        @Override
        public String function() {
            return "ex_ante";
        }

        @Override
        public Map<String, Object> parameters() {
            return Map.of("ex_ante_horizon", horizon.toString());
        }
    }

    /**
     * Known {@code daysAgo} days before the event's day, at {@code hour} o'clock in {@code zone}:
     * day-ahead prices are known the day before at noon ({@code x=1, y=12, z=Europe/Amsterdam}).
     */
    record XDaysAgoAtYOclock(int daysAgo, int hour, ZoneId zone) implements KnowledgeHorizon {
        public XDaysAgoAtYOclock {
            Require.that(daysAgo >= 0, "knowledge_horizon_par", "x must not be negative.");
            Require.that(hour >= 0 && hour <= 23, "knowledge_horizon_par", "y must be an hour from 0 to 23.");
            Require.present("knowledge_horizon_par", zone);
        }

        @Override
        public Instant knowledgeTime(Instant eventStart, Duration eventResolution) {
            ZonedDateTime local = eventStart.atZone(zone);
            return local.toLocalDate().minusDays(daysAgo).atTime(LocalTime.of(hour, 0)).atZone(zone).toInstant();
        }

        @Override
        public String function() {
            return "x_days_ago_at_y_oclock";
        }

        @Override
        public Map<String, Object> parameters() {
            Map<String, Object> par = new LinkedHashMap<>();
            par.put("x", daysAgo);
            par.put("y", hour);
            par.put("z", zone.getId());
            return par;
        }
    }

    /** Reads a stored or posted rule: a function name and its parameters. */
    static KnowledgeHorizon of(String function, Map<String, ?> parameters) {
        Map<String, ?> par = parameters == null ? Map.of() : parameters;
        try {
            return switch (function == null ? "ex_post" : function) {
                case "ex_post" -> new ExPost(duration(par.get("ex_post_horizon"), Duration.ZERO));
                case "ex_ante" -> new ExAnte(duration(par.get("ex_ante_horizon"), Duration.ZERO));
                case "x_days_ago_at_y_oclock" -> new XDaysAgoAtYOclock(
                        ((Number) par.get("x")).intValue(), ((Number) par.get("y")).intValue(),
                        ZoneId.of(String.valueOf(par.get("z"))));
                default -> throw new InvalidValueException("knowledge_horizon_fnc",
                        "Unknown knowledge horizon function '" + function + "'; known: ex_post, ex_ante, x_days_ago_at_y_oclock.");
            };
        } catch (InvalidValueException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new InvalidValueException("knowledge_horizon_par",
                    "Parameters " + par + " do not fit knowledge horizon function '" + function + "'.");
        }
    }

    private static Duration duration(Object value, Duration fallback) {
        return value == null ? fallback : Duration.parse(String.valueOf(value));
    }
}
