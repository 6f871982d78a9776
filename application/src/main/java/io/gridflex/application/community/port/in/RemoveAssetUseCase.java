package io.gridflex.application.community.port.in;

import io.gridflex.domain.account.Actor;

/** Removes a member's asset: 404 for the community, the member, or an asset the member does not own ({@code asset_not_found}). */
public interface RemoveAssetUseCase {

    void removeAsset(Actor actor, RemoveAssetCommand command);
}
