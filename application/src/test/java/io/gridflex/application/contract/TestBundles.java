package io.gridflex.application.contract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Community bundles (rec-registry format 1.0, schema 0.7) as the registry API receives them, for
 * the tests of that API and of its bundle reader: one area "north" on the primary substation AC001
 * with two feeders; members each with a delivery point on a feeder, a PV plant and a meter holding
 * sensor "S-&lt;member&gt;". The same community typed, for the use cases: {@link TestCommunities}.
 */
public final class TestBundles {

    private TestBundles() {
    }

    /** A community with members m01 … m&lt;n&gt;, all active prosumers of area "north". */
    public static Map<String, Object> community(String key, int members) {
        Map<String, Object> bundle = new LinkedHashMap<>();
        bundle.put("version", "1.0");
        bundle.put("schema_version", "0.7");
        bundle.put("metadata", Map.of("created", "2026-01-15", "updated_by", "tests"));
        Map<String, Object> community = new LinkedHashMap<>();
        community.put("id", key);
        community.put("name", "Community " + key);
        community.put("description", "A renewable energy community");
        community.put("legal", Map.of("name", "REC " + key, "vat", "IT0123456789"));
        community.put("contact", Map.of("email", "info@example.org"));
        community.put("settings", Map.of("timezone", "Europe/Rome", "currency", "EUR", "energy_unit", "kWh", "power_unit", "kW"));
        community.put("operators", Map.of("dso", Map.of("name", "Example DSO", "country", "IT")));
        community.put("areas", new LinkedHashMap<>(Map.of("north", area("AC001"))));
        List<Object> topology = new ArrayList<>();
        topology.add(node("AC001", "primary_substation", null));
        topology.add(node("SS1", "secondary_substation", "AC001"));
        topology.add(node("F1", "feeder", "SS1"));
        topology.add(node("F2", "feeder", "SS1"));
        community.put("topology", topology);
        bundle.put("community", community);
        Map<String, Object> memberMap = new LinkedHashMap<>();
        for (int i = 1; i <= members; i++) {
            String m = String.format("m%02d", i);
            memberMap.put(m, member(key, m, i % 2 == 1 ? "F1" : "F2"));
        }
        bundle.put("members", memberMap);
        return bundle;
    }

    public static Map<String, Object> area(String substation) {
        Map<String, Object> area = new LinkedHashMap<>();
        area.put("name", "Area " + substation);
        area.put("boundary", Map.of("source", "gse_cabine_primarie", "id", substation));
        area.put("topology", List.of(substation));
        return area;
    }

    public static Map<String, Object> node(String id, String type, String parent) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("id", id);
        node.put("type", type);
        node.put("name", "Node " + id);
        if (parent != null) {
            node.put("parent", parent);
        }
        return node;
    }

    public static Map<String, Object> member(String community, String key, String feeder) {
        Map<String, Object> member = new LinkedHashMap<>();
        member.put("user_id", community + "-" + key);
        member.put("name", "Member " + key);
        member.put("type", "schema:Person");
        member.put("role", "prosumer");
        member.put("area", "north");
        member.put("status", "active");
        member.put("delivery_points", new ArrayList<>(List.of(new LinkedHashMap<>(Map.of("id", "IT001E" + community + key, "type",
                "pod", "active", true, "topology_node", feeder)))));
        Map<String, Object> assets = new LinkedHashMap<>();
        assets.put("pv", new LinkedHashMap<>(Map.of("pv-" + key, new LinkedHashMap<>(Map.of("name", "Rooftop PV",
                "rated_power", 6.0, "panel_type", "monocrystalline")))));
        assets.put("meter", new LinkedHashMap<>(Map.of("meter-" + key, new LinkedHashMap<>(Map.of("name", "Main meter",
                "sensor_id", "S-" + community + "-" + key, "meter_type", "bidirectional", "pod", "IT001E" + community + key)))));
        member.put("assets", assets);
        return member;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> memberOf(Map<String, Object> bundle, String key) {
        return (Map<String, Object>) ((Map<String, Object>) bundle.get("members")).get(key);
    }
}
