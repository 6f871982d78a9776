package io.gridflex.domain.community;

import io.gridflex.domain.invariant.InvalidValueException;
import io.gridflex.domain.invariant.Require;
import io.gridflex.domain.topology.GridTopology;
import io.gridflex.domain.topology.TopologyNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One community whole — its areas, grid, members and assets — built only where every invariant
 * across them holds: what an import replaces at once, and what it refuses whole.
 *
 * @param key the community's key
 */
public record CommunityRegister(String key, String name, List<Area> areas, GridTopology topology, List<Member> members,
                                List<CommunityAsset> assets) {

    public CommunityRegister {
        key = Key.require("community.id", key);
        name = name == null ? key : Require.text("community.name", name, 200);
        areas = List.copyOf(Require.noNulls("areas", areas));
        Require.present("topology", topology);
        members = List.copyOf(Require.noNulls("members", members));
        assets = List.copyOf(Require.noNulls("assets", assets));
        Set<String> areaKeys = unique("areas", areas.stream().map(Area::key).toList());
        unique("areas.boundary.id", areas.stream().map(Area::boundaryId).toList());
        unique("members", members.stream().map(Member::key).toList());
        unique("assets", assets.stream().map(CommunityAsset::key).toList());
        Set<String> nodes = topology.nodes().stream().map(TopologyNode::id).collect(Collectors.toSet());
        for (Member member : members) {
            if (!areaKeys.contains(member.area())) {
                throw new InvalidValueException("members." + member.key() + ".area", "Unknown area '" + member.area() + "'.");
            }
            unique("members." + member.key() + ".delivery_points", member.deliveryPoints().stream().map(DeliveryPoint::id).toList());
            for (DeliveryPoint point : member.deliveryPoints()) {
                if (point.topologyNode().isPresent() && !nodes.contains(point.topologyNode().get())) {
                    throw new InvalidValueException("members." + member.key() + ".delivery_points." + point.id() + ".topology_node",
                            "Unknown topology node '" + point.topologyNode().get() + "'.");
                }
            }
        }
        Map<String, Member> byKey = members.stream().collect(Collectors.toMap(Member::key, m -> m));
        Map<String, String> heldBy = new HashMap<>();
        for (CommunityAsset asset : assets) {
            Member owner = byKey.get(asset.owner());
            if (owner == null) {
                throw new InvalidValueException("assets." + asset.key() + ".owner", "Unknown member '" + asset.owner() + "'.");
            }
            if (asset.sensorId().isPresent() && owner.isActive()) {
                String other = heldBy.putIfAbsent(asset.sensorId().get(), asset.key());
                if (other != null) {
                    throw new InvalidValueException("assets." + asset.key() + ".sensor_id", "Sensor '" + asset.sensorId().get()
                            + "' is held by asset '" + other + "' already.");
                }
            }
        }
        Set<String> roots = areas.stream().map(Area::boundaryId).collect(Collectors.toSet());
        for (TopologyNode node : topology.nodes()) {
            if (node.isRoot() && !roots.contains(node.id())) {
                throw new InvalidValueException("topology", "Root '" + node.id() + "' is no area's primary substation.");
            }
        }
    }

    private static Set<String> unique(String field, List<String> keys) {
        Set<String> seen = new HashSet<>();
        for (String key : keys) {
            if (!seen.add(key)) {
                throw new InvalidValueException(field, "'" + key + "' appears twice.");
            }
        }
        return seen;
    }
}
