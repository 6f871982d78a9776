package io.gridflex.application.page;

import java.util.List;
import java.util.function.Function;

/**
 * A page of results, with the counts clients need to page through them: every record the caller
 * may see ({@code totalRecords}) and those left after the search filter ({@code filteredRecords}).
 */
public record Page<T>(List<T> items, long totalRecords, long filteredRecords) {

    public Page {
        items = List.copyOf(items);
    }

    public static <T> Page<T> all(List<T> items) {
        return new Page<>(items, items.size(), items.size());
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), totalRecords, filteredRecords);
    }
}
