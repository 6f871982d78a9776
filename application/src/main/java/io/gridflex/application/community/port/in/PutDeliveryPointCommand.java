package io.gridflex.application.community.port.in;

import io.gridflex.domain.community.DeliveryPoint;
import io.gridflex.domain.invariant.Require;
import java.util.Optional;

/**
 * A delivery point for a member: merged into its list (an entry with exactly this id replaced,
 * else appended), or, with {@code replaces}, a correction of the point it names (compared trimmed
 * and case-folded), whose meters then name the new one.
 */
public record PutDeliveryPointCommand(String community, String member, DeliveryPoint point, Optional<String> replaces) {

    public PutDeliveryPointCommand {
        Require.present("community", community);
        Require.present("member", member);
        Require.present("point", point);
        Require.present("replaces", replaces);
    }
}
