package io.gridflex.application.page;

import io.gridflex.domain.invariant.Require;

/** A 1-based page of {@code perPage} records. */
public record PageRequest(int page, int perPage) {

    public static final int DEFAULT_PER_PAGE = 10;
    public static final int MAX_PER_PAGE = 10_000;

    public PageRequest {
        Require.that(page >= 1, "page", "Must be greater than or equal to 1.");
        Require.that(perPage >= 1 && perPage <= MAX_PER_PAGE, "per_page", "Must be between 1 and " + MAX_PER_PAGE + ".");
    }

    public long offset() {
        return (long) (page - 1) * perPage;
    }
}
