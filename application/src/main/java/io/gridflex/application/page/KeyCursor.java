package io.gridflex.application.page;

import io.gridflex.domain.invariant.Require;
import java.util.Optional;

/**
 * A page of at most {@code limit} records ordered by key, after the key {@code after} (the last
 * key of the previous page): stable while records are added, and as cheap on the last page as on
 * the first.
 */
public record KeyCursor(Optional<String> after, int limit) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    public KeyCursor {
        Require.present("cursor", after);
        Require.that(limit >= 1 && limit <= MAX_LIMIT, "limit", "Must be between 1 and " + MAX_LIMIT + ": " + limit + ".");
    }

    public static KeyCursor first(int limit) {
        return new KeyCursor(Optional.empty(), limit);
    }
}
