package io.gridflex.adapter.jdbc;

import io.gridflex.application.page.SearchTerms;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of a search filter: every term must occur (case-insensitively) in one of the columns.
 * Terms become bound LIKE patterns, with LIKE's wildcards escaped.
 */
public record SqlSearch(String condition, List<String> parameters) {

    public static SqlSearch of(SearchTerms search, String... columns) {
        if (search.isEmpty()) {
            return new SqlSearch("TRUE", List.of());
        }
        List<String> conditions = new ArrayList<>();
        List<String> parameters = new ArrayList<>();
        for (String term : search.terms()) {
            String pattern = "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            List<String> any = new ArrayList<>();
            for (String column : columns) {
                any.add("COALESCE(" + column + ", '') ILIKE ?");
                parameters.add(pattern);
            }
            conditions.add("(" + String.join(" OR ", any) + ")");
        }
        return new SqlSearch(String.join(" AND ", conditions), parameters);
    }
}
