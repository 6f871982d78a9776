package io.gridflex.adapter.rest.json;

import io.gridflex.application.page.PageRequest;
import io.gridflex.domain.failure.InvalidValueException;
import io.gridflex.application.page.SortDirection;
import io.micronaut.http.HttpParameters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads query parameters, collecting every bad one for a single 422. */
public final class QueryParameters {

    private final HttpParameters parameters;
    private final Map<String, List<String>> errors = new LinkedHashMap<>();

    public QueryParameters(HttpParameters parameters) {
        this.parameters = parameters;
    }

    public Optional<String> text(String name) {
        return parameters.getFirst(name).map(String::strip).filter(v -> !v.isEmpty());
    }

    public Optional<Long> integer(String name) {
        return text(name).flatMap(value -> {
            try {
                return Optional.of(Long.parseLong(value));
            } catch (NumberFormatException e) {
                error(name, "Not a valid integer.");
                return Optional.empty();
            }
        });
    }

    public boolean flag(String name) {
        return text(name).map(value -> switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "on" -> true;
            case "false", "0", "no", "off" -> false;
            default -> {
                error(name, "Not a valid boolean.");
                yield false;
            }
        }).orElse(false);
    }

    /** {@code page} and {@code per_page}: no page, no pagination. */
    public Optional<PageRequest> page() {
        Optional<Long> page = integer("page");
        long perPage = integer("per_page").orElse((long) PageRequest.DEFAULT_PER_PAGE);
        if (page.isEmpty()) {
            return Optional.empty();
        }
        if (page.get() < 1 || page.get() > Integer.MAX_VALUE) {
            error("page", "Must be between 1 and " + Integer.MAX_VALUE + ".");
            return Optional.empty();
        }
        if (perPage < 1 || perPage > PageRequest.MAX_PER_PAGE) {
            error("per_page", "Must be between 1 and " + PageRequest.MAX_PER_PAGE + ".");
            return Optional.empty();
        }
        return Optional.of(new PageRequest(Math.toIntExact(page.get()), Math.toIntExact(perPage)));
    }

    public SortDirection sortDirection(SortDirection fallback) {
        return text("sort_dir").map(value -> switch (value.toLowerCase(Locale.ROOT)) {
            case "asc" -> SortDirection.ASC;
            case "desc" -> SortDirection.DESC;
            default -> {
                error("sort_dir", "Must be one of: asc, desc.");
                yield fallback;
            }
        }).orElse(fallback);
    }

    /** One of the named choices, by its API name. */
    public <E extends Enum<E>> E choice(String name, Map<String, E> choices, E fallback) {
        return text(name).map(value -> {
            E choice = choices.get(value);
            if (choice == null) {
                error(name, "Must be one of: " + String.join(", ", choices.keySet()) + ".");
                return fallback;
            }
            return choice;
        }).orElse(fallback);
    }

    public void error(String name, String message) {
        errors.computeIfAbsent(name, n -> new ArrayList<>()).add(message);
    }

    public void done() {
        if (!errors.isEmpty()) {
            throw new InvalidValueException(errors);
        }
    }
}
