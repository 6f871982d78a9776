package io.gridflex.application.community.port.in;

import io.gridflex.domain.invariant.Require;

/** Removes one of a member's delivery points, named exactly as stored. */
public record RemoveDeliveryPointCommand(String community, String member, String pointId) {

    public RemoveDeliveryPointCommand {
        Require.present("community", community);
        Require.present("member", member);
        Require.present("point_id", pointId);
    }
}
