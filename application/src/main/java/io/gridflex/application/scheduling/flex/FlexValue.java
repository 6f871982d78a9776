package io.gridflex.application.scheduling.flex;

import io.gridflex.domain.failure.InvalidValueException;
import io.gridflex.domain.sensor.SensorId;
import io.gridflex.domain.unit.Quantity;
import io.gridflex.domain.unit.SensorUnit;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One field of a flex-model or flex-context as FlexMeasures writes it: a fixed quantity ("25kW",
 * 0.9), a time series ({@code [{"datetime" | "start" + "duration" | "end", "value"}]}) or
 * {@code {"sensor": id}}, whose stored beliefs hold the values.
 */
public sealed interface FlexValue {

    /** A quantity, or a bare number whose unit the field decides. */
    record Fixed(Quantity quantity) implements FlexValue {
        public boolean isBare() {
            return quantity.unit().equals(SensorUnit.ONE);
        }
    }

    /** Values over periods; a "datetime" is a period of length zero. */
    record Series(List<Segment> segments) implements FlexValue {
    }

    record Segment(Instant start, Instant end, Fixed value) {
    }

    record FromSensor(SensorId sensor) implements FlexValue {
    }

    /** Several flows that add up (FlexMeasures' lists of soc-gain or soc-usage). */
    record Sum(List<FlexValue> terms) implements FlexValue {
    }

    static FlexValue parse(String field, Object json) {
        if (json instanceof Number number) {
            return new Fixed(new Quantity(finite(field, number.doubleValue()), SensorUnit.ONE));
        }
        if (json instanceof String text) {
            return new Fixed(Quantity.parse(field, text));
        }
        if (json instanceof Map<?, ?> map && map.containsKey("sensor")) {
            if (map.size() != 1) {
                throw new InvalidValueException(field, "A sensor reference holds only \"sensor\".");
            }
            return new FromSensor(sensorId(field, map.get("sensor")));
        }
        if (json instanceof List<?> list && !list.isEmpty() && list.stream().allMatch(e -> e instanceof Map<?, ?> m
                && m.containsKey("value"))) {
            List<Segment> segments = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                segments.add(segment(field + "[" + i + "]", (Map<?, ?>) list.get(i)));
            }
            return new Series(List.copyOf(segments));
        }
        if (json instanceof List<?> list && !list.isEmpty()) {
            List<FlexValue> terms = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                terms.add(parse(field + "[" + i + "]", list.get(i)));
            }
            return new Sum(List.copyOf(terms));
        }
        throw new InvalidValueException(field, "Must be a quantity such as \"25 kW\", a time series of "
                + "{\"datetime\" or \"start\" and \"duration\" or \"end\", \"value\"}, or {\"sensor\": id}.");
    }

    static SensorId sensorId(String field, Object json) {
        if (json instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue()) && n.longValue() > 0) {
            return SensorId.of(n.longValue());
        }
        throw new InvalidValueException(field, "Must be a sensor id, got " + json + ".");
    }

    private static Segment segment(String field, Map<?, ?> item) {
        for (Object key : item.keySet()) {
            if (!List.of("datetime", "start", "end", "duration", "value").contains(key)) {
                throw new InvalidValueException(field, "Unknown field '" + key + "'.");
            }
        }
        Object raw = item.get("value");
        FlexValue value = raw instanceof Number || raw instanceof String ? parse(field + ".value", raw) : null;
        if (!(value instanceof Fixed fixed)) {
            throw new InvalidValueException(field + ".value", "Must be a number or a quantity such as \"25 kW\".");
        }
        if (item.containsKey("datetime")) {
            if (item.containsKey("start") || item.containsKey("end") || item.containsKey("duration")) {
                throw new InvalidValueException(field, "Give either \"datetime\" or \"start\" with \"duration\" or \"end\".");
            }
            Instant at = instant(field + ".datetime", item.get("datetime"));
            return new Segment(at, at, fixed);
        }
        Instant start = instant(field + ".start", item.get("start"));
        Instant end;
        if (item.containsKey("end") == item.containsKey("duration")) {
            throw new InvalidValueException(field, "Give \"start\" with either \"duration\" or \"end\".");
        } else if (item.containsKey("end")) {
            end = instant(field + ".end", item.get("end"));
        } else {
            end = start.plus(duration(field + ".duration", item.get("duration")));
        }
        if (end.isBefore(start)) {
            throw new InvalidValueException(field, "Ends before it starts.");
        }
        return new Segment(start, end, fixed);
    }

    static Instant instant(String field, Object json) {
        if (json instanceof String text) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException e) {
                // refused below
            }
        }
        throw new InvalidValueException(field, "Not a valid aware datetime: " + json + ".");
    }

    static Duration duration(String field, Object json) {
        if (json instanceof String text) {
            try {
                Duration d = Duration.parse(text);
                if (!d.isNegative()) {
                    return d;
                }
            } catch (DateTimeParseException e) {
                // refused below
            }
        }
        throw new InvalidValueException(field, "Not a valid ISO 8601 duration: " + json + ".");
    }

    private static double finite(String field, double value) {
        if (!Double.isFinite(value)) {
            throw new InvalidValueException(field, "Must be a finite number.");
        }
        return value;
    }
}
