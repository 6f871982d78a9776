package io.gridflex.adapter.rest.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import io.gridflex.domain.failure.InvalidValueException;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the fields of a JSON object body one by one, collecting every problem instead of stopping
 * at the first, so that a 422 names each bad field. Unknown fields are refused, as are fields the
 * endpoint lists as not changeable.
 */
public final class JsonRequest {

    private static final JsonFactory JSON = new JsonFactory();

    private final JsonNode object;
    private final Map<String, List<String>> errors = new LinkedHashMap<>();

    private JsonRequest(JsonNode object) {
        this.object = object;
    }

    /** Parses the body; anything but a JSON object is a {@link MalformedBodyException}. */
    public static JsonRequest parse(JsonMapper mapper, String body) {
        if (body == null || body.isBlank()) {
            throw new MalformedBodyException("The request body is empty; a JSON object is expected.");
        }
        JsonNode node;
        try {
            requireSingleValue(body);
            node = mapper.readValue(body, JsonNode.class);
        } catch (IOException | RuntimeException e) {
            throw new MalformedBodyException("The request body is not valid JSON.");
        }
        if (node == null || node.isNull()) {
            throw new MalformedBodyException("The request body must be a JSON object.");
        }
        if (!node.isObject()) {
            throw MalformedBodyException.notAnObject("The request body must be a JSON object.");
        }
        return new JsonRequest(node);
    }

