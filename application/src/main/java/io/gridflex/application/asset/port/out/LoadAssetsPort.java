package io.gridflex.application.asset.port.out;

import io.gridflex.application.asset.query.AssetQuery;

import io.gridflex.application.page.Page;
import io.gridflex.application.page.PageRequest;
import io.gridflex.domain.account.AccountId;
import io.gridflex.domain.asset.Asset;
import io.gridflex.domain.asset.AssetId;
import io.gridflex.domain.asset.AssetLineage;
import java.util.List;
import java.util.Optional;

public interface LoadAssetsPort {

    Optional<Asset> findAsset(AssetId id);

    /** The asset with its ancestors, parent first; empty when the asset does not exist. */
    Optional<AssetLineage> findLineage(AssetId id);

    /** The direct children of an asset, by id. */
    List<Asset> listChildren(AssetId parent);

    /**
     * The asset that already holds {@code name} where a new one would go: among the children of
     * {@code parent}, or, for a root, among the roots of {@code account} (public roots when empty).
     */
    Optional<Asset> findByNameAt(Optional<AssetId> parent, Optional<AccountId> account, String name);

    /** Matching assets; all of them without a page. {@code totalRecords} ignores the search terms. */
    Page<Asset> listAssets(AssetQuery query, Optional<PageRequest> page);
}
