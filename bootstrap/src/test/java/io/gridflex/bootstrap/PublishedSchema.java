package io.gridflex.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An OpenAPI 3.1 document, asked what an operation may answer: the schema of a status's JSON body,
 * and where a body breaks it. The subset of JSON Schema that rec-registry's document uses is
 * checked — {@code $ref}, {@code anyOf}/{@code oneOf}/{@code allOf}, {@code type} (with
 * {@code null}), {@code properties}, {@code required}, {@code additionalProperties},
 * {@code items}, {@code enum}, {@code const}; other keywords are not.
 */
final class PublishedSchema {

    private final JsonNode document;
    private final Map<String, String[]> operations = new TreeMap<>();

    private PublishedSchema(JsonNode document) {
        this.document = document;
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            String id = op.getValue().path("operationId").asText(null);
            if (id != null) {
                operations.put(id, new String[] {op.getKey(), path.getKey()});
            }
        }));
    }

    static PublishedSchema read(String resource) {
        try (InputStream in = PublishedSchema.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No " + resource + " on the test class path.");
            }
            return new PublishedSchema(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every operation id of the document, ordered. */
    List<String> operationIds() {
        return List.copyOf(operations.keySet());
    }

    /** "GET /admin/communities" for an operation id. */
    String describe(String operationId) {
        String[] op = operation(operationId);
        return op[0].toUpperCase(java.util.Locale.ROOT) + " " + op[1];
    }

    private String[] operation(String operationId) {
        String[] op = operations.get(operationId);
        if (op == null) {
            throw new IllegalArgumentException("The document has no operation '" + operationId + "'.");
        }
        return op;
    }

    /** The statuses the document declares for an operation. */
    List<Integer> statuses(String operationId) {
        String[] op = operation(operationId);
        List<Integer> statuses = new ArrayList<>();
        document.path("paths").path(op[1]).path(op[0]).path("responses").fieldNames()
                .forEachRemaining(s -> statuses.add(Integer.parseInt(s)));
        return statuses;
    }

    /** The JSON body's schema of a declared status, if the document gives one. */
    Optional<JsonNode> responseSchema(String operationId, int status) {
        String[] op = operation(operationId);
        JsonNode schema = document.path("paths").path(op[1]).path(op[0]).path("responses").path(Integer.toString(status))
                .path("content").path("application/json").path("schema");
        return schema.isMissingNode() ? Optional.empty() : Optional.of(schema);
    }

    /** A named schema of the components. */
    JsonNode component(String name) {
        JsonNode schema = document.path("components").path("schemas").path(name);
        if (schema.isMissingNode()) {
            throw new IllegalArgumentException("The document has no schema '" + name + "'.");
        }
        return schema;
    }

    /** Where the value breaks the schema, each as "pointer: what"; empty when it fits. */
    List<String> violations(JsonNode schema, JsonNode value) {
        List<String> found = new ArrayList<>();
        check(schema, value, "", found);
        return found;
    }

    private JsonNode resolve(JsonNode schema) {
        while (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                throw new IllegalArgumentException("Only local references are read: " + ref);
            }
            schema = document.at(ref.substring(1));
        }
        return schema;
    }

    private void check(JsonNode schema, JsonNode value, String at, List<String> found) {
        schema = resolve(schema);
        String where = at.isEmpty() ? "/" : at;
        for (String combinator : List.of("anyOf", "oneOf")) {
            if (schema.has(combinator)) {
                boolean fits = false;
                List<String> firstReasons = null;
                for (JsonNode option : schema.get(combinator)) {
                    List<String> reasons = new ArrayList<>();
                    check(option, value, at, reasons);
                    if (reasons.isEmpty()) {
                        fits = true;
                        break;
                    }
                    if (firstReasons == null || reasons.size() < firstReasons.size()) {
                        firstReasons = reasons;
                    }
                }
                if (!fits) {
                    found.add(where + ": fits none of " + combinator + (firstReasons == null ? "" : " (closest: " + firstReasons + ")"));
                }
                return;
            }
        }
        if (schema.has("allOf")) {
            schema.get("allOf").forEach(part -> check(part, value, at, found));
        }
        if (schema.has("const") && !schema.get("const").equals(value)) {
            found.add(where + ": is " + value + ", not " + schema.get("const"));
        }
        if (schema.has("enum")) {
            boolean listed = false;
            for (JsonNode allowed : schema.get("enum")) {
                listed |= allowed.equals(value);
            }
            if (!listed) {
                found.add(where + ": " + value + " is none of " + schema.get("enum"));
            }
        }
        if (schema.has("type") && !hasType(schema.get("type").asText(), value)) {
            found.add(where + ": is " + value.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " " + abbreviated(value)
                    + ", not " + schema.get("type").asText());
            return;
        }
        if (value.isObject()) {
            JsonNode properties = schema.path("properties");
            schema.path("required").forEach(name -> {
                if (!value.has(name.asText())) {
                    found.add(where + ": lacks required '" + name.asText() + "'");
                }
            });
            JsonNode additional = schema.get("additionalProperties");
            for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                String child = at + "/" + field.getKey();
                if (properties.has(field.getKey())) {
                    check(properties.get(field.getKey()), field.getValue(), child, found);
                } else if (additional != null && additional.isBoolean() && !additional.asBoolean()) {
                    found.add(where + ": has '" + field.getKey() + "', which the schema does not allow");
                } else if (additional != null && additional.isObject()) {
                    check(additional, field.getValue(), child, found);
                }
            }
        }
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                check(schema.get("items"), value.get(i), at + "/" + i, found);
            }
        }
    }

    private static boolean hasType(String type, JsonNode value) {
        return switch (type) {
            case "null" -> value.isNull();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            default -> true;
        };
    }

    private static String abbreviated(JsonNode value) {
        String text = value.toString();
        return text.length() > 60 ? text.substring(0, 57) + "…" : text;
    }
}
