package io.gridflex.domain.asset;

import io.gridflex.domain.account.AccountId;
import io.gridflex.domain.account.Verdict;
import java.util.Optional;

/**
 * Where an asset may hang in the tree: under a parent of its own account or a public one (a public
 * asset only under a public parent), and never under itself or one of its descendants.
 */
public final class AssetPlacement {

    private AssetPlacement() {
    }

    /**
     * @param assetId       the asset being placed, empty while it is new
     * @param parentLineage the proposed parent with its ancestors
     */
    public static Verdict mayPlace(Optional<AssetId> assetId, Optional<AccountId> account, AssetLineage parentLineage) {
        Asset parent = parentLineage.asset();
        if (assetId.isPresent() && parentLineage.contains(assetId.get())) {
            return Verdict.deny("Asset " + parent.id() + " is this asset or one of its descendants: that would make a cycle.");
        }
        if (parent.accountId().isPresent() && !parent.accountId().equals(account)) {
            return Verdict.deny("The parent asset " + parent.id() + " belongs to another account.");
        }
        return Verdict.allow();
    }
}
