package io.gridflex.adapter.rest.registry;

import io.gridflex.adapter.rest.error.RegistryApiErrors;
import io.gridflex.application.community.port.in.GetOwnMembershipUseCase.Membership;
import io.gridflex.application.community.port.in.Holding;
import io.gridflex.application.community.port.in.ImportReport;
import io.gridflex.application.community.query.CommunityRef;
import io.gridflex.application.community.query.HeldDeliveryPoint;
import io.gridflex.application.community.query.Registered;
import io.gridflex.application.page.KeyPage;
import io.gridflex.domain.account.User;
import io.gridflex.domain.community.Area;
import io.gridflex.domain.community.AssetTotals;
import io.gridflex.domain.community.Community;
import io.gridflex.domain.community.CommunityAsset;
import io.gridflex.domain.community.DeliveryPoint;
import io.gridflex.domain.community.Member;
import io.gridflex.domain.topology.TopologyNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The registry's records as its clients read them: rec-registry 1.7.0's published shapes (its
 * OpenAPI document's schemas, named beside each method), ids as strings. Plain maps rather than
 * DTO classes: the shapes nest the bundle's free-form parts (legal, an asset's type fields), which
 * a fixed class would have to re-spell. gridflex's extensions: a delivery point's
 * {@code topology_node}, a member's {@code type}, a meter's {@code protocol}.
 */
final class RegistryJson {

    /** The parts of a community the reference answers under their own names; the rest of its details are {@code extra}. */
    private static final List<String> COMMUNITY_PARTS = List.of("legal", "links", "contact");
    /** An asset's parts the reference answers beside its type fields rather than among them. */
    private static final List<String> ASSET_PARTS = List.of("device", "relationships");

    private RegistryJson() {
    }

