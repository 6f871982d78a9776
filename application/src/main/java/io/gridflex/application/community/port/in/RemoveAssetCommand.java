package io.gridflex.application.community.port.in;

import io.gridflex.domain.invariant.Require;

/** Removes one of a member's assets (a meter's detach: its sensor is then free). */
public record RemoveAssetCommand(String community, String member, String assetKey) {

    public RemoveAssetCommand {
        Require.present("community", community);
        Require.present("member", member);
        Require.present("asset_key", assetKey);
    }
}
