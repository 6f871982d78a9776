package io.gridflex.application.community.query;


import io.gridflex.domain.community.CommunityAsset;
import io.gridflex.domain.topology.TopologyNode;
import java.util.List;

/**
 * What lies below a node of a community's grid: the nodes (nearest first), the delivery points
 * connected to the node or below it, and the assets sitting at those delivery points.
 */
public record Downstream(TopologyNode node, List<TopologyNode> nodes, List<Registered<HeldDeliveryPoint>> deliveryPoints,
                         List<Registered<CommunityAsset>> assets) {

    public Downstream {
        nodes = List.copyOf(nodes);
        deliveryPoints = List.copyOf(deliveryPoints);
        assets = List.copyOf(assets);
    }
}
