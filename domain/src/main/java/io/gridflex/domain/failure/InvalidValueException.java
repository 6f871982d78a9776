package io.gridflex.domain.failure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A value refused because fields break an invariant. It names each field as the core knows it
 * (an API adapter may rename it to its wire name), so that an adapter can report "which field, and
 * why" without parsing messages.
 */
public final class InvalidValueException extends Failure {

    private final Map<String, List<String>> fields;

    public InvalidValueException(String field, String reason) {
        this(Map.of(field, List.of(reason)));
    }

    /** Several fields at once, each with its reasons, in the order found. */
    public InvalidValueException(Map<String, List<String>> fields) {
        super(message(fields));
        Map<String, List<String>> copy = new LinkedHashMap<>();
        fields.forEach((field, reasons) -> copy.put(field, List.copyOf(reasons)));
        this.fields = java.util.Collections.unmodifiableMap(copy);
    }

    private static String message(Map<String, List<String>> fields) {
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("An invalid value names at least one field.");
        }
        Map.Entry<String, List<String>> first = fields.entrySet().iterator().next();
        return first.getKey() + ": " + String.join(" ", first.getValue());
    }

    /** The first field at fault. */
    public String field() {
        return fields.keySet().iterator().next();
    }

    /** The first field's reason, without the field name. */
    public String reason() {
        return String.join(" ", fields.get(field()));
    }

    /** Every field at fault with its reasons. */
    public Map<String, List<String>> fields() {
        return fields;
    }

    @Override
    public <R> R accept(Cases<R> cases) {
        return cases.invalid(this);
    }
}