    /** The query parameters of a request, read as text fields. */
    public static JsonRequest fromQuery(io.micronaut.http.HttpParameters query) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        for (String name : query.names()) {
            query.getFirst(name).ifPresent(value -> fields.put(name, JsonNode.createStringNode(value)));
        }
        return new JsonRequest(JsonNode.createObjectNode(fields));
    }

    /** Whole numbers: a list, one number, or comma-separated text ({@code 1,2}). */
    public Optional<List<Long>> longs(String field) {
        return read(field, node -> {
            List<Long> ids = new ArrayList<>();
            try {
                if (node.isArray()) {
                    for (JsonNode item : node.values()) {
                        ids.add(item.isNumber() ? item.getLongValue() : Long.parseLong(item.getStringValue().strip()));
                    }
                } else if (node.isNumber()) {
                    ids.add(node.getLongValue());
                } else if (node.isString()) {
                    for (String part : node.getStringValue().split(",")) {
                        ids.add(Long.parseLong(part.strip()));
                    }
                } else {
                    return null;
                }
            } catch (RuntimeException e) {
                return null;
            }
            return ids;
        }, "Not a valid list of ids.");
    }

    /** One JSON value and nothing after it: the mapper alone would ignore trailing text. */
    private static void requireSingleValue(String body) throws IOException {
        try (JsonParser parser = JSON.createParser(body)) {
            if (parser.nextToken() == null) {
                throw new JsonParseException(parser, "no value");
            }
            parser.skipChildren();
            if (parser.nextToken() != null) {
                throw new JsonParseException(parser, "trailing content");
            }
        }
    }

    /** Refuses every field not among {@code allowed}; those in {@code immutable} with their own message. */
    public JsonRequest allowOnly(Set<String> allowed, Set<String> immutable) {
        for (Map.Entry<String, JsonNode> entry : object.entries()) {
            String field = entry.getKey();
            if (immutable.contains(field)) {
                error(field, "This field cannot be updated.");
            } else if (!allowed.contains(field)) {
                error(field, "Unknown field.");
            }
        }
        return this;
    }

    public boolean isNumber(String field) {
        JsonNode node = object.get(field);
        return node != null && node.isNumber();
    }

    public boolean has(String field) {
        return object.get(field) != null;
    }

    public Optional<String> string(String field) {
        return read(field, node -> node.isString() ? node.getStringValue() : null, "Not a valid string.");
    }

    public Optional<Boolean> bool(String field) {
        return read(field, node -> node.isBoolean() ? node.getBooleanValue() : null, "Not a valid boolean.");
    }

    public Optional<Long> integer(String field) {
        return read(field, node -> {
            if (!node.isNumber()) {
                return null;
            }
            double value = node.getDoubleValue();
            return value == Math.rint(value) && Math.abs(value) < 1e15 ? node.getLongValue() : null;
        }, "Not a valid integer.");
    }

    /** A field that may be sent as null to clear it: empty = absent, Optional.empty() inside = null. */
    public Optional<Optional<Long>> nullableInteger(String field) {
        JsonNode node = object.get(field);
        if (node == null) {
            return Optional.empty();
        }
        if (node.isNull()) {
            return Optional.of(Optional.empty());
        }
        return integer(field).map(Optional::of);
    }

    public Optional<Double> number(String field) {
        return read(field, node -> node.isNumber() ? node.getDoubleValue() : null, "Not a valid number.");
    }

    /** A number that may be sent as null to clear it: empty = absent, Optional.empty() inside = null. */
    public Optional<Optional<Double>> nullableNumber(String field) {
        JsonNode node = object.get(field);
        if (node == null) {
            return Optional.empty();
        }
        if (node.isNull()) {
            return Optional.of(Optional.empty());
        }
        return number(field).map(Optional::of);
    }

    /**
     * A JSON object, sent as an object or, as FlexMeasures clients do, as a string holding one.
     */
    public Optional<Map<String, Object>> jsonObject(String field, JsonMapper mapper) {
        return read(field, node -> {
            JsonNode value = node;
            if (node.isString()) {
                try {
                    value = mapper.readValue(node.getStringValue(), JsonNode.class);
                } catch (IOException | RuntimeException e) {
                    return null;
                }
            }
            return value != null && value.isObject() ? asMap(value) : null;
        }, "Not a valid JSON object.");
    }

    /** An ISO 8601 duration such as PT15M. */
    public Optional<java.time.Duration> duration(String field) {
        return convert(field, string(field), value -> {
            try {
                return java.time.Duration.parse(value);
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException("Not a valid ISO 8601 duration: " + value + ".");
            }
        });
    }

    /** A timestamp with a UTC offset, as ISO 8601; one without an offset is refused. */
    public Optional<java.time.OffsetDateTime> awareDateTime(String field) {
        return convert(field, string(field), TimeFields::awareDateTime);
    }

    /** A span of time as clients write it (P1D, PT15M), counted later in the sensor's time zone. */
    public Optional<io.gridflex.domain.belief.Span> span(String field) {
        return convert(field, string(field), TimeFields::span);
    }

    /** An ISO 8601 duration, possibly negative (-PT10M). */
    public Optional<java.time.Duration> signedDuration(String field) {
        return convert(field, string(field), TimeFields::duration);
    }

    /** The whole request as plain Java values, for use cases that read a JSON document themselves. */
    public Map<String, Object> whole() {
        return asMap(object);
    }

    /** The plain Java value of a JSON node: maps, lists, text, numbers, booleans and null. */
    public static Object plain(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isObject()) {
            return asMap(node);
        }
        if (node.isArray()) {
            List<Object> items = new ArrayList<>();
            node.values().forEach(item -> items.add(plain(item)));
            return items;
        }
        if (node.isString()) {
            return node.getStringValue();
        }
        if (node.isBoolean()) {
            return node.getBooleanValue();
        }
        return node.getNumberValue();
    }

    private static Map<String, Object> asMap(JsonNode node) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : node.entries()) {
            map.put(entry.getKey(), plain(entry.getValue()));
        }
        return map;
    }

    public Optional<List<JsonNode>> list(String field) {
        return read(field, node -> {
            if (!node.isArray()) {
                return null;
            }
            List<JsonNode> values = new ArrayList<>();
            node.values().forEach(values::add);
            return values;
        }, "Not a valid list.");
    }

    /** A required field: absent or null is an error. */
    public <T> Optional<T> required(String field, Function<String, Optional<T>> reader) {
        JsonNode node = object.get(field);
        if (node == null || node.isNull()) {
            error(field, "Missing data for required field.");
            return Optional.empty();
        }
        return reader.apply(field);
    }

    /** Builds a value object, turning its refusal into an error of this field. */
    public <T, R> Optional<R> convert(String field, Optional<T> raw, Function<T, R> converter) {
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(converter.apply(raw.get()));
        } catch (InvalidValueException e) {
            error(field, e.reason());
        } catch (RuntimeException e) {
            error(field, e.getMessage() == null ? "Invalid value." : e.getMessage());
        }
        return Optional.empty();
    }

    /** Builds a value object from fields already read, its refusal becoming an error of the field it names. */
    public <T> Optional<T> build(java.util.function.Supplier<T> builder) {
        try {
            return Optional.of(builder.get());
        } catch (InvalidValueException e) {
            error(e.field(), e.reason());
            return Optional.empty();
        }
    }

    public void error(String field, String message) {
        errors.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
    }

    /** Throws the collected errors, if any. Call after reading every field. */
    public void done() {
        if (!errors.isEmpty()) {
            throw new InvalidValueException(errors);
        }
    }

    private <T> Optional<T> read(String field, Function<JsonNode, T> reader, String typeError) {
        JsonNode node = object.get(field);
        if (node == null) {
            return Optional.empty();
        }
        if (node.isNull()) {
            error(field, "Field may not be null.");
            return Optional.empty();
        }
        T value = reader.apply(node);
        if (value == null) {
            error(field, typeError);
            return Optional.empty();
        }
        return Optional.of(value);
    }
}
