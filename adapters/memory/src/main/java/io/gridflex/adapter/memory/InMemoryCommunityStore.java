package io.gridflex.adapter.memory;

import io.gridflex.application.community.port.out.FindHoldersPort;
import io.gridflex.application.community.query.CommunityAssetFilter;
import io.gridflex.application.community.port.out.CommunityCounts;
import io.gridflex.application.community.query.CommunityRef;
import io.gridflex.application.community.query.DeliveryPointFilter;
import io.gridflex.application.community.query.Downstream;
import io.gridflex.application.community.query.HeldDeliveryPoint;
import io.gridflex.application.community.port.out.LoadCommunitiesPort;
import io.gridflex.application.community.query.MemberFilter;
import io.gridflex.application.community.query.Registered;
import io.gridflex.application.community.port.out.ReplaceCommunityPort;
import io.gridflex.application.community.port.out.WriteMembersPort;
import io.gridflex.application.page.KeyCursor;
import io.gridflex.application.page.KeyPage;
import io.gridflex.domain.community.Community;
import io.gridflex.domain.community.CommunityAsset;
import io.gridflex.domain.community.CommunityRegister;
import io.gridflex.domain.community.Holdings;
import io.gridflex.domain.community.Member;
import io.gridflex.domain.topology.GridTopology;
import io.gridflex.domain.topology.TopologyNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The registry in memory: each community whole, as imported, with the ids a store gives its rows.
 * Topology queries walk the domain's {@link GridTopology}.
 */
