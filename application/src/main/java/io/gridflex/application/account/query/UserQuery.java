package io.gridflex.application.account.query;


import io.gridflex.application.page.SearchTerms;
import io.gridflex.application.page.SortDirection;
import io.gridflex.domain.account.AccountId;
import io.gridflex.domain.invariant.Require;
import java.util.Optional;

/**
 * Which users to list: of one account (or all), active only unless asked otherwise, and each
 * search term in the username, e-mail or account name.
 */
public record UserQuery(Optional<AccountId> accountId, boolean includeInactive, SearchTerms search, SortField sortBy,
                        SortDirection direction) {

    public enum SortField {
        ID("id"), USERNAME("username"), EMAIL("email"), ACCOUNT("account");

        private final String fieldName;

        SortField(String fieldName) {
            this.fieldName = fieldName;
        }

        public String fieldName() {
            return fieldName;
        }
    }

    public UserQuery {
        Require.present("account_id", accountId);
        Require.present("filter", search);
        Require.present("sort_by", sortBy);
        Require.present("sort_dir", direction);
    }

    public static UserQuery activeOf(AccountId accountId) {
        return new UserQuery(Optional.of(accountId), false, SearchTerms.NONE, SortField.ID, SortDirection.ASC);
    }
}
