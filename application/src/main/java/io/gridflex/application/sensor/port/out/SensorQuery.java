package io.gridflex.application.sensor.port.out;

import io.gridflex.application.page.SearchTerms;
import io.gridflex.application.page.SortDirection;
import io.gridflex.application.sensor.query.SensorSortField;
import io.gridflex.domain.account.AccountId;
import io.gridflex.domain.asset.AssetId;
import io.gridflex.domain.invariant.Require;
import java.util.Optional;
import java.util.Set;

/**
 * Which sensors to list: those on one asset (and its descendants, if asked) or, without an asset, on assets of the given
 * accounts (empty = every account); in either case also those on public assets when {@code includePublic} (FlexMeasures'
 * {@code include_public_assets}); with a unit; each search term in the sensor's name or, if {@code searchAccountNames},
 * its asset's account name; ordered by {@code sortBy}, then id.
 */
public record SensorQuery(Optional<Set<AccountId>> accounts, boolean includePublic, Optional<AssetId> underAsset,
                          boolean withDescendants, Optional<String> unit, SearchTerms search, boolean searchAccountNames,
                          SensorSortField sortBy, SortDirection direction) {

    public SensorQuery {
        accounts = Require.present("account_id", accounts).map(Set::copyOf);
        Require.present("asset", underAsset);
        Require.present("unit", unit);
        Require.present("filter", search);
        Require.present("sort_by", sortBy);
        Require.present("sort_dir", direction);
    }

    /** Searching sensor and account names, by id. */
    public SensorQuery(Optional<Set<AccountId>> accounts, boolean includePublic, Optional<AssetId> underAsset,
                       boolean withDescendants, Optional<String> unit, SearchTerms search) {
        this(accounts, includePublic, underAsset, withDescendants, unit, search, true, SensorSortField.ID, SortDirection.ASC);
    }

    /** The sensors directly on one asset, by id. */
    public static SensorQuery onAsset(AssetId asset) {
        return new SensorQuery(Optional.empty(), false, Optional.of(asset), false, Optional.empty(), SearchTerms.NONE);
    }

    /** This query, each search term in the sensor's name alone (the account's name is not searched). */
    public SensorQuery searchingSensorNames(SearchTerms terms) {
        return new SensorQuery(accounts, includePublic, underAsset, withDescendants, unit, terms, false, sortBy, direction);
    }

    public SensorQuery sortedBy(SensorSortField field, SortDirection order) {
        return new SensorQuery(accounts, includePublic, underAsset, withDescendants, unit, search, searchAccountNames, field, order);
    }
}
