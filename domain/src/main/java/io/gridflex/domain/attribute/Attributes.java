package io.gridflex.domain.attribute;

import io.gridflex.domain.failure.InvalidValueException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A free JSON object (attributes, a stored flex-context or flex-model): string keys; values that
 * are text, numbers, booleans, null, lists or nested objects. Deeply immutable.
 */
public record Attributes(Map<String, Object> values) {

    public static final Attributes NONE = new Attributes(Map.of());

    public Attributes {
        values = freezeObject("attributes", values == null ? Map.of() : values);
    }

    public static Attributes of(Map<String, ?> values) {
        return new Attributes(new LinkedHashMap<>(values));
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** These attributes with each top-level field of {@code nearer} taking precedence. */
    public Attributes overriddenBy(Attributes nearer) {
        Map<String, Object> merged = new LinkedHashMap<>(values);
        merged.putAll(nearer.values);
        return new Attributes(merged);
    }

    private static Map<String, Object> freezeObject(String path, Map<?, ?> object) {
        Map<String, Object> copy = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : object.entrySet()) {
            if (!(entry.getKey() instanceof String key)) {
                throw new InvalidValueException(path, "Keys must be text.");
            }
            copy.put(key, freeze(path, entry.getValue()));
        }
        return Collections.unmodifiableMap(copy);
    }

    private static Object freeze(String path, Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Number) {
            return value;
        }
        if (value instanceof Map<?, ?> map) {
            return freezeObject(path, map);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(item -> copy.add(freeze(path, item)));
            return Collections.unmodifiableList(copy);
        }
        throw new InvalidValueException(path, "Not a JSON value: " + value.getClass().getSimpleName() + ".");
    }
}
