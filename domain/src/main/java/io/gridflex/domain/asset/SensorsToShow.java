package io.gridflex.domain.asset;

import io.gridflex.domain.attribute.Attributes;
import io.gridflex.domain.failure.InvalidValueException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which sensors an asset's graphs show, as FlexMeasures' {@code SensorsToShowSchema} reads them: a list whose items are a
 * sensor id ({@code 42}), a list of ids ({@code [42, 43]}, one graph), or a titled graph ({@code {"title": "Power",
 * "sensor": 42}} or {@code {"title": …, "sensors": [42, 43]}}). Shapes are checked here, with FlexMeasures' sentences;
 * whether the sensors exist is the use case's question.
 *
 * @param graphs each graph's title (or none) and sensor ids, in the given order
 */
public record SensorsToShow(List<Graph> graphs) {

    /** The attribute that holds them (FlexMeasures 0.29 still reads it there, besides its own asset field). */
    public static final String ATTRIBUTE = "sensors_to_show";

    public record Graph(Optional<String> title, List<Long> sensorIds) {
        public Graph {
            sensorIds = List.copyOf(sensorIds);
        }
    }

    public SensorsToShow {
        graphs = List.copyOf(graphs);
    }

    /**
     * The {@code sensors_to_show} of these attributes, refused under {@code field} if malformed; empty when absent or, as
     * Python reads a falsy value, empty, zero, false or null.
     */
    public static Optional<SensorsToShow> in(Attributes attributes, String field) {
        Object value = attributes.values().get(ATTRIBUTE);
        if (isFalsy(value)) {
            return Optional.empty();
        }
        if (!(value instanceof List<?> items)) {
            throw new InvalidValueException(field, "sensors_to_show should be a list.");
        }
        List<Graph> graphs = new ArrayList<>();
        for (Object item : items) {
            graphs.add(graph(field, item));
        }
        return Optional.of(new SensorsToShow(graphs));
    }

    /** Every sensor id once, in the order first named. */
    public Set<Long> sensorIds() {
        Set<Long> ids = new LinkedHashSet<>();
        graphs.forEach(graph -> ids.addAll(graph.sensorIds()));
        return Collections.unmodifiableSet(ids);
    }

    private static Graph graph(String field, Object item) {
        if (isInteger(item)) {
            return new Graph(Optional.empty(), List.of(((Number) item).longValue()));
        }
        if (item instanceof List<?> list) {
            if (!list.stream().allMatch(SensorsToShow::isInteger)) {
                throw new InvalidValueException(field, "All elements in a list within 'sensors_to_show' must be integers.");
            }
            return new Graph(Optional.empty(), list.stream().map(id -> ((Number) id).longValue()).toList());
        }
        if (item instanceof Map<?, ?> map) {
            if (!map.containsKey("title")) {
                throw new InvalidValueException(field, "Dictionary must contain a 'title' key.");
            }
            Object title = map.get("title");
            if (title != null && !(title instanceof String)) {
                throw new InvalidValueException(field, "'title' value must be a string.");
            }
            if (map.containsKey("sensor")) {
                if (!isInteger(map.get("sensor"))) {
                    throw new InvalidValueException(field, "'sensor' value must be an integer.");
                }
                return new Graph(Optional.ofNullable((String) title), List.of(((Number) map.get("sensor")).longValue()));
            }
            if (map.containsKey("sensors")) {
                if (!(map.get("sensors") instanceof List<?> sensors) || !sensors.stream().allMatch(SensorsToShow::isInteger)) {
                    throw new InvalidValueException(field, "'sensors' value must be a list of integers.");
                }
                return new Graph(Optional.ofNullable((String) title), sensors.stream().map(id -> ((Number) id).longValue()).toList());
            }
            throw new InvalidValueException(field, "Dictionary must contain either 'sensor' or 'sensors' key.");
        }
        throw new InvalidValueException(field, "Invalid item type in 'sensors_to_show'. Expected int, list, or dict.");
    }

    private static boolean isInteger(Object value) {
        return value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
                || value instanceof BigInteger big && big.bitLength() < 64;
    }

    private static boolean isFalsy(Object value) {
        return value == null || Boolean.FALSE.equals(value) || value instanceof Number n && n.doubleValue() == 0
                || value instanceof String s && s.isEmpty() || value instanceof List<?> l && l.isEmpty()
                || value instanceof Map<?, ?> m && m.isEmpty();
    }
}