public final class InMemoryCommunityStore extends LockedStore<InMemoryCommunityStore.State>
        implements LoadCommunitiesPort, ReplaceCommunityPort, FindHoldersPort, WriteMembersPort {

    /**
     * One stored community, the ids of its rows (a delivery point's by member and point: one point
     * may be listed by several members) and what its active members hold ({@link Holdings}).
     */
    record Stored(CommunityRef ref, CommunityRegister register, Map<String, Long> memberIds, Map<String, Long> assetIds,
                  Map<String, Long> pointIds, Holdings holdings) {
    }

    record State(TreeMap<String, Stored> communities, long nextId) {
    }

    public InMemoryCommunityStore(ReentrantLock lock) {
        super(lock, new State(new TreeMap<>(), 1));
    }

    @Override
    protected State copy(State state) {
        return new State(new TreeMap<>(state.communities()), state.nextId());
    }

    @Override
    public Optional<CommunityCounts> countsOf(String communityKey) {
        return locked(() -> Optional.ofNullable(state.communities().get(communityKey)).map(s -> {
            CommunityRegister r = s.register();
            return new CommunityCounts(r.members().size(), r.assets().size());
        }));
    }

    @Override
    public Set<String> sensorsHeldOutside(String communityKey, Collection<String> sensorKeys) {
        Set<String> wanted = Set.copyOf(sensorKeys);
        return locked(() -> state.communities().values().stream().filter(s -> !s.ref().key().equals(communityKey))
                .flatMap(s -> s.holdings().sensors().stream()).map(Holdings.SensorHolding::sensor).filter(wanted::contains)
                .collect(Collectors.toSet()));
    }

    @Override
    public Set<String> deliveryPointsHeldOutside(String communityKey, Collection<String> deliveryPointKeys) {
        Set<String> wanted = Set.copyOf(deliveryPointKeys);
        return locked(() -> state.communities().values().stream().filter(s -> !s.ref().key().equals(communityKey))
                .flatMap(s -> s.holdings().points().stream()).map(Holdings.PointHolding::point).filter(wanted::contains)
                .collect(Collectors.toSet()));
    }

    @Override
    public void replace(CommunityRegister register) {
        locked(() -> {
            long id = state.nextId();
            CommunityRef ref = new CommunityRef(id++, register.key(), register.community().name());
            Map<String, Long> members = new TreeMap<>();
            for (Member member : register.members()) {
                members.put(member.key(), id++);
            }
            Map<String, Long> assets = new TreeMap<>();
            for (CommunityAsset asset : register.assets()) {
                assets.put(asset.key(), id++);
            }
            Map<String, Long> points = new TreeMap<>();
            for (Member member : register.members()) {
                for (var point : member.deliveryPoints()) {
                    points.putIfAbsent(pointKey(member.key(), point.id()), id++);
                }
            }
            TreeMap<String, Stored> communities = new TreeMap<>(state.communities());
            communities.put(register.key(), new Stored(ref, register, members, assets, points, register.holdings()));
            state = new State(communities, id);
            return null;
        });
    }

    // ---- single writes ----

    /** The store's lock, which a transaction holds throughout, serialises writes already. */
    @Override
    public void lockCommunity(String communityKey) {
    }

    @Override
    public void saveMember(String communityKey, Member member) {
        rewrite(communityKey, (s, ids) -> {
            CommunityRegister r = s.register();
            List<Member> members = new ArrayList<>(r.members().stream().map(m -> m.key().equals(member.key()) ? member : m).toList());
            if (r.member(member.key()).isEmpty()) {
                members.add(member);
            }
            Map<String, Long> memberIds = new TreeMap<>(s.memberIds());
            memberIds.computeIfAbsent(member.key(), k -> ids.next());
            Map<String, Long> pointIds = new TreeMap<>(s.pointIds());
            pointIds.keySet().removeIf(k -> k.startsWith(member.key() + "\u0000"));
            member.deliveryPoints().forEach(p -> pointIds.putIfAbsent(pointKey(member.key(), p.id()), ids.next()));
            return new Stored(s.ref(), new CommunityRegister(r.community(), r.topology(), members, r.assets()), memberIds, s.assetIds(),
                    pointIds, s.holdings());
        });
    }

    @Override
    public void saveAsset(String communityKey, CommunityAsset asset) {
        rewrite(communityKey, (s, ids) -> {
            CommunityRegister r = s.register();
            List<CommunityAsset> assets = new ArrayList<>(r.assets().stream().map(a -> a.key().equals(asset.key()) ? asset : a).toList());
            if (r.assets().stream().noneMatch(a -> a.key().equals(asset.key()))) {
                assets.add(asset);
            }
            Map<String, Long> assetIds = new TreeMap<>(s.assetIds());
            assetIds.computeIfAbsent(asset.key(), k -> ids.next());
            return new Stored(s.ref(), new CommunityRegister(r.community(), r.topology(), r.members(), assets), s.memberIds(), assetIds,
                    s.pointIds(), s.holdings());
        });
    }

    @Override
    public void removeAsset(String communityKey, String assetKey) {
        rewrite(communityKey, (s, ids) -> {
            CommunityRegister r = s.register();
            Map<String, Long> assetIds = new TreeMap<>(s.assetIds());
            assetIds.remove(assetKey);
            return new Stored(s.ref(), new CommunityRegister(r.community(), r.topology(), r.members(),
                    r.assets().stream().filter(a -> !a.key().equals(assetKey)).toList()), s.memberIds(), assetIds, s.pointIds(), s.holdings());
        });
    }

    @Override
    public void removeMember(String communityKey, String memberKey) {
        rewrite(communityKey, (s, ids) -> {
            Map<String, Long> memberIds = new TreeMap<>(s.memberIds());
            memberIds.remove(memberKey);
            Map<String, Long> pointIds = new TreeMap<>(s.pointIds());
            pointIds.keySet().removeIf(k -> k.startsWith(memberKey + "\u0000"));
            Map<String, Long> assetIds = new TreeMap<>(s.assetIds());
            s.register().assetsOf(memberKey).forEach(a -> assetIds.remove(a.key()));
            return new Stored(s.ref(), s.register().withoutMember(memberKey), memberIds, assetIds, pointIds, s.holdings());
        });
    }

    /** Hands out the store's next ids. */
    @FunctionalInterface
    private interface Ids {
        long next();
    }

    @FunctionalInterface
    private interface Change {
        Stored apply(Stored stored, Ids ids);
    }

    /** Replaces one stored community by its changed copy, its holdings recomputed; the others, and every id kept, stay. */
    private void rewrite(String communityKey, Change change) {
        locked(() -> {
            Stored current = stored(communityKey).orElseThrow();
            long[] next = {state.nextId()};
            Stored changed = change.apply(current, () -> next[0]++);
            TreeMap<String, Stored> communities = new TreeMap<>(state.communities());
            communities.put(communityKey, new Stored(changed.ref(), changed.register(), changed.memberIds(), changed.assetIds(),
                    changed.pointIds(), changed.register().holdings()));
            state = new State(communities, next[0]);
            return null;
        });
    }

    @Override
    public KeyPage<Registered<Community>> communities(Optional<String> key, KeyCursor cursor) {
        return locked(() -> page(state.communities().values().stream().filter(s -> key.map(s.ref().key()::equals).orElse(true))
                .map(s -> new Registered<>(s.ref().id(), s.ref(), s.register().community())), cursor, r -> r.item().key()));
    }

    @Override
    public Optional<Registered<Community>> community(String key) {
        return locked(() -> stored(key).map(s -> new Registered<>(s.ref().id(), s.ref(), s.register().community())));
    }

    @Override
    public List<TopologyNode> topology(String community, int from, int limit) {
        return locked(() -> stored(community).map(s -> s.register().topology().nodes()).map(nodes -> List.copyOf(
                nodes.subList(Math.min(from, nodes.size()), Math.min(nodes.size(), from + limit)))).orElse(List.of()));
    }

    @Override
    public KeyPage<Registered<Member>> members(String community, MemberFilter filter, KeyCursor cursor) {
        return locked(() -> page(members(community).filter(m -> filter.matches(m.item())), cursor, m -> m.item().key()));
    }

    @Override
    public Optional<Registered<Member>> member(String community, String memberKey) {
        return locked(() -> members(community).filter(m -> m.item().key().equals(memberKey)).findFirst());
    }

    @Override
    public List<Registered<Member>> membersByUserIds(Optional<String> community, Collection<String> userIds, boolean activeOnly) {
        return locked(() -> allMembers(community).filter(m -> userIds.contains(m.item().userId()))
                .filter(m -> !activeOnly || m.item().isActive()).toList());
    }

    @Override
    public List<Registered<Member>> ownersOf(Collection<Registered<CommunityAsset>> assets) {
        Set<String> owners = assets.stream().map(a -> a.community().key() + "/" + a.item().owner()).collect(Collectors.toSet());
        return locked(() -> allMembers(Optional.empty()).filter(m -> owners.contains(m.community().key() + "/" + m.item().key()))
                .toList());
    }

    @Override
    public List<Registered<Member>> membersByDids(Collection<String> dids, boolean activeOnly) {
        return locked(() -> allMembers(Optional.empty()).filter(m -> m.item().did().filter(dids::contains).isPresent())
                .filter(m -> !activeOnly || m.item().isActive()).toList());
    }

    @Override
    public KeyPage<Registered<HeldDeliveryPoint>> deliveryPoints(String community, DeliveryPointFilter filter, KeyCursor cursor) {
        return locked(() -> page(points(Optional.of(community), false).filter(p -> filter.matches(p.item().point()))
                .sorted(Comparator.comparing(p -> p.item().point().id())), cursor, p -> p.item().point().id()));
    }

    @Override
    public List<Registered<HeldDeliveryPoint>> deliveryPointsById(Optional<String> community, String deliveryPointId,
                                                                  boolean activeOnly) {
        return locked(() -> points(community, activeOnly).filter(p -> p.item().point().id().equals(deliveryPointId)).toList());
    }

    @Override
    public KeyPage<Registered<CommunityAsset>> assets(String community, CommunityAssetFilter filter, KeyCursor cursor) {
        return locked(() -> page(assets(Optional.of(community), false).filter(a -> filter.matches(a.item()))
                .sorted(Comparator.comparing(a -> a.item().key())), cursor, a -> a.item().key()));
    }

    @Override
    public Optional<Registered<CommunityAsset>> asset(String community, String assetKey) {
        return locked(() -> assets(Optional.of(community), false).filter(a -> a.item().key().equals(assetKey)).findFirst());
    }

    @Override
    public List<Registered<CommunityAsset>> assetsBySensorIds(Optional<String> community, Collection<String> sensorIds,
                                                              boolean activeOwnersOnly) {
        return locked(() -> assets(community, activeOwnersOnly)
                .filter(a -> a.item().sensorId().filter(sensorIds::contains).isPresent()).toList());
    }

    @Override
    public List<Registered<CommunityAsset>> assetsOfActiveUsers(Collection<String> userIds) {
        return locked(() -> {
            Set<String> owners = allMembers(Optional.empty()).filter(m -> m.item().isActive() && userIds.contains(m.item().userId()))
                    .map(m -> m.community().key() + "/" + m.item().key()).collect(Collectors.toSet());
            return assets(Optional.empty(), true).filter(a -> owners.contains(a.community().key() + "/" + a.item().owner())).toList();
        });
    }

    @Override
    public List<String> communityKeys() {
        return locked(() -> List.copyOf(state.communities().keySet()));
    }

    @Override
    public Optional<CommunityRegister> register(String community) {
        return locked(() -> stored(community).map(Stored::register));
    }

    @Override
    public List<TopologyNode> pathToRoot(String community, String nodeId) {
        return locked(() -> stored(community).filter(s -> s.register().topology().graph().containsVertex(nodeId))
                .map(s -> s.register().topology().pathToRoot(nodeId)).orElse(List.of()));
    }

    @Override
    public Optional<Downstream> downstream(String community, String nodeId) {
        return locked(() -> stored(community).filter(s -> s.register().topology().graph().containsVertex(nodeId)).map(s -> {
            GridTopology topology = s.register().topology();
            Set<String> subtree = new HashSet<>();
            topology.subtree(nodeId).forEach(n -> subtree.add(n.id()));
            List<Registered<HeldDeliveryPoint>> points = points(Optional.of(community), false)
                    .filter(p -> p.item().point().topologyNode().filter(subtree::contains).isPresent()).toList();
            List<Registered<CommunityAsset>> assets = assets(Optional.of(community), false)
                    .filter(a -> s.register().deliveryPointOf(a.item()).flatMap(p -> p.topologyNode()).filter(subtree::contains)
                            .isPresent()).toList();
            return new Downstream(topology.node(nodeId), topology.downstream(nodeId), points, assets);
        }));
    }

    private Optional<Stored> stored(String community) {
        return Optional.ofNullable(state.communities().get(community));
    }

    private Stream<Registered<Member>> members(String community) {
        return allMembers(Optional.of(community));
    }

    private Stream<Registered<Member>> allMembers(Optional<String> community) {
        return communities(community).flatMap(s -> s.register().members().stream().sorted(Comparator.comparing(Member::key))
                .map(m -> new Registered<>(s.memberIds().get(m.key()), s.ref(), m)));
    }

    private Stream<Registered<HeldDeliveryPoint>> points(Optional<String> community, boolean activeOnly) {
        return communities(community).flatMap(s -> s.register().members().stream().filter(m -> !activeOnly || m.isActive())
                .flatMap(m -> m.deliveryPoints().stream().map(p -> new Registered<>(s.pointIds().get(pointKey(m.key(), p.id())), s.ref(),
                        new HeldDeliveryPoint(m.key(), m.name(), p)))));
    }

    private static String pointKey(String member, String point) {
        return member + "\u0000" + point;
    }

    private Stream<Registered<CommunityAsset>> assets(Optional<String> community, boolean activeOwnersOnly) {
        return communities(community).flatMap(s -> {
            Set<String> active = s.register().members().stream().filter(Member::isActive).map(Member::key).collect(Collectors.toSet());
            return s.register().assets().stream().filter(a -> !activeOwnersOnly || active.contains(a.owner()))
                    .map(a -> new Registered<>(s.assetIds().get(a.key()), s.ref(), a));
        });
    }

    private Stream<Stored> communities(Optional<String> community) {
        return community.map(c -> stored(c).stream()).orElseGet(() -> state.communities().values().stream());
    }

    private static <T> KeyPage<T> page(Stream<T> ordered, KeyCursor cursor, Function<T, String> keyOf) {
        return KeyPage.of(ordered.filter(t -> cursor.after().map(after -> keyOf.apply(t).compareTo(after) > 0).orElse(true))
                .limit(cursor.limit()).toList(), cursor, keyOf);
    }
}
