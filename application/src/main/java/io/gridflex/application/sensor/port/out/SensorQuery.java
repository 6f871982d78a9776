package io.gridflex.application.sensor.port.out;

import io.gridflex.application.page.SearchTerms;
import io.gridflex.domain.account.AccountId;
import io.gridflex.domain.asset.AssetId;
import io.gridflex.domain.invariant.Require;
import java.util.Optional;
import java.util.Set;

/**
 * Which sensors to list: on assets of the given accounts (empty = every account, public assets
 * included only when asked), or on one asset (and its descendants, if asked); with a unit; each
 * search term in the sensor's name or its asset's account name.
 */
public record SensorQuery(Optional<Set<AccountId>> accounts, boolean includePublic, Optional<AssetId> underAsset,
                          boolean withDescendants, Optional<String> unit, SearchTerms search) {

    public SensorQuery {
        accounts = Require.present("account_id", accounts).map(Set::copyOf);
        Require.present("asset", underAsset);
        Require.present("unit", unit);
        Require.present("filter", search);
    }

    /** The sensors directly on one asset. */
    public static SensorQuery onAsset(AssetId asset) {
        return new SensorQuery(Optional.empty(), true, Optional.of(asset), false, Optional.empty(), SearchTerms.NONE);
    }
}
