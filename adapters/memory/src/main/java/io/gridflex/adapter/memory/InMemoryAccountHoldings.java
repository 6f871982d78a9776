package io.gridflex.adapter.memory;

import io.gridflex.application.account.port.out.CountAccountHoldingsPort;
import io.gridflex.application.account.query.AccountHoldings;
import io.gridflex.application.asset.query.AssetQuery;
import io.gridflex.application.page.PageRequest;
import io.gridflex.domain.account.AccountId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Counts an account's users in the account store and its assets in the asset store. */
final class InMemoryAccountHoldings implements CountAccountHoldingsPort {

    private final InMemoryAccountStore accounts;
    private final InMemoryAssetStore assets;

    InMemoryAccountHoldings(InMemoryAccountStore accounts, InMemoryAssetStore assets) {
        this.accounts = accounts;
        this.assets = assets;
    }

    @Override
    public Map<AccountId, AccountHoldings> countHoldings(Set<AccountId> ids) {
        Map<AccountId, AccountHoldings> counted = new LinkedHashMap<>();
        for (AccountId id : ids) {
            long assetCount = assets.listAssets(AssetQuery.ofAccount(id), Optional.of(new PageRequest(1, 1))).totalRecords();
            counted.put(id, new AccountHoldings(accounts.countUsers(id), assetCount));
        }
        return counted;
    }
}
