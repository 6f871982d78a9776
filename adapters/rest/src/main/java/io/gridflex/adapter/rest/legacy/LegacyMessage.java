package io.gridflex.adapter.rest.legacy;

import io.gridflex.adapter.rest.json.MalformedBodyException;
import io.gridflex.adapter.rest.json.TimeFields;
import io.gridflex.domain.belief.Span;
import io.micronaut.http.HttpParameters;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One legacy request message, read from its JSON body and its query string (a GET may carry either:
 * the seed's examples send a body, gateways that cannot send one use the query; the body wins). A
 * query value that is a JSON list is read as the list; a repeated key as a list of its values. Each
 * reader refuses with the status FlexMeasures' validators gave, in the order the endpoints call them.
 */
final class LegacyMessage {

    private final Map<String, Object> fields;

    private LegacyMessage(Map<String, Object> fields) {
        this.fields = fields;
    }

    @SuppressWarnings("unchecked")
    static LegacyMessage of(HttpParameters query, String body, JsonMapper json) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (String name : query.names()) {
            List<Object> values = new ArrayList<>();
            for (String value : query.getAll(name)) {
                Object parsed = value;
                if (value.strip().startsWith("[")) {
                    try {
                        parsed = json.readValue(value, Object.class);
                    } catch (IOException e) {
                        parsed = value;
                    }
                }
                if (parsed instanceof List<?> list) {
                    values.addAll(list);
                } else {
                    values.add(parsed);
                }
            }
            fields.put(name, values.size() == 1 ? values.get(0) : values);
        }
        if (body != null && !body.isBlank()) {
            Object parsed;
            try {
                parsed = json.readValue(body, Object.class);
            } catch (IOException e) {
                throw new MalformedBodyException("The request body is not valid JSON.");
            }
            if (!(parsed instanceof Map<?, ?> map)) {
                throw new MalformedBodyException("The request body should be a JSON object (a message).");
            }
            fields.putAll((Map<String, Object>) map);
        }
        return new LegacyMessage(fields);
    }

    /** The message's {@code type} must be the endpoint's. */
    void requireType(String expected) {
        Object type = fields.get("type");
        if (type == null || type.toString().isBlank()) {
            throw LegacyStatus.NO_MESSAGE_TYPE.refused();
        }
        if (!expected.equals(type.toString())) {
            throw LegacyStatus.INVALID_MESSAGE_TYPE.refusedWith("Request message should specify type '" + expected + "'.");
        }
    }

    Optional<String> text(String field) {
        Object value = fields.get(field);
        if (value == null || value instanceof List<?> || value instanceof Map<?, ?>) {
            return Optional.empty();
        }
        String text = value.toString().strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    boolean has(String field) {
        return fields.get(field) != null;
    }

    /**
     * The addressed entities, grouped: {@code <name>} or {@code <name>s} (one group), or each of
     * {@code groups}. Nothing named, or an empty name, is an unrecognised group.
     */
    List<List<String>> addressGroups(String name) {
        String plural = name + "s";
        if (has(name) || has(plural)) {
            return List.of(addresses(fields.get(has(name) ? name : plural)));
        }
        List<List<String>> groups = new ArrayList<>();
        for (Map<?, ?> group : groups()) {
            Object named = group.get(name) != null ? group.get(name) : group.get(plural);
            groups.add(addresses(named));
        }
        if (groups.isEmpty()) {
            throw LegacyStatus.UNRECOGNIZED_CONNECTION_GROUP.refused("The message names no " + plural + ".");
        }
        return groups;
    }

    private static List<String> addresses(Object value) {
        List<?> items = value instanceof List<?> list ? list : java.util.Collections.singletonList(value);
        List<String> addresses = new ArrayList<>();
        for (Object item : items) {
            if (item == null || item instanceof Map<?, ?> || item instanceof List<?> || item.toString().isBlank()) {
                throw LegacyStatus.UNRECOGNIZED_CONNECTION_GROUP.refused("An address is missing or empty.");
            }
            addresses.add(item.toString());
        }
        if (addresses.isEmpty()) {
            throw LegacyStatus.UNRECOGNIZED_CONNECTION_GROUP.refused("A group names no address.");
        }
        return addresses;
    }

    /** The values, grouped as the addresses are: {@code value}, {@code values}, or each group's. */
    List<List<Double>> valueGroups() {
        if (has("value") || has("values")) {
            return List.of(numbers(fields.get(has("value") ? "value" : "values")));
        }
        List<List<Double>> groups = new ArrayList<>();
        for (Map<?, ?> group : groups()) {
            Object values = group.get("value") != null ? group.get("value") : group.get("values");
            if (values == null) {
                throw LegacyStatus.PTUS_INCOMPLETE.refused();
            }
            groups.add(numbers(values));
        }
        if (groups.isEmpty()) {
            throw LegacyStatus.PTUS_INCOMPLETE.refused();
        }
        return groups;
    }

    private static List<Double> numbers(Object value) {
        List<?> items = value instanceof List<?> list ? list : java.util.Collections.singletonList(value);
        List<Double> numbers = new ArrayList<>(items.size());
        for (Object item : items) {
            Double number = null;
            if (item instanceof Number n) {
                number = n.doubleValue();
            } else if (item instanceof String s) {
                try {
                    number = Double.valueOf(s.strip());
                } catch (NumberFormatException e) {
                    number = null;
                }
            }
            if (number == null || !Double.isFinite(number)) {
                throw LegacyStatus.PTUS_INCOMPLETE.refused("Request includes empty or ill-formatted value(s).");
            }
            numbers.add(number);
        }
        if (numbers.isEmpty()) {
            throw LegacyStatus.PTUS_INCOMPLETE.refused();
        }
        return numbers;
    }

    private List<Map<?, ?>> groups() {
        Object groups = fields.get("groups");
        if (groups == null) {
            return List.of();
        }
        List<?> items = groups instanceof List<?> list ? list : List.of(groups);
        List<Map<?, ?>> maps = new ArrayList<>();
        for (Object item : items) {
            if (!(item instanceof Map<?, ?> map)) {
                throw LegacyStatus.UNRECOGNIZED_CONNECTION_GROUP.refused("Each group is an object.");
            }
            maps.add(map);
        }
        return maps;
    }

    /** The horizon, if given; one that cannot be read is refused. */
    Optional<Horizon> horizon() {
        if (!has("horizon")) {
            return Optional.empty();
        }
        String text = text("horizon").orElse("");
        return Optional.of(Horizon.parse(text).orElseThrow(() -> LegacyStatus.INVALID_HORIZON.refused(
                "Please give an ISO 8601 duration such as 'PT6H', '-PT15M' or 'R/PT6H'; got '" + text + "'.")));
    }

    Optional<OffsetDateTime> prior() {
        if (!has("prior")) {
            return Optional.empty();
        }
        String text = text("prior").orElse("");
        try {
            return Optional.of(TimeFields.awareDateTime(text));
        } catch (IllegalArgumentException e) {
            throw LegacyStatus.INVALID_HORIZON.refused("The prior should be an ISO 8601 datetime with its offset; got '" + text + "'.");
        }
    }

    /** The period's start; one without an offset is refused as FlexMeasures did. */
    OffsetDateTime start() {
        String text = text("start").orElseThrow(() -> LegacyStatus.INVALID_PERIOD.refused("The message has no start."));
        try {
            return TimeFields.awareDateTime(text);
        } catch (IllegalArgumentException e) {
            try {
                java.time.LocalDateTime.parse(text);
            } catch (DateTimeParseException notEvenNaive) {
                throw LegacyStatus.INVALID_PERIOD.refused("The start '" + text + "' is not an ISO 8601 datetime.");
            }
            throw LegacyStatus.INVALID_TIMEZONE.refused();
        }
    }

    /** The period's length, more than nothing. */
    Span duration() {
        String text = text("duration").orElseThrow(() -> LegacyStatus.INVALID_PERIOD.refused("The message has no duration."));
        Span span;
        try {
            span = TimeFields.span(text);
        } catch (IllegalArgumentException e) {
            throw LegacyStatus.INVALID_PERIOD.refused("The duration '" + text + "' is not an ISO 8601 duration.");
        }
        if (span.calendar().isNegative() || span.exact().isNegative() || (span.calendar().isZero() && span.exact().isZero())) {
            throw LegacyStatus.INVALID_PERIOD.refused("The duration should be positive; got '" + text + "'.");
        }
        return span;
    }

    Optional<Duration> resolution() {
        if (!has("resolution") || text("resolution").isEmpty()) {
            return Optional.empty();
        }
        String text = text("resolution").get();
        try {
            Duration resolution = Duration.parse(text);
            if (resolution.isNegative() || resolution.isZero()) {
                throw new DateTimeParseException("not positive", text, 0);
            }
            return Optional.of(resolution);
        } catch (DateTimeParseException | ArithmeticException e) {
            throw LegacyStatus.INVALID_RESOLUTION.refusedWith("The resolution string cannot be parsed as ISO8601 duration: " + text);
        }
    }

    /** Each item of a field given once or as a list. */
    List<Object> items(String field) {
        Object value = fields.get(field);
        if (value == null) {
            return List.of();
        }
        return value instanceof List<?> list ? new ArrayList<>(list) : List.of(value);
    }
}
