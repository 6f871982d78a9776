package io.gridflex.application.asset.service;

import io.gridflex.domain.asset.Asset;
import io.gridflex.domain.attribute.Attributes;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The audit events of an asset update, one per changed field, in FlexMeasures' words ({@code data/services/generic_assets.py},
 * {@code patch_asset}): {@code Updated: latitude, From: None, To: 11.1}; per changed attribute {@code Updated Attr: key,
 * From: …, To: …} (and, gridflex's own, {@code Removed Attr: key, From: …}); a flex-context or flex-model as the changes within it ({@code Updated: flex_context, change
 * site-power-capacity: 1 MW -> 2 MW}, several numbered on their own lines). Values read as Python prints them.
 */
final class AssetAuditEvents {

    private AssetAuditEvents() {
    }

    static List<String> of(Asset before, Asset after) {
        List<String> events = new ArrayList<>();
        field(events, "name", before.name(), after.name());
        field(events, "latitude", before.coordinates().latitude().orElse(null), after.coordinates().latitude().orElse(null));
        field(events, "longitude", before.coordinates().longitude().orElse(null), after.coordinates().longitude().orElse(null));
        field(events, "generic_asset_type_id", before.typeId().value(), after.typeId().value());
        if (!before.attributes().equals(after.attributes())) {
            Map<String, Object> old = before.attributes().values();
            after.attributes().values().forEach((key, value) -> {
                if (!Objects.equals(old.get(key), value)) {
                    events.add("Updated Attr: " + key + ", From: " + str(old.get(key)) + ", To: " + str(value));
                }
            });
            // FlexMeasures records nothing for an attribute that goes; gridflex says so in the same manner
            old.forEach((key, value) -> {
                if (!after.attributes().values().containsKey(key)) {
                    events.add("Removed Attr: " + key + ", From: " + str(value));
                }
            });
        }
        field(events, "parent_asset_id", before.parentId().map(p -> p.value()).orElse(null),
                after.parentId().map(p -> p.value()).orElse(null));
        json(events, "flex_context", before.flexContext(), after.flexContext());
        json(events, "flex_model", before.flexModel(), after.flexModel());
        return events;
    }

    private static void field(List<String> events, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            events.add("Updated: " + field + ", From: " + str(before) + ", To: " + str(after));
        }
    }

    /** FlexMeasures' format_json_field_change, with dictdiffer's changes, additions and removals. */
    private static void json(List<String> events, String field, Attributes before, Attributes after) {
        if (before.equals(after)) {
            return;
        }
        List<String> changes = new ArrayList<>();
        diff(changes, List.of(), before.values(), after.values());
        if (changes.isEmpty()) {
            events.add("Updated: " + field + ", From: " + str(before.values()) + ", To: " + str(after.values()));
        } else if (changes.size() == 1) {
            events.add("Updated: " + field + ", " + changes.get(0));
        } else {
            StringBuilder numbered = new StringBuilder();
            for (int i = 0; i < changes.size(); i++) {
                numbered.append(i == 0 ? "" : "\n").append(i + 1).append(". ").append(changes.get(i));
            }
            events.add("Updated: " + field + ", " + numbered);
        }
    }

    private static void diff(List<String> changes, List<Object> path, Object first, Object second) {
        if (first instanceof Map<?, ?> a && second instanceof Map<?, ?> b) {
            for (Map.Entry<?, ?> entry : a.entrySet()) {
                if (b.containsKey(entry.getKey())) {
                    diff(changes, append(path, entry.getKey()), entry.getValue(), b.get(entry.getKey()));
                }
            }
            b.forEach((key, value) -> {
                if (!a.containsKey(key)) {
                    changes.add("add " + key + ": " + str(value));
                }
            });
            a.keySet().forEach(key -> {
                if (!b.containsKey(key)) {
                    changes.add("remove " + key);
                }
            });
        } else if (first instanceof List<?> a && second instanceof List<?> b) {
            for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
                diff(changes, append(path, i), a.get(i), b.get(i));
            }
            for (int i = a.size(); i < b.size(); i++) {
                changes.add("add " + i + ": " + str(b.get(i)));
            }
            for (int i = a.size() - 1; i >= b.size(); i--) {
                changes.add("remove " + i);
            }
        } else if (!Objects.equals(first, second)) {
            changes.add("change " + dotted(path) + ": " + str(first) + " -> " + str(second));
        }
    }

    private static List<Object> append(List<Object> path, Object key) {
        List<Object> longer = new ArrayList<>(path);
        longer.add(key);
        return longer;
    }

    /** dictdiffer's node: the keys joined by dots, or printed as a Python list when one of them is an index. */
    private static String dotted(List<Object> path) {
        if (path.stream().allMatch(String.class::isInstance)) {
            return String.join(".", path.stream().map(String.class::cast).toList());
        }
        return repr(path);
    }

    /** Python's str(): text as it is, anything else as repr(). */
    static String str(Object value) {
        return value instanceof String text ? text : repr(value);
    }

    static String repr(Object value) {
        if (value == null) {
            return "None";
        }
        if (value instanceof Boolean flag) {
            return flag ? "True" : "False";
        }
        if (value instanceof String text) {
            if (text.contains("'") && !text.contains("\"")) {
                return "\"" + text.replace("\\", "\\\\") + "\"";
            }
            return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof BigInteger) {
            return value.toString();
        }
        if (value instanceof Number number) {
            return pythonFloat(number.doubleValue());
        }
        if (value instanceof Optional<?> optional) {
            return repr(optional.orElse(null));
        }
        if (value instanceof List<?> list) {
            return "[" + String.join(", ", list.stream().map(AssetAuditEvents::repr).toList()) + "]";
        }
        if (value instanceof Map<?, ?> map) {
            List<String> items = new ArrayList<>();
            map.forEach((k, v) -> items.add(repr(k) + ": " + repr(v)));
            return "{" + String.join(", ", items) + "}";
        }
        return value.toString();
    }

    /** Python's repr of a float: plain between 1e-4 and 1e16, with ".0" when whole; else 1e-05, 1.5e+16. */
    static String pythonFloat(double value) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        double magnitude = Math.abs(value);
        if (value == 0 || magnitude >= 1e-4 && magnitude < 1e16) {
            String plain = new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
            return plain.contains(".") ? plain : plain + ".0";
        }
        String java = Double.toString(value); // d.dddE[-]n
        int e = java.indexOf('E');
        String mantissa = java.substring(0, e);
        if (mantissa.endsWith(".0")) {
            mantissa = mantissa.substring(0, mantissa.length() - 2);
        }
        int exponent = Integer.parseInt(java.substring(e + 1));
        return mantissa + "e" + (exponent < 0 ? "-" : "+") + String.format("%02d", Math.abs(exponent));
    }
}
