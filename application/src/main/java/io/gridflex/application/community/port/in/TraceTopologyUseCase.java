package io.gridflex.application.community.port.in;

import io.gridflex.application.community.query.Downstream;
import io.gridflex.domain.account.Actor;
import io.gridflex.domain.community.AssetTotals;
import io.gridflex.domain.topology.TopologyNode;
import java.util.List;

/** Walks a community's grid: from a node up to its root, and everything below it with installed totals. */
public interface TraceTopologyUseCase {

    /** What lies below a node, and what its assets add up to, per type. */
    record DownstreamReport(Downstream downstream, List<AssetTotals> totals) {
    }

    List<TopologyNode> tracePath(Actor actor, String community, String nodeId);

    DownstreamReport traceDownstream(Actor actor, String community, String nodeId);
}
