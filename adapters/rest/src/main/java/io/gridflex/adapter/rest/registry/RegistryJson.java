package io.gridflex.adapter.rest.registry;

import io.gridflex.adapter.rest.error.RegistryApiErrors;
import io.gridflex.application.community.port.in.Holding;
import io.gridflex.application.community.port.in.ImportReport;
import io.gridflex.application.community.query.CommunityRef;
import io.gridflex.application.community.query.HeldDeliveryPoint;
import io.gridflex.application.community.query.Registered;
import io.gridflex.application.page.KeyPage;
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
import java.util.function.Function;

/**
 * The registry's records as its clients read them (rec-registry's field names). Plain maps rather
 * than DTO classes: the shapes nest the bundle's free-form parts (legal, an asset's type fields),
 * which a fixed class would have to re-spell.
 */
final class RegistryJson {

    private RegistryJson() {
    }

    static <T> Map<String, Object> page(KeyPage<T> page, Function<T, Map<String, Object>> item) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", page.items().stream().map(item).toList());
        body.put("next_cursor", page.nextCursor().orElse(null));
        return body;
    }

    static Map<String, Object> ref(CommunityRef ref) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("id", ref.id());
        c.put("key", ref.key());
        c.put("name", ref.name());
        return c;
    }

    static Map<String, Object> community(Registered<Community> registered) {
        Community community = registered.item();
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("id", registered.id());
        c.put("key", community.key());
        c.put("name", community.name());
        c.put("description", community.description().orElse(null));
        c.put("areas", community.areas().stream().map(RegistryJson::area).toList());
        for (String part : List.of("legal", "links", "contact", "operators")) {
            c.put(part, community.details().values().getOrDefault(part, Map.of()));
        }
        Map<String, Object> settings = new LinkedHashMap<>();
        for (String field : List.of("timezone", "currency", "energy_unit", "power_unit")) {
            settings.put(field, null); // every setting shown, null where the community has none
        }
        settings.putAll(community.settings().fields());
        c.put("settings", settings);
        return c;
    }

    static Map<String, Object> communityDetail(Registered<Community> registered, List<TopologyNode> topology) {
        Map<String, Object> c = community(registered);
        c.put("topology", topology.stream().map(RegistryJson::node).toList());
        return c;
    }

    static Map<String, Object> area(Area area) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("key", area.key());
        a.put("name", area.name());
        Map<String, Object> boundary = new LinkedHashMap<>();
            boundary.put("source", Area.BOUNDARY_SOURCE);
            boundary.put("id", area.boundaryId());
            a.put("boundary", boundary);
        a.put("topology", List.of(area.boundaryId()));
        Map<String, Object> location = null;
        if (area.location().latitude().isPresent() && area.location().longitude().isPresent()) {
            location = Map.of("lat", area.location().latitude().get(), "lon", area.location().longitude().get());
        }
        a.put("location", location);
        return a;
    }

    static Map<String, Object> node(TopologyNode node) {
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("id", node.id());
        n.put("type", node.type().wireName());
        n.put("name", node.name());
        n.put("operator_id", node.operatorId().orElse(null));
        n.put("parent", node.parent().orElse(null));
        return n;
    }

    /** A member in short: what the lookups answer. */
    static Map<String, Object> memberRef(Registered<Member> registered) {
        Member member = registered.item();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", registered.id());
        m.put("key", member.key());
        m.put("user_id", member.userId());
        m.put("name", member.name());
        m.put("role", member.role().wireName());
        m.put("status", member.status().wireName());
        return m;
    }

    static Map<String, Object> member(Registered<Member> registered) {
        Member member = registered.item();
        Map<String, Object> m = memberRef(registered);
        m.put("did", member.did().orElse(null));
        m.put("type", member.type().orElse(null));
        m.put("area", member.area());
        m.put("community_key", registered.community().key());
        m.put("delivery_points", member.deliveryPoints().stream().map(RegistryJson::point).toList());
        return m;
    }

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

    static Map<String, Object> heldPoint(Registered<HeldDeliveryPoint> registered) {
        Map<String, Object> p = point(registered.item().point());
        p.put("member_key", registered.item().memberKey());
        p.put("community_key", registered.community().key());
        return p;
    }

    /** An asset in short: what the community lookups answer. */
    static Map<String, Object> assetRef(Registered<CommunityAsset> registered) {
        CommunityAsset asset = registered.item();
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("id", registered.id());
        a.put("key", asset.key());
        a.put("asset_type", asset.type().wireName());
        a.put("name", asset.name());
        a.put("sensor_id", asset.sensorId().orElse(null));
        return a;
    }

    static Map<String, Object> asset(Registered<CommunityAsset> registered) {
        Map<String, Object> a = assetRef(registered);
        a.put("owner_key", registered.item().owner());
        a.put("community_key", registered.community().key());
        a.put("properties", registered.item().properties().values());
        return a;
    }

    /** A meter, as the meters listing shows it: with its delivery point (POD) and what it measures. */
    static Map<String, Object> meter(Registered<CommunityAsset> registered) {
        Map<String, Object> m = assetRef(registered);
        m.put("owner_key", registered.item().owner());
        m.put("pod", registered.item().pod().orElse(null));
        m.put("meter_type", registered.item().properties().values().get("meter_type"));
        m.put("protocol", registered.item().properties().values().get("protocol"));
        return m;
    }

    /** An asset found by a lookup: the asset whole, its owner, its community. */
    static Map<String, Object> heldAsset(Holding<CommunityAsset> holding) {
        Map<String, Object> a = asset(holding.held().orElseThrow());
        a.put("owner_user_id", holding.member().item().userId());
        a.put("community", ref(holding.member().community()));
        return a;
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
