package io.gridflex.application.community.port.in;

import io.gridflex.application.community.query.CommunityAssetFilter;
import io.gridflex.application.community.query.Registered;
import io.gridflex.application.page.KeyCursor;
import io.gridflex.application.page.KeyPage;
import io.gridflex.domain.account.Actor;
import io.gridflex.domain.community.CommunityAsset;

/**
 * A community's assets, a page at a time, filtered by type and owner; or one, by key or by sensor
 * id — each with the member owning it (whatever its status).
 */
public interface ListCommunityAssetsUseCase {

    KeyPage<Holding<CommunityAsset>> listAssets(Actor actor, String community, CommunityAssetFilter filter, KeyCursor cursor);

    Holding<CommunityAsset> getAsset(Actor actor, String community, String assetKey);

    Holding<CommunityAsset> getAssetBySensorId(Actor actor, String community, String sensorId);
}
