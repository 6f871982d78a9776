package io.gridflex.application.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words of a search filter such as {@code solar "ACME corp"}: each word, or quoted phrase,
 * must occur (case-insensitively) in one of the searched fields.
 */
public record SearchTerms(List<String> terms) {

    public static final SearchTerms NONE = new SearchTerms(List.of());

    public SearchTerms {
        terms = terms.stream().map(t -> t.toLowerCase(Locale.ROOT)).filter(t -> !t.isBlank()).toList();
    }

    public static SearchTerms parse(String filter) {
        if (filter == null || filter.isBlank()) {
            return NONE;
        }
        List<String> terms = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : filter.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (Character.isWhitespace(c) && !quoted) {
                terms.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        terms.add(current.toString());
        return new SearchTerms(terms);
    }

    public boolean isEmpty() {
        return terms.isEmpty();
    }

    /** Whether every term occurs in at least one of the fields. */
    public boolean matches(String... fields) {
        return terms.stream().allMatch(term -> {
            for (String field : fields) {
                if (field != null && field.toLowerCase(Locale.ROOT).contains(term)) {
                    return true;
                }
            }
            return false;
        });
    }
}
