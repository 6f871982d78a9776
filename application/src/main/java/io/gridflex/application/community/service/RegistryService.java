package io.gridflex.application.community.service;

import io.gridflex.domain.failure.NotFoundException;
import io.gridflex.domain.failure.NotFoundException.Subject;
import io.gridflex.domain.failure.RefusedException;
import io.gridflex.domain.failure.InvalidValueException;
import io.gridflex.domain.community.CommunityReason;
import io.gridflex.application.account.port.out.LoadUsersPort;
import io.gridflex.application.community.port.in.GetCommunityUseCase;
import io.gridflex.application.community.port.in.GetMemberUseCase;
import io.gridflex.application.community.port.in.GetOwnMembershipUseCase;
import io.gridflex.application.community.port.in.Holding;
import io.gridflex.application.community.port.in.ListCommunitiesUseCase;
import io.gridflex.application.community.port.in.ListCommunityAssetsUseCase;
import io.gridflex.application.community.port.in.ListDeliveryPointsUseCase;
import io.gridflex.application.community.port.in.ListMembersUseCase;
import io.gridflex.application.community.port.in.LookUpRegistryUseCase;
import io.gridflex.application.community.port.in.TraceTopologyUseCase;
import io.gridflex.application.community.query.CommunityAssetFilter;
import io.gridflex.application.community.query.DeliveryPointFilter;
import io.gridflex.application.community.query.Downstream;
import io.gridflex.application.community.query.HeldDeliveryPoint;
import io.gridflex.application.community.port.out.LoadCommunitiesPort;
import io.gridflex.application.community.query.MemberFilter;
import io.gridflex.application.community.query.Registered;
import io.gridflex.domain.failure.AuthenticationFailedException;
import io.gridflex.application.page.KeyCursor;
import io.gridflex.application.page.KeyPage;
import io.gridflex.domain.account.Actor;
import io.gridflex.domain.account.User;
import io.gridflex.domain.community.AssetTotals;
import io.gridflex.domain.community.Community;
import io.gridflex.domain.community.CommunityAsset;
import io.gridflex.domain.community.Member;
import io.gridflex.domain.topology.TopologyNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The registry read: communities and what they hold, lookups across them, the caller's own membership, the grid. */
public class RegistryService implements ListCommunitiesUseCase, GetCommunityUseCase, ListMembersUseCase, GetMemberUseCase,
        ListDeliveryPointsUseCase, ListCommunityAssetsUseCase, LookUpRegistryUseCase, GetOwnMembershipUseCase,
        TraceTopologyUseCase {

    private final LoadCommunitiesPort load;
    private final LoadUsersPort users;

    public RegistryService(LoadCommunitiesPort load, LoadUsersPort users) {
        this.load = load;
        this.users = users;
    }

    @Override
    public KeyPage<Registered<Community>> listCommunities(Actor actor, Optional<String> key, KeyCursor cursor) {
        RegistryAccess.requireReader(actor);
        return load.communities(key, cursor);
    }

    @Override
    public Registered<Community> getCommunity(Actor actor, String community) {
        return readable(actor, community);
    }

    /** Nodes read per query when the whole grid is wanted. */
    private static final int NODES_PER_READ = 5_000;

    @Override
    public List<TopologyNode> getTopology(Actor actor, String community) {
        List<TopologyNode> all = new ArrayList<>();
        List<TopologyNode> part;
        do {
            part = getTopology(actor, community, all.size(), NODES_PER_READ);
            all.addAll(part);
        } while (part.size() == NODES_PER_READ);
        return all;
    }

    @Override
    public List<TopologyNode> getTopology(Actor actor, String community, int from, int limit) {
        readable(actor, community);
        return load.topology(community, from, limit);
    }

    @Override
    public KeyPage<Registered<Member>> listMembers(Actor actor, String community, MemberFilter filter, KeyCursor cursor) {
        readable(actor, community);
        return load.members(community, filter, cursor);
    }

    @Override
    public Registered<Member> getMember(Actor actor, String community, String memberKey) {
        readable(actor, community);
        return load.member(community, memberKey).orElseThrow(() -> new NotFoundException(Subject.MEMBER,
                "Member '" + memberKey + "' not found in community '" + community + "'."));
    }

    @Override
    public Registered<Member> getMemberByUserId(Actor actor, String community, String userId) {
        readable(actor, community);
        List<Registered<Member>> found = load.membersByUserIds(Optional.of(community), List.of(userId), false);
        if (found.isEmpty()) {
            throw new NotFoundException(Subject.MEMBER, "No member with user id '" + userId + "' in community '" + community + "'.");
        }
        return found.get(0);
    }

    @Override
    public KeyPage<Registered<HeldDeliveryPoint>> listDeliveryPoints(Actor actor, String community, DeliveryPointFilter filter,
                                                                     KeyCursor cursor) {
        readable(actor, community);
        return load.deliveryPoints(community, filter, cursor);
    }

    @Override
    public Registered<HeldDeliveryPoint> getDeliveryPoint(Actor actor, String community, String deliveryPointId) {
        readable(actor, community);
        return load.deliveryPointsById(Optional.of(community), deliveryPointId, false).stream().findFirst()
                .orElseThrow(() -> new NotFoundException(Subject.DELIVERY_POINT, "Delivery point '" + deliveryPointId
                        + "' not found in community '" + community + "'."));
    }

    @Override
    public KeyPage<Holding<CommunityAsset>> listAssets(Actor actor, String community, CommunityAssetFilter filter,
                                                       KeyCursor cursor) {
        readable(actor, community);
        KeyPage<Registered<CommunityAsset>> page = load.assets(community, filter, cursor);
        return new KeyPage<>(withOwners(page.items()), page.nextCursor());
    }

    @Override
    public Holding<CommunityAsset> getAsset(Actor actor, String community, String assetKey) {
        readable(actor, community);
        return load.asset(community, assetKey).map(this::withOwner).orElseThrow(() -> new NotFoundException(Subject.COMMUNITY_ASSET,
                "Asset '" + assetKey + "' not found in community '" + community + "'."));
    }

    @Override
    public Holding<CommunityAsset> getAssetBySensorId(Actor actor, String community, String sensorId) {
        readable(actor, community);
        return load.assetsBySensorIds(Optional.of(community), List.of(sensorId.strip()), false).stream().findFirst()
                .map(this::withOwner).orElseThrow(() -> new NotFoundException(Subject.COMMUNITY_ASSET, "No asset with sensor id '" + sensorId
                        + "' in community '" + community + "'."));
    }

    @Override
    public Holding<Void> memberByUserId(Actor actor, String userId) {
        RegistryAccess.requireReader(actor);
        Registered<Member> member = single(load.membersByUserIds(Optional.empty(), List.of(userId), true), Subject.MEMBER,
                "No active member with user id '" + userId + "'.");
        return new Holding<>(member, Optional.empty());
    }

    @Override
    public Holding<CommunityAsset> assetBySensorId(Actor actor, String sensorId) {
        RegistryAccess.requireReader(actor);
        Registered<CommunityAsset> asset = single(load.assetsBySensorIds(Optional.empty(), List.of(sensorId.strip()), true),
                Subject.COMMUNITY_ASSET, "No active member holds sensor '" + sensorId + "'.");
        return withOwner(asset);
    }

    @Override
    public Holding<HeldDeliveryPoint> deliveryPointById(Actor actor, String deliveryPointId) {
        RegistryAccess.requireReader(actor);
        Registered<HeldDeliveryPoint> point = single(load.deliveryPointsById(Optional.empty(), deliveryPointId, true),
                Subject.DELIVERY_POINT, "No active member holds delivery point '" + deliveryPointId + "'.");
        Registered<Member> member = load.member(point.community().key(), point.item().memberKey()).orElseThrow();
        return new Holding<>(member, Optional.of(point));
    }

    @Override
    public List<Holding<CommunityAsset>> assetsBySensorIds(Actor actor, List<String> sensorIds) {
        RegistryAccess.requireReader(actor);
        Set<String> ids = batch(sensorIds.stream().map(String::strip).toList(), "sensor_ids");
        if (ids.isEmpty()) {
            return List.of();
        }
        return withOwners(load.assetsBySensorIds(Optional.empty(), ids, true));
    }

    @Override
    public List<Holding<CommunityAsset>> assetsByUserIds(Actor actor, List<String> userIds) {
        RegistryAccess.requireReader(actor);
        Set<String> ids = batch(userIds, "user_ids");
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, Long> communitiesPerUser = load.membersByUserIds(Optional.empty(), ids, true).stream()
                .collect(Collectors.groupingBy(m -> m.item().userId(), Collectors.counting()));
        if (communitiesPerUser.values().stream().anyMatch(n -> n > 1)) {
            throw new RefusedException(CommunityReason.AMBIGUOUS_MEMBER,
                    "A user id of the request is an active member of more than one community.");
        }
        return withOwners(load.assetsOfActiveUsers(ids));
    }

    @Override
    public List<Holding<Void>> membersByDids(Actor actor, List<String> dids) {
        RegistryAccess.requireReader(actor);
        Set<String> ids = batch(dids, "dids");
        if (ids.isEmpty()) {
            return List.of();
        }
        return load.membersByDids(ids, true).stream().map(m -> new Holding<Void>(m, Optional.empty())).toList();
    }

    @Override
    public Membership getOwnMembership(Actor actor) {
        return getOwnProfile(actor).membership().orElseThrow(() -> new RefusedException(CommunityReason.NOT_A_MEMBER,
                "You are not a member of any community"));
    }

    @Override
    public Profile getOwnProfile(Actor actor) {
        User user = users.findUser(actor.userId()).orElseThrow(AuthenticationFailedException::new);
        // the registry's user id is the name the user signs in with (Keycloak's preferred_username)
        List<Registered<Member>> members = load.membersByUserIds(Optional.empty(), List.of(user.username()), true);
        if (members.size() > 1) {
            throw new RefusedException(CommunityReason.AMBIGUOUS_MEMBER, "You are an active member of more than one community, "
                    + "and this request does not say which one");
        }
        return new Profile(user, members.stream().findFirst()
                .map(member -> new Membership(user, member, existing(member.community().key()))));
    }

    @Override
    public List<TopologyNode> getOwnTopology(Actor actor, int from, int limit) {
        return load.topology(getOwnMembership(actor).community().item().key(), from, limit);
    }

    @Override
    public List<Registered<CommunityAsset>> listOwnAssets(Actor actor, Optional<CommunityAsset.Type> type) {
        Registered<Member> member = getOwnMembership(actor).member();
        CommunityAssetFilter filter = new CommunityAssetFilter(type, Optional.of(member.item().key()));
        // a member's assets are few; one page of the largest size holds them, and the rest follow by cursor
        KeyPage<Registered<CommunityAsset>> page = load.assets(member.community().key(), filter, KeyCursor.first(KeyCursor.MAX_LIMIT));
        List<Registered<CommunityAsset>> all = new java.util.ArrayList<>(page.items());
        while (page.nextCursor().isPresent()) {
            page = load.assets(member.community().key(), filter, new KeyCursor(page.nextCursor(), KeyCursor.MAX_LIMIT));
            all.addAll(page.items());
        }
        return all;
    }

    @Override
    public Registered<CommunityAsset> getOwnAsset(Actor actor, String assetKey) {
        Registered<Member> member = getOwnMembership(actor).member();
        return load.asset(member.community().key(), assetKey).filter(a -> a.item().owner().equals(member.item().key()))
                .orElseThrow(() -> new NotFoundException(Subject.COMMUNITY_ASSET, "Asset not found or not owned by you"));
    }

    @Override
    public List<TopologyNode> tracePath(Actor actor, String community, String nodeId) {
        readable(actor, community);
        List<TopologyNode> path = load.pathToRoot(community, nodeId);
        if (path.isEmpty()) {
            throw unknownNode(community, nodeId);
        }
        return path;
    }

    @Override
    public DownstreamReport traceDownstream(Actor actor, String community, String nodeId) {
        readable(actor, community);
        Downstream downstream = load.downstream(community, nodeId).orElseThrow(() -> unknownNode(community, nodeId));
        return new DownstreamReport(downstream, AssetTotals.of(downstream.assets().stream().map(Registered::item).toList()));
    }

    private static NotFoundException unknownNode(String community, String nodeId) {
        return new NotFoundException(Subject.TOPOLOGY_NODE, "Node '" + nodeId + "' is not part of community '" + community
                + "''s topology.");
    }

    /** The community an admin or admin-reader asks about; {@code community_not_found} if there is none. */
    private Registered<Community> readable(Actor actor, String community) {
        RegistryAccess.requireReader(actor);
        return existing(community);
    }

    private Registered<Community> existing(String community) {
        return load.community(community).orElseThrow(() -> new NotFoundException(Subject.COMMUNITY,
                "Community '" + community + "' not found."));
    }

    private List<Holding<CommunityAsset>> withOwners(List<Registered<CommunityAsset>> assets) {
        Map<String, Registered<Member>> owners = new HashMap<>();
        for (Registered<Member> owner : load.ownersOf(assets)) {
            owners.put(owner.community().id() + "/" + owner.item().key(), owner);
        }
        return assets.stream().map(a -> new Holding<>(owners.get(a.community().id() + "/" + a.item().owner()), Optional.of(a)))
                .toList();
    }

    private Holding<CommunityAsset> withOwner(Registered<CommunityAsset> asset) {
        return new Holding<>(load.member(asset.community().key(), asset.item().owner()).orElseThrow(), Optional.of(asset));
    }

    private static <T> T single(List<T> found, Subject what, String detail) {
        if (found.isEmpty()) {
            throw new NotFoundException(what, detail);
        }
        if (found.size() > 1) {
            throw new RefusedException(CommunityReason.AMBIGUOUS_MEMBER,
                    "More than one active member answers; the registry refuses rather than picks.");
        }
        return found.get(0);
    }

    /** The distinct ids of a batch, refused beyond {@value #MAX_BATCH_IDS} (counted as sent, as the registry does). */
    private static Set<String> batch(List<String> ids, String field) {
        if (ids.size() > MAX_BATCH_IDS) {
            throw new InvalidValueException(field, "At most " + MAX_BATCH_IDS + " "
                    + field + " in one request; this one has " + ids.size() + ".");
        }
        return new LinkedHashSet<>(ids);
    }
}
