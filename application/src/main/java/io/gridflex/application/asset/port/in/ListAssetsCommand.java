package io.gridflex.application.asset.port.in;

import io.gridflex.application.asset.query.AssetQuery;
import io.gridflex.application.page.PageRequest;
import io.gridflex.application.page.SearchTerms;
import io.gridflex.application.page.SortDirection;
import io.gridflex.domain.account.AccountId;
import java.util.Optional;

/**
 * An asset listing as FlexMeasures clients ask for it: one account (default: the actor's), or
 * every account the actor may read ({@code allAccessible}, public assets included), optionally
 * with the public assets.
 */
public record ListAssetsCommand(Optional<AccountId> account, boolean allAccessible, boolean includePublic,
                                SearchTerms search, AssetQuery.SortField sortBy, SortDirection direction,
                                Optional<PageRequest> page) {
}
