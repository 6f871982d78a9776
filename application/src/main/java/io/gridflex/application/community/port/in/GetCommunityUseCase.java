package io.gridflex.application.community.port.in;

import io.gridflex.application.community.query.Registered;
import io.gridflex.domain.account.Actor;
import io.gridflex.domain.community.Community;
import io.gridflex.domain.topology.TopologyNode;
import java.util.List;

/** One community, and its grid topology. */
public interface GetCommunityUseCase {

    Registered<Community> getCommunity(Actor actor, String community);

    /** The community's grid, whole. */
    List<TopologyNode> getTopology(Actor actor, String community);

    /**
     * A part of the community's grid: up to {@code limit} nodes from position {@code from}, in the
     * order given — so that a client of a large grid reads it without the server holding it whole.
     */
    List<TopologyNode> getTopology(Actor actor, String community, int from, int limit);
}
