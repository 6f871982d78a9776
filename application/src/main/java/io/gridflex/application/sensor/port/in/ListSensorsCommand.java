package io.gridflex.application.sensor.port.in;

import io.gridflex.application.page.PageRequest;
import io.gridflex.application.page.SearchTerms;
import io.gridflex.domain.account.AccountId;
import io.gridflex.domain.asset.AssetId;
import java.util.Optional;

/**
 * A sensor listing as FlexMeasures clients ask for it: of one account (default: the actor's), or
 * on one asset and its descendants; consultants may add their clients' sensors.
 */
public record ListSensorsCommand(Optional<AccountId> account, Optional<AssetId> asset, boolean includeConsultancyClients,
                                 Optional<String> unit, SearchTerms search, Optional<PageRequest> page) {
}
