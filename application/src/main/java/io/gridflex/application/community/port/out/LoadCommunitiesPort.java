package io.gridflex.application.community.port.out;

import io.gridflex.application.community.query.CommunityAssetFilter;
import io.gridflex.application.community.query.DeliveryPointFilter;
import io.gridflex.application.community.query.Downstream;
import io.gridflex.application.community.query.HeldDeliveryPoint;
import io.gridflex.application.community.query.MemberFilter;
import io.gridflex.application.community.query.Registered;

import io.gridflex.application.page.KeyCursor;
import io.gridflex.application.page.KeyPage;
import io.gridflex.domain.community.Community;
import io.gridflex.domain.community.CommunityAsset;
import io.gridflex.domain.community.CommunityRegister;
import io.gridflex.domain.community.Member;
import io.gridflex.domain.topology.TopologyNode;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Reads the registry. Listings are pages ordered by key; lookups across communities answer every
 * match (the caller judges ambiguity), and only active members' rows where {@code activeOnly}.
 */
public interface LoadCommunitiesPort {

    KeyPage<Registered<Community>> communities(Optional<String> key, KeyCursor cursor);

    Optional<Registered<Community>> community(String key);

    /**
     * Up to {@code limit} nodes of the community's grid from position {@code from}, in the order the
     * grid was given; empty past its end or for an unknown community.
     */
    List<TopologyNode> topology(String community, int from, int limit);

    KeyPage<Registered<Member>> members(String community, MemberFilter filter, KeyCursor cursor);

    Optional<Registered<Member>> member(String community, String memberKey);

    /** Members with these user ids, in one community or (empty) in all. */
    List<Registered<Member>> membersByUserIds(Optional<String> community, Collection<String> userIds, boolean activeOnly);

    /** The members owning these assets. */
    List<Registered<Member>> ownersOf(Collection<Registered<CommunityAsset>> assets);

    List<Registered<Member>> membersByDids(Collection<String> dids, boolean activeOnly);

    /** Ordered by delivery point id. */
    KeyPage<Registered<HeldDeliveryPoint>> deliveryPoints(String community, DeliveryPointFilter filter, KeyCursor cursor);

    List<Registered<HeldDeliveryPoint>> deliveryPointsById(Optional<String> community, String deliveryPointId,
                                                           boolean activeOnly);

    KeyPage<Registered<CommunityAsset>> assets(String community, CommunityAssetFilter filter, KeyCursor cursor);

    Optional<Registered<CommunityAsset>> asset(String community, String assetKey);

    /** Assets holding these sensors, in one community or (empty) in all. */
    List<Registered<CommunityAsset>> assetsBySensorIds(Optional<String> community, Collection<String> sensorIds,
                                                       boolean activeOwnersOnly);

    /** The assets of the active members with these user ids, across communities. */
    List<Registered<CommunityAsset>> assetsOfActiveUsers(Collection<String> userIds);

    /** Keys of every community, in order: what an export walks. */
    List<String> communityKeys();

    /** A whole community, for export. */
    Optional<CommunityRegister> register(String community);

    /** The node and every node up to its root; empty for an unknown node. */
    List<TopologyNode> pathToRoot(String community, String nodeId);

    /** What lies below a node; empty for an unknown node. */
    Optional<Downstream> downstream(String community, String nodeId);
}
