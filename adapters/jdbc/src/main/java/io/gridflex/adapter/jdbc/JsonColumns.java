package io.gridflex.adapter.jdbc;

import io.gridflex.domain.attribute.Attributes;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** JSONB columns to and from the domain's free attributes. */
@Singleton
public class JsonColumns {

    private static final Argument<Map<String, Object>> OBJECT = Argument.mapOf(String.class, Object.class);

    private final JsonMapper json;

    JsonColumns(JsonMapper json) {
        this.json = json;
    }

    public String write(Map<String, ?> values) {
        try {
            return json.writeValueAsString(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String write(Attributes attributes) {
        return write(attributes.values());
    }

    public Map<String, Object> readObject(String column) {
        if (column == null || column.isBlank()) {
            return Map.of();
        }
        try {
            Map<String, Object> values = json.readValue(column, OBJECT);
            return values == null ? Map.of() : values;
        } catch (IOException e) {
            throw new UncheckedIOException("Stored JSON is not an object: " + column, e);
        }
    }

    public Attributes read(String column) {
        return Attributes.of(readObject(column));
    }
}
