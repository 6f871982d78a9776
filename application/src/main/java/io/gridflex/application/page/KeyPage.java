package io.gridflex.application.page;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** One page of records ordered by key, and the cursor of the next page: the last key, when the page is full. */
public record KeyPage<T>(List<T> items, Optional<String> nextCursor) {

    public KeyPage {
        items = List.copyOf(items);
    }

    /** The page these records (at most the cursor's limit, in key order) make. */
    public static <T> KeyPage<T> of(List<T> items, KeyCursor cursor, Function<T, String> keyOf) {
        Optional<String> next = items.size() == cursor.limit() && !items.isEmpty()
                ? Optional.of(keyOf.apply(items.get(items.size() - 1))) : Optional.empty();
        return new KeyPage<>(items, next);
    }

    public <R> KeyPage<R> map(Function<T, R> mapper) {
        return new KeyPage<>(items.stream().map(mapper).toList(), nextCursor);
    }
}
