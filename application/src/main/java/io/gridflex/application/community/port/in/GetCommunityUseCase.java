package io.gridflex.application.community.port.in;

import io.gridflex.application.community.port.out.Registered;
import io.gridflex.domain.account.Actor;
import io.gridflex.domain.community.Community;
import io.gridflex.domain.topology.TopologyNode;
import java.util.List;

/** One community, and its grid topology. */
public interface GetCommunityUseCase {

    Registered<Community> getCommunity(Actor actor, String community);

    List<TopologyNode> getTopology(Actor actor, String community);
}
