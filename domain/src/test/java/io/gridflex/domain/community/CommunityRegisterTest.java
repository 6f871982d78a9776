package io.gridflex.domain.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridflex.domain.attribute.Attributes;
import io.gridflex.domain.invariant.InvalidValueException;
import io.gridflex.domain.topology.GridTopology;
import io.gridflex.domain.topology.TopologyNode;
import io.gridflex.domain.topology.TopologyNode.Type;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The invariants an import must keep across a whole community; each refusal names where. */
class CommunityRegisterTest {

    static final GridTopology GRID = GridTopology.of(List.of(
            new TopologyNode("AC001", Type.PRIMARY_SUBSTATION, "North", Optional.empty(), Optional.empty()),
            new TopologyNode("F1", Type.FEEDER, "Feeder 1", Optional.of("DSO-F1"), Optional.of("AC001"))), Set.of("AC001"));
    static final List<Area> AREAS = List.of(new Area("north", "North", "AC001"));

    static Member member(String key, Member.Status status, String area, String deliveryNode) {
        return new Member(key, key + "@example.org", key, Member.Role.PROSUMER, area, status,
                List.of(new DeliveryPoint("IT001E" + key, DeliveryPoint.Type.POD, Optional.empty(), Optional.empty(),
                        Optional.empty(), true, Optional.ofNullable(deliveryNode))));
    }

    static CommunityAsset pv(String key, String owner, String sensor) {
        return new CommunityAsset(key, CommunityAsset.Type.PV, key, owner, Optional.ofNullable(sensor),
                Attributes.of(Map.of("capacity_kwp", 6.0)));
    }

    static CommunityRegister register(List<Member> members, List<CommunityAsset> assets) {
        return new CommunityRegister("example_rec", "Example REC", AREAS, GRID, members, assets);
    }

    @Test
    void keeps_a_consistent_community() {
        CommunityRegister community = register(List.of(member("m1", Member.Status.ACTIVE, "north", "F1"),
                member("m2", Member.Status.INACTIVE, "north", null)), List.of(pv("pv-1", "m1", "42"), pv("pv-2", "m2", "42")));
        assertThat(community.members()).hasSize(2);
        // an inactive member's asset does not hold its sensor: the active one may
        assertThat(community.assets()).extracting(CommunityAsset::sensorId).containsOnly(Optional.of("42"));
        assertThat(community.topology().total("AC001", community.assets(), a -> "F1",
                a -> ((Number) a.properties().values().get("capacity_kwp")).doubleValue())).isEqualTo(12.0);
    }

    @Test
    void refuses_what_breaks_an_invariant_naming_where() {
        refused(() -> register(List.of(member("m1", Member.Status.ACTIVE, "south", null)), List.of()), "members.m1.area", "south");
        refused(() -> register(List.of(member("m1", Member.Status.ACTIVE, "north", null), member("m2", Member.Status.ACTIVE,
                "north", null)), List.of(pv("pv-1", "m1", "42"), pv("pv-2", "m2", " 42 "))), "assets.pv-2.sensor_id", "pv-1");
        refused(() -> register(List.of(member("m1", Member.Status.ACTIVE, "north", null)), List.of(pv("pv-1", "m9", null))),
                "assets.pv-1.owner", "m9");
        refused(() -> register(List.of(member("m1", Member.Status.ACTIVE, "north", "F7")), List.of()),
                "members.m1.delivery_points.IT001Em1.topology_node", "F7");
        refused(() -> register(List.of(member("m1", Member.Status.ACTIVE, "north", null), member("m1", Member.Status.PENDING,
                "north", null)), List.of()), "members", "twice");
        refused(() -> new Member("m".repeat(129), "u", null, Member.Role.CONSUMER, "north", Member.Status.ACTIVE, List.of()),
                "key", "128");
        refused(() -> new Member("bad key", "u", null, Member.Role.CONSUMER, "north", Member.Status.ACTIVE, List.of()),
                "key", "letters");
        refused(() -> Member.parse(Member.Role.class, "role", "owner"), "role", "prosumer");
        refused(() -> Member.parse(Member.Status.class, "status", "gone"), "status", "suspended");
        refused(() -> DeliveryPoint.Type.of("type", "meter"), "type", "pod");
        assertThat(Member.parse(Member.Role.class, "role", "producer")).isEqualTo(Member.Role.PRODUCER);
    }

    private static void refused(Runnable build, String field, String reason) {
        assertThatThrownBy(build::run).isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.reason()).contains(reason);
        });
    }
}
