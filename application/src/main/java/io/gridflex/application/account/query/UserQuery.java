package io.gridflex.application.account.query;


import io.gridflex.application.page.SearchTerms;
import io.gridflex.application.page.SortDirection;
import io.gridflex.domain.account.AccountId;
import io.gridflex.domain.invariant.Require;
import java.util.Optional;
import java.util.Set;

/**
 * Which users to list: of the given accounts (or of all), active only unless asked otherwise, and each
 * search term in the username, e-mail or account name.
 *
 * @param accounts the accounts whose users to list; {@code Optional.empty()} means all of them
 */
public record UserQuery(Optional<Set<AccountId>> accounts, boolean includeInactive, SearchTerms search, SortField sortBy,
                        SortDirection direction) {

    /** The orders: gridflex's id and account, FlexMeasures' username, email and lastLogin (never-logged-in last going up). */
    public enum SortField {
        ID("id"), USERNAME("username"), EMAIL("email"), ACCOUNT("account"), LAST_LOGIN("lastLogin");

        private final String fieldName;

        SortField(String fieldName) {
            this.fieldName = fieldName;
        }

        public String fieldName() {
            return fieldName;
        }
    }

    public UserQuery {
        accounts = Require.present("account_id", accounts).map(Set::copyOf);
        Require.present("filter", search);
        Require.present("sort_by", sortBy);
        Require.present("sort_dir", direction);
    }

    public static UserQuery activeOf(AccountId accountId) {
        return new UserQuery(Optional.of(Set.of(accountId)), false, SearchTerms.NONE, SortField.ID, SortDirection.ASC);
    }

    /** The same selection and order, of other accounts. */
    public UserQuery of(Optional<Set<AccountId>> otherAccounts) {
        return new UserQuery(otherAccounts, includeInactive, search, sortBy, direction);
    }
}
