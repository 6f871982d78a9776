package io.gridflex.application.sensor.port.in;

import io.gridflex.application.page.PageRequest;
import io.gridflex.application.page.SearchTerms;
import io.gridflex.domain.account.AccountId;
import io.gridflex.domain.asset.AssetId;
import java.util.Optional;

/**
 * A sensor listing as FlexMeasures clients ask for it: of one account (default: the actor's), or
 * on one asset and its descendants; consultants may add their clients' sensors; anyone the sensors
 * of public assets ({@code include_public_assets}).
 */
public record ListSensorsCommand(Optional<AccountId> account, Optional<AssetId> asset, boolean includeConsultancyClients,
                                 boolean includePublicAssets, Optional<String> unit, SearchTerms search,
                                 Optional<PageRequest> page) {

    /** Without the sensors of public assets. */
    public ListSensorsCommand(Optional<AccountId> account, Optional<AssetId> asset, boolean includeConsultancyClients,
                              Optional<String> unit, SearchTerms search, Optional<PageRequest> page) {
        this(account, asset, includeConsultancyClients, false, unit, search, page);
    }
}
