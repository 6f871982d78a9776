package io.gridflex.application.community.port.in;

import io.gridflex.domain.community.CommunityAsset;
import io.gridflex.domain.invariant.Require;

/** An asset for the member that owns it ({@code asset.owner()}): created, or its own of that key replaced. */
public record PutAssetCommand(String community, CommunityAsset asset) {

    public PutAssetCommand {
        Require.present("community", community);
        Require.present("asset", asset);
    }
}
