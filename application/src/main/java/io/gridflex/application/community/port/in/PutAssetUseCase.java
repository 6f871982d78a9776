package io.gridflex.application.community.port.in;

import io.gridflex.domain.account.Actor;
import io.gridflex.domain.community.CommunityAsset;

/**
 * Puts an asset to a member; answers it as stored, with its owner. Refused in rec-registry's order:
 * 404 for the community or the member; for an active owner, a sensor (409 {@code sensor_held}) or a
 * meter's pod (409 {@code delivery_point_held}) another active member holds; an asset key another
 * member of the community holds (409 {@code asset_key_taken}).
 */
public interface PutAssetUseCase {

    Holding<CommunityAsset> putAsset(Actor actor, PutAssetCommand command);
}
