package io.gridflex.application.community.port.in;

import io.gridflex.domain.invariant.Require;

/**
 * Removes a member: by default it is released (made inactive: it holds nothing, and stays
 * readable); {@code purge} deletes it with its delivery points and assets.
 */
public record RemoveMemberCommand(String community, String member, boolean purge) {

    public RemoveMemberCommand {
        Require.present("community", community);
        Require.present("member", member);
    }
}
