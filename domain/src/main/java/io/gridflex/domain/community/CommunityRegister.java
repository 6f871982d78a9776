package io.gridflex.domain.community;

import io.gridflex.domain.failure.Refusal;
import io.gridflex.domain.failure.RefusedException;
import io.gridflex.domain.invariant.Require;
import io.gridflex.domain.topology.GridTopology;
import io.gridflex.domain.topology.TopologyNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One community whole — its description, grid, members and assets — built only where every
 * invariant across them holds: what an import replaces at once, and what it refuses whole, with
 * every refusal found (member values, then assets). Who may hold a sensor or a delivery point is a
 * rule across the registry, not one community: {@link Holdings} judges it, over {@link #holdings()}.
 */
public record CommunityRegister(Community community, GridTopology topology, List<Member> members,
                                List<CommunityAsset> assets) {

    public CommunityRegister {
        Require.present("community", community);
        Require.present("topology", topology);
        members = List.copyOf(Require.noNulls("members", members));
        assets = List.copyOf(Require.noNulls("assets", assets));
        List<Refusal> refusals = refusals(community, topology.nodes().stream().map(TopologyNode::id).collect(Collectors.toSet()),
                members, assets);
        if (!refusals.isEmpty()) {
            throw new RefusedException(refusals);
        }
    }

    public String key() {
        return community.key();
    }

    /**
     * Every invariant across the parts that these break, given the ids of the grid's nodes; empty
     * when they make a community.
     */
    public static List<Refusal> refusals(Community community, Set<String> nodes, List<Member> members,
                                         List<CommunityAsset> assets) {
        List<Refusal> refusals = new ArrayList<>();
        Set<String> areaKeys = community.areas().stream().map(Area::key).collect(Collectors.toSet());
        Map<String, Member> byKey = new HashMap<>();
        Map<String, String> userIds = new HashMap<>();
        for (Member member : members) {
            String who = "member '" + member.key() + "'";
            if (byKey.putIfAbsent(member.key(), member) != null) {
                refusals.add(new Refusal(CommunityReason.INVALID_MEMBER, who + " appears twice."));
            }
            if (!areaKeys.contains(member.area())) {
                refusals.add(new Refusal(CommunityReason.UNKNOWN_AREA, who + ": area '" + member.area() + "' is not one of "
                        + community.areas().stream().map(Area::key).sorted().toList() + "."));
            }
            String other = userIds.putIfAbsent(member.userId(), member.key());
            if (other != null) {
                refusals.add(new Refusal(CommunityReason.INVALID_MEMBER, who + ": user_id '" + member.userId() + "' is member '" + other
                        + "' already."));
            }
            for (DeliveryPoint point : member.deliveryPoints()) {
                point.topologyNode().filter(node -> !nodes.contains(node)).ifPresent(node -> refusals.add(new Refusal(
                        CommunityReason.INVALID_DELIVERY_POINT, who + ": delivery point '" + point.id() + "' is connected to '" + node
                        + "', which is no node of the topology.")));
            }
        }
        Set<String> assetKeys = new HashSet<>();
        for (CommunityAsset asset : assets) {
            if (!assetKeys.add(asset.key())) {
                refusals.add(new Refusal(CommunityReason.INVALID_ASSET, "asset '" + asset.key() + "' appears twice."));
            }
            if (!byKey.containsKey(asset.owner())) {
                refusals.add(new Refusal(CommunityReason.UNKNOWN_OWNER, "asset '" + asset.key() + "': owner '" + asset.owner()
                        + "' is no member of the community."));
            }
        }
        return refusals;
    }

    /** What this community's members would hold: the sensors and delivery points {@link Holdings} judges. */
    public Holdings holdings() {
        return Holdings.of(members, assets);
    }

    /**
     * The delivery point an asset sits at: the one it names ({@code pod}), else its owner's only
     * one; empty when its owner has several and it names none.
     */
    public Optional<DeliveryPoint> deliveryPointOf(CommunityAsset asset) {
        List<DeliveryPoint> owned = members.stream().filter(m -> m.key().equals(asset.owner())).findFirst()
                .map(Member::deliveryPoints).orElse(List.of());
        if (asset.pod().isPresent()) {
            return members.stream().flatMap(m -> m.deliveryPoints().stream()).filter(p -> p.id().equals(asset.pod().get()))
                    .findFirst();
        }
        return owned.size() == 1 ? Optional.of(owned.get(0)) : Optional.empty();
    }
}
