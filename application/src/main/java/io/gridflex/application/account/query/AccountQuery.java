package io.gridflex.application.account.query;

import io.gridflex.application.page.SearchTerms;
import io.gridflex.application.page.SortDirection;
import io.gridflex.domain.invariant.Require;
import java.util.Optional;

/**
 * Which of the readable accounts to list, and in which order: each search term in the account's name;
 * ordered by {@code sortBy} when given (FlexMeasures' {@code sort_by} with {@code sort_dir}), else by id.
 */
public record AccountQuery(SearchTerms search, Optional<SortField> sortBy, SortDirection direction) {

    public static final AccountQuery ALL = new AccountQuery(SearchTerms.NONE, Optional.empty(), SortDirection.ASC);

    /** FlexMeasures' account sort columns: id, name, and the numbers of assets and of users. */
    public enum SortField {
        ID("id"), NAME("name"), ASSETS("assets"), USERS("users");

        private final String fieldName;

        SortField(String fieldName) {
            this.fieldName = fieldName;
        }

        public String fieldName() {
            return fieldName;
        }
    }

    public AccountQuery {
        Require.present("filter", search);
        Require.present("sort_by", sortBy);
        Require.present("sort_dir", direction);
    }

    /** Whether the order needs each account's numbers of users and assets. */
    public boolean sortsByHoldings() {
        return sortBy.filter(f -> f == SortField.ASSETS || f == SortField.USERS).isPresent();
    }
}
