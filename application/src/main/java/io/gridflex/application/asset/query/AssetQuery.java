package io.gridflex.application.asset.query;


import io.gridflex.application.page.SearchTerms;
import io.gridflex.application.page.SortDirection;
import io.gridflex.domain.account.AccountId;
import io.gridflex.domain.invariant.Require;
import java.util.Optional;
import java.util.Set;

/**
 * Which assets to list: those of the given accounts (empty = of every account), and the public ones
 * if asked; each search term in the asset's or its account's name.
 *
 * @param accounts      the accounts to include; {@code Optional.empty()} means all of them
 * @param includePublic whether assets without account are included
 */
public record AssetQuery(Optional<Set<AccountId>> accounts, boolean includePublic, SearchTerms search, SortField sortBy,
                         SortDirection direction) {

    public enum SortField {
        ID("id"), NAME("name"), OWNER("owner");

        private final String fieldName;

        SortField(String fieldName) {
            this.fieldName = fieldName;
        }

        public String fieldName() {
            return fieldName;
        }
    }

    public AssetQuery {
        accounts = Require.present("account_id", accounts).map(Set::copyOf);
        Require.present("filter", search);
        Require.present("sort_by", sortBy);
        Require.present("sort_dir", direction);
    }

    public static AssetQuery publicOnly() {
        return new AssetQuery(Optional.of(Set.of()), true, SearchTerms.NONE, SortField.ID, SortDirection.ASC);
    }

    public static AssetQuery ofAccount(AccountId account) {
        return new AssetQuery(Optional.of(Set.of(account)), false, SearchTerms.NONE, SortField.ID, SortDirection.ASC);
    }
}
