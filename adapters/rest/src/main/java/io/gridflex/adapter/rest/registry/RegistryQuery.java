package io.gridflex.adapter.rest.registry;

import io.gridflex.application.page.KeyCursor;
import io.gridflex.domain.failure.InvalidValueException;
import io.micronaut.http.HttpRequest;
import java.util.Optional;
import java.util.function.Function;

/** The query parameters of the registry's routes, refused with {@code invalid_<parameter>} when they do not parse. */
final class RegistryQuery {

    private final HttpRequest<?> request;

    RegistryQuery(HttpRequest<?> request) {
        this.request = request;
    }

    Optional<String> text(String name) {
        return request.getParameters().getFirst(name).filter(v -> !v.isBlank());
    }

    <T> Optional<T> parsed(String name, Function<String, T> parse) {
        Optional<String> value = text(name);
        try {
            return value.map(parse);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(name, "'" + value.orElse("") + "' is not valid. ");
        } catch (InvalidValueException e) {
            throw new InvalidValueException(name, "'" + value.orElse("") + "' is not valid. " + e.reason());
        }
    }

    Optional<Boolean> bool(String name) {
        return parsed(name, v -> switch (v.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw new IllegalArgumentException(v);
        });
    }

    KeyCursor cursor() {
        int limit = parsed("limit", Integer::parseInt).orElse(KeyCursor.DEFAULT_LIMIT);
        if (limit < 1 || limit > KeyCursor.MAX_LIMIT) {
            throw new InvalidValueException("limit",
                    "must be between 1 and " + KeyCursor.MAX_LIMIT + ": " + limit + ".");
        }
        return new KeyCursor(text("cursor"), limit);
    }
}
