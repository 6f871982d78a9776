package io.gridflex.domain.community;

import io.gridflex.domain.failure.ConflictException;
import io.gridflex.domain.failure.NotFoundException;
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
        Map<String, Member> byKey = new HashMap<>();
        Map<String, String> userIds = new HashMap<>();
        for (Member member : members) {
            String who = "member '" + member.key() + "'";
            if (byKey.putIfAbsent(member.key(), member) != null) {
                refusals.add(new Refusal(CommunityReason.INVALID_MEMBER, who + " appears twice."));
            }
            areaRefusal(community, member).ifPresent(refusals::add);
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

    private static Optional<Refusal> areaRefusal(Community community, Member member) {
        if (community.areas().stream().anyMatch(a -> a.key().equals(member.area()))) {
            return Optional.empty();
        }
        return Optional.of(new Refusal(CommunityReason.UNKNOWN_AREA, "member '" + member.key() + "': area '" + member.area()
                + "' is not one of " + community.areas().stream().map(Area::key).sorted().toList() + "."));
    }

    // ---- single writes: a new register with one member changed, checked as a whole one is ----

    /** The member with this key, if it is one of this community's. */
    public Optional<Member> member(String key) {
        return members.stream().filter(m -> m.key().equals(key)).findFirst();
    }

    /** The assets this member owns. */
    public List<CommunityAsset> assetsOf(String memberKey) {
        return assets.stream().filter(a -> a.owner().equals(memberKey)).toList();
    }

    /**
     * This community with a new member and its assets, refused in rec-registry's order: an area the
     * community lacks (422 {@code unknown_area}), a key taken (409 {@code member_key_taken}), a user
     * id taken by a member of any status (409 {@code user_id_taken}), then every other invariant.
     */
    public CommunityRegister withNewMember(Member member, List<CommunityAsset> memberAssets) {
        areaRefusal(community, member).ifPresent(r -> {
            throw new RefusedException(List.of(r));
        });
        if (member(member.key()).isPresent()) {
            throw new ConflictException(CommunityReason.MEMBER_KEY_TAKEN, "Member '" + member.key() + "' already exists in this community");
        }
        if (members.stream().anyMatch(m -> m.userId().equals(member.userId()))) {
            throw new ConflictException(CommunityReason.USER_ID_TAKEN, "A member with user_id '" + member.userId()
                    + "' already exists in this community");
        }
        List<Member> changed = new ArrayList<>(members);
        changed.add(member);
        List<CommunityAsset> all = new ArrayList<>(assets);
        all.addAll(memberAssets);
        return new CommunityRegister(community, topology, changed, all);
    }

    /**
     * This community with one of its members changed (same key) and owning these assets instead of
     * its own: an area the community lacks is 422 {@code unknown_area}, a user id another member has
     * is 409 {@code user_id_taken}, then every other invariant.
     */
    public CommunityRegister withMember(Member member, List<CommunityAsset> memberAssets) {
        Require.that(memberAssets.stream().allMatch(a -> a.owner().equals(member.key())), "assets", "Assets of another member.");
        areaRefusal(community, member).ifPresent(r -> {
            throw new RefusedException(List.of(r));
        });
        Optional<Member> other = members.stream().filter(m -> !m.key().equals(member.key()) && m.userId().equals(member.userId()))
                .findFirst();
        if (other.isPresent()) {
            throw new ConflictException(CommunityReason.USER_ID_TAKEN, "user_id '" + member.userId() + "' already belongs to member '"
                    + other.get().key() + "'");
        }
        List<Member> changed = members.stream().map(m -> m.key().equals(member.key()) ? member : m).toList();
        List<CommunityAsset> all = new ArrayList<>(assets.stream().filter(a -> !a.owner().equals(member.key())).toList());
        all.addAll(memberAssets);
        return new CommunityRegister(community, topology, changed, all);
    }

    /** This community with one of its members changed, its assets kept. */
    public CommunityRegister withMember(Member member) {
        return withMember(member, assetsOf(member.key()));
    }

    /** This community without the member and its assets. */
    public CommunityRegister withoutMember(String memberKey) {
        return new CommunityRegister(community, topology, members.stream().filter(m -> !m.key().equals(memberKey)).toList(),
                assets.stream().filter(a -> !a.owner().equals(memberKey)).toList());
    }

    /**
     * This community with a delivery point put to a member (rec-registry's merge): an entry with
     * exactly this id is replaced in place, else the point is appended. With {@code replaces}, the
     * point it names (compared form, {@link Holdings#deliveryPointKey}) is a correction: it is
     * removed, the new one appended, and the member's own meters naming the old one name the new one.
     * An old id that is none of the member's is 404.
     */
    public CommunityRegister withDeliveryPoint(String memberKey, DeliveryPoint point, Optional<String> replaces) {
        Member member = existing(memberKey);
        List<DeliveryPoint> points = new ArrayList<>(member.deliveryPoints());
        List<CommunityAsset> own = assetsOf(memberKey);
        if (replaces.isPresent()) {
            Optional<String> old = Holdings.deliveryPointKey(replaces.get());
            if (old.isEmpty() || points.stream().noneMatch(p -> Holdings.deliveryPointKey(p.id()).equals(old))) {
                throw new NotFoundException(NotFoundException.Subject.DELIVERY_POINT, "Delivery point '" + replaces.get() + "' not found");
            }
            points.removeIf(p -> Holdings.deliveryPointKey(p.id()).equals(old));
            own = own.stream().map(a -> a.pod().flatMap(Holdings::deliveryPointKey).equals(old) ? a.withPod(point.id()) : a).toList();
        }
        int at = -1;
        for (int i = 0; i < points.size(); i++) {
            if (points.get(i).id().equals(point.id())) {
                at = i;
                break;
            }
        }
        if (at >= 0) {
            points.set(at, point);
        } else {
            points.add(point);
        }
        return withMember(member.withDeliveryPoints(points), own);
    }

    /**
     * This community without one of a member's delivery points, matched exactly (404 otherwise);
     * refused (409 {@code delivery_point_linked}) while one of the member's meters names it.
     */
    public CommunityRegister withoutDeliveryPoint(String memberKey, String pointId) {
        Member member = existing(memberKey);
        if (member.deliveryPoints().stream().noneMatch(p -> p.id().equals(pointId))) {
            throw new NotFoundException(NotFoundException.Subject.DELIVERY_POINT, "Delivery point '" + pointId + "' not found");
        }
        Optional<String> compared = Holdings.deliveryPointKey(pointId);
        long linked = assetsOf(memberKey).stream().filter(a -> a.type() == CommunityAsset.Type.METER)
                .filter(a -> compared.isPresent() && a.pod().flatMap(Holdings::deliveryPointKey).equals(compared)).count();
        if (linked > 0) {
            throw new ConflictException(CommunityReason.DELIVERY_POINT_LINKED, "Delivery point '" + pointId + "' is still named by "
                    + linked + " of the member's meter(s); correct it with `replaces`, or detach them, first");
        }
        return withMember(member.withDeliveryPoints(member.deliveryPoints().stream().filter(p -> !p.id().equals(pointId)).toList()));
    }

    /** The member with this key, or 404 {@code member_not_found}. */
    public Member existing(String memberKey) {
        return member(memberKey).orElseThrow(() -> new NotFoundException(NotFoundException.Subject.MEMBER, "Member not found"));
    }

    /**
     * What the members would hold with this asset put (replacing the one of its key): for judging a
     * single asset write before {@link #withAsset} — rec-registry checks the sensor and the pod
     * before the key.
     */
    public Holdings holdingsWith(CommunityAsset asset) {
        List<CommunityAsset> all = new ArrayList<>(assets.stream().filter(a -> !a.key().equals(asset.key())).toList());
        all.add(asset);
        return Holdings.of(members, all);
    }

    /**
     * This community with an asset put to its owner: a new one, or its own of that key replaced.
     * The key of another member's asset, whatever that member's status, is 409 {@code asset_key_taken}.
     */
    public CommunityRegister withAsset(CommunityAsset asset) {
        Member owner = existing(asset.owner());
        if (assets.stream().anyMatch(a -> a.key().equals(asset.key()) && !a.owner().equals(owner.key()))) {
            throw new ConflictException(CommunityReason.ASSET_KEY_TAKEN, "Asset key '" + asset.key()
                    + "' already belongs to another member of this community");
        }
        List<CommunityAsset> own = new ArrayList<>(assetsOf(owner.key()).stream().filter(a -> !a.key().equals(asset.key())).toList());
        own.add(asset);
        return withMember(owner, own);
    }

    /** This community without one of a member's assets; 404 {@code asset_not_found} when the member owns none of that key. */
    public CommunityRegister withoutAsset(String memberKey, String assetKey) {
        Member owner = existing(memberKey);
        if (assetsOf(memberKey).stream().noneMatch(a -> a.key().equals(assetKey))) {
            throw new NotFoundException(NotFoundException.Subject.COMMUNITY_ASSET, "Asset '" + assetKey + "' not found");
        }
        return withMember(owner, assetsOf(memberKey).stream().filter(a -> !a.key().equals(assetKey)).toList());
    }
}
