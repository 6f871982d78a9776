package io.gridflex.application.community.port.in;

import io.gridflex.domain.community.Member;
import io.gridflex.domain.invariant.Require;
import java.util.Optional;

/**
 * What removing a member did.
 *
 * @param status the member's status after a release; empty when it was purged
 * @param assetsRemoved the assets a purge deleted with it
 */
public record MemberRemoval(String community, String member, boolean purged, Optional<Member.Status> status, int assetsRemoved) {

    public MemberRemoval {
        Require.present("community", community);
        Require.present("member", member);
        Require.present("status", status);
    }
}