    /** {@code PaginatedResponse_*}. */
    static <T> Map<String, Object> page(KeyPage<T> page, Function<T, Map<String, Object>> item) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", page.items().stream().map(item).toList());
        body.put("next_cursor", page.nextCursor().orElse(null));
        return body;
    }

    /** {@code {items, total}}: the caller's own assets or delivery points. */
    static <T> Map<String, Object> all(List<T> items, Function<T, Map<String, Object>> item) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", items.stream().map(item).toList());
        body.put("total", items.size());
        return body;
    }

    /** {@code CommunityRef}. */
    static Map<String, Object> ref(CommunityRef ref) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("id", Long.toString(ref.id()));
        c.put("key", ref.key());
        c.put("name", ref.name());
        return c;
    }

    /** {@code CommunityListItem}. */
    static Map<String, Object> community(Registered<Community> registered) {
        Community community = registered.item();
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("id", Long.toString(registered.id()));
        c.put("key", community.key());
        c.put("name", community.name());
        c.put("description", community.description().orElse(null));
        c.put("areas", areas(community));
        return c;
    }

    /** {@code CommunityDetail}, or {@code UserCommunityDetail} without its id: the community whole but for its grid. */
    private static Map<String, Object> described(Community community) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("key", community.key());
        c.put("name", community.name());
        c.put("description", community.description().orElse(null));
        Map<String, Object> details = community.details().values();
        for (String part : COMMUNITY_PARTS) {
            c.put(part, details.getOrDefault(part, Map.of()));
        }
        Map<String, Object> settings = new LinkedHashMap<>();
        for (String field : List.of("timezone", "currency", "energy_unit", "power_unit")) {
            settings.put(field, null); // every setting shown, null where the community has none
        }
        settings.putAll(community.settings().fields());
        c.put("settings", settings);
        c.put("areas", areas(community));
        Map<String, Object> extra = new LinkedHashMap<>(details);
        COMMUNITY_PARTS.forEach(extra::remove);
        c.put("extra", extra);
        return c;
    }

    /** {@code CommunityDetail} but for {@code topology}, which the caller streams after it. */
    static Map<String, Object> communityDetail(Registered<Community> registered) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("id", Long.toString(registered.id()));
        c.putAll(described(registered.item()));
        return c;
    }

    /** {@code UserCommunityDetail} but for {@code topology}: the caller's community and its place in it. */
    static Map<String, Object> ownCommunity(Membership membership) {
        Map<String, Object> c = described(membership.community().item());
        c.put("your_area", membership.member().item().area());
        c.put("your_role", membership.member().item().role().wireName());
        return c;
    }

    /** The areas keyed by area key, as the bundle writes them. */
    private static Map<String, Object> areas(Community community) {
        Map<String, Object> areas = new LinkedHashMap<>();
        community.areas().forEach(area -> areas.put(area.key(), area(area)));
        return areas;
    }

    /** {@code Area}. */
    static Map<String, Object> area(Area area) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("name", area.name());
        Map<String, Object> boundary = new LinkedHashMap<>();
        boundary.put("source", Area.BOUNDARY_SOURCE);
        boundary.put("id", area.boundaryId());
        a.put("boundary", boundary);
        a.put("topology", List.of(area.boundaryId()));
        Map<String, Object> location = null;
        if (area.location().latitude().isPresent() && area.location().longitude().isPresent()) {
            location = new LinkedHashMap<>();
            location.put("lat", area.location().latitude().get());
            location.put("lon", area.location().longitude().get());
        }
        a.put("location", location);
        return a;
    }

    /** {@code TopologyNode}. */
    static Map<String, Object> node(TopologyNode node) {
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("id", node.id());
        n.put("type", node.type().wireName());
        n.put("name", node.name().orElse(null));
        n.put("operator_id", node.operatorId().orElse(null));
        n.put("parent", node.parent().orElse(null));
        return n;
    }

    /** {@code MemberInCommunity}: a member in short, as the community lookups answer it. */
    static Map<String, Object> memberInCommunity(Registered<Member> registered) {
        Member member = registered.item();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", Long.toString(registered.id()));
        m.put("key", member.key());
        m.put("user_id", member.userId());
        m.put("name", member.name());
        m.put("role", member.role().wireName());
        m.put("status", member.status().wireName());
        return m;
    }

    /** {@code MemberRef}: who holds a delivery point. */
    static Map<String, Object> memberRef(Member member) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", member.key());
        m.put("user_id", member.userId());
        m.put("name", member.name());
        m.put("role", member.role().wireName());
        return m;
    }

    /** {@code MemberListItem}. */
    static Map<String, Object> memberItem(Registered<Member> registered) {
        Member member = registered.item();
        Map<String, Object> m = memberInCommunity(registered);
        m.put("did", member.did().orElse(null));
        m.put("area", member.area());
        m.put("delivery_points_count", member.deliveryPoints().size());
        return m;
    }

    /** {@code MemberDetail}. */
    static Map<String, Object> member(Registered<Member> registered) {
        Member member = registered.item();
        Map<String, Object> m = memberInCommunity(registered);
        m.put("did", member.did().orElse(null));
        m.put("type", member.type().orElse(null));
        m.put("area", member.area());
        m.put("delivery_points", points(member));
        return m;
    }

    /** {@code GlobalMemberLookup}: the member whole, with its community's key and name. */
    static Map<String, Object> memberWithCommunity(Registered<Member> registered) {
        Map<String, Object> m = member(registered);
        m.put("community_key", registered.community().key());
        m.put("community_name", registered.community().name());
        return m;
    }

    /** {@code UserMemberSummary}. */
    static Map<String, Object> ownMemberSummary(Member member) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", member.key());
        m.put("name", member.name());
        m.put("role", member.role().wireName());
        m.put("status", member.status().wireName());
        m.put("area", member.area());
        m.put("did", member.did().orElse(null));
        return m;
    }

    /** {@code UserMemberDetail}: the caller's own member, without the ids the registry keeps to itself. */
    static Map<String, Object> ownMember(Member member) {
        Map<String, Object> m = ownMemberSummary(member);
        m.put("type", member.type().orElse(null));
        m.put("delivery_points", points(member));
        return m;
    }

    /** {@code UserMeResponse}: the caller's profile, and its membership where it is an active member (else null). */
    static Map<String, Object> profile(User user, Optional<Membership> membership, Map<String, Integer> assetCounts) {
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("sub", Long.toString(user.id().value()));
        profile.put("preferred_username", user.username());
        profile.put("email", user.email().value());
        profile.put("name", user.username());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("profile", profile);
        body.put("membership", membership.map(own -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("member", ownMemberSummary(own.member().item()));
            Community community = own.community().item();
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("key", community.key());
            c.put("name", community.name());
            c.put("description", community.description().orElse(null));
            m.put("community", c);
            m.put("assets_count", new TreeMap<>(assetCounts));
            m.put("delivery_points_count", own.member().item().deliveryPoints().size());
            return m;
        }).orElse(null));
        return body;
    }

    private static List<Map<String, Object>> points(Member member) {
        return member.deliveryPoints().stream().map(RegistryJson::point).toList();
    }

    /** {@code DeliveryPointsResponse}: a member's delivery points. */
    static Map<String, Object> deliveryPoints(Member member) {
        return Map.of("delivery_points", points(member));
    }

    /** {@code DeliveryPoint}, with our extension {@code topology_node}. */
    static Map<String, Object> point(DeliveryPoint point) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", point.id());
        p.put("type", point.type().wireName());
        p.put("description", point.description().orElse(null));
        p.put("address", point.address().orElse(null));
        p.put("tariff", point.tariff().orElse(null));
        p.put("active", point.active());
        p.put("topology_node", point.topologyNode().orElse(null));
        return p;
    }

    /** {@code DeliveryPointWithOwner}: a community's delivery point with the member holding it. */
    static Map<String, Object> heldPoint(Registered<HeldDeliveryPoint> registered) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", registered.item().point().id());
        p.put("key", registered.item().point().id());
        p.putAll(point(registered.item().point()));
        p.put("member_key", registered.item().memberKey());
        p.put("member_name", registered.item().memberName());
        return p;
    }

    /** {@code DeliveryPointLookup}: one delivery point of a community and the member holding it. */
    static Map<String, Object> pointWithHolder(Holding<HeldDeliveryPoint> holding) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("delivery_point", point(holding.held().orElseThrow().item().point()));
        body.put("member", memberRef(holding.member().item()));
        return body;
    }

    /** {@code AssetRef}: an asset in short, as the community lookups answer it. */
    static Map<String, Object> assetRef(Registered<CommunityAsset> registered) {
        CommunityAsset asset = registered.item();
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("id", Long.toString(registered.id()));
        a.put("key", asset.key());
        a.put("asset_type", asset.type().wireName());
        a.put("name", asset.name());
        a.put("sensor_id", asset.sensorId().orElse(null));
        return a;
    }

    /** {@code AssetListItem}. */
    static Map<String, Object> assetItem(Holding<CommunityAsset> holding) {
        Registered<CommunityAsset> registered = holding.held().orElseThrow();
        Map<String, Object> a = assetRef(registered);
        a.put("owner_key", registered.item().owner());
        a.put("owner_user_id", holding.member().item().userId());
        a.put("device_type", part(registered.item(), "device").get("type"));
        return a;
    }

    /** {@code AssetDetail}: type fields under {@code properties}, {@code device} and {@code relationships} beside them. */
    static Map<String, Object> asset(Holding<CommunityAsset> holding) {
        Registered<CommunityAsset> registered = holding.held().orElseThrow();
        Map<String, Object> a = assetRef(registered);
        a.put("owner_key", registered.item().owner());
        a.put("owner_user_id", holding.member().item().userId());
        a.putAll(described(registered.item()));
        return a;
    }

    /** {@code GlobalAssetLookup}: the asset whole, its owner, its community's key and name. */
    static Map<String, Object> assetWithCommunity(Holding<CommunityAsset> holding) {
        Map<String, Object> a = asset(holding);
        a.put("community_key", holding.member().community().key());
        a.put("community_name", holding.member().community().name());
        return a;
    }

    /** {@code UserAsset}/{@code UserAssetDetail}: the caller's own asset, without ids. */
    static Map<String, Object> ownAsset(Registered<CommunityAsset> registered) {
        CommunityAsset asset = registered.item();
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("key", asset.key());
        a.put("asset_type", asset.type().wireName());
        a.put("name", asset.name());
        a.put("sensor_id", asset.sensorId().orElse(null));
        a.putAll(described(asset));
        return a;
    }

    private static Map<String, Object> described(CommunityAsset asset) {
        Map<String, Object> properties = new LinkedHashMap<>(asset.properties().values());
        ASSET_PARTS.forEach(properties::remove);
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("properties", properties);
        for (String part : ASSET_PARTS) {
            a.put(part, part(asset, part));
        }
        return a;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> part(CommunityAsset asset, String part) {
        return asset.properties().values().get(part) instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    /** {@code MeterListItem}, with our extension {@code protocol}. */
    static Map<String, Object> meter(Holding<CommunityAsset> holding) {
        Registered<CommunityAsset> registered = holding.held().orElseThrow();
        Map<String, Object> m = assetRef(registered);
        m.put("owner_key", registered.item().owner());
        m.put("owner_user_id", holding.member().item().userId());
        m.put("pod", registered.item().pod().orElse(null));
        m.put("meter_type", registered.item().properties().values().get("meter_type"));
        m.put("protocol", registered.item().properties().values().get("protocol"));
        m.put("device", part(registered.item(), "device"));
        return m;
    }

    static Map<String, Object> report(ImportReport report) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("community_key", report.communityKey());
        r.put("dry_run", report.dryRun());
        r.put("deleted", new LinkedHashMap<>(report.deleted()));
        r.put("inserted", new LinkedHashMap<>(report.inserted()));
        r.put("warnings", report.warnings());
        r.put("refusals", report.refusals().stream().map(f -> Map.of("code", RegistryApiErrors.code(f.code()), "detail", f.detail())).toList());
        return r;
    }

    /** Our extension, for the downstream report: assets with their owner's key, sums by type. */
    static Map<String, Object> downstreamAsset(Registered<CommunityAsset> registered) {
        Map<String, Object> a = assetRef(registered);
        a.put("owner_key", registered.item().owner());
        a.putAll(described(registered.item()));
        return a;
    }

    static Map<String, Object> totals(List<AssetTotals> totals) {
        Map<String, Object> t = new LinkedHashMap<>();
        for (AssetTotals total : totals) {
            Map<String, Object> type = new LinkedHashMap<>();
            type.put("count", total.count());
            type.putAll(total.sums());
            t.put(total.type().wireName(), type);
        }
        return t;
    }
}
