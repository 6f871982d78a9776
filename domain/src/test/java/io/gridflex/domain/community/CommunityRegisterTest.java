package io.gridflex.domain.community;

import io.gridflex.domain.failure.Refusal;
import io.gridflex.domain.failure.RefusedException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridflex.domain.attribute.Attributes;
import io.gridflex.domain.community.CommunityReason;
import io.gridflex.domain.failure.InvalidValueException;
import io.gridflex.domain.topology.GridTopology;
import io.gridflex.domain.topology.TopologyNode;
import io.gridflex.domain.topology.TopologyNode.Type;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The invariants an import must keep across a whole community; each refusal names where, with its code. */
class CommunityRegisterTest {

    static final GridTopology GRID = GridTopology.of(List.of(
            new TopologyNode("AC001", Type.PRIMARY_SUBSTATION, Optional.of("North"), Optional.empty(), Optional.empty()),
            new TopologyNode("F1", Type.FEEDER, Optional.of("Feeder 1"), Optional.of("DSO-F1"), Optional.of("AC001"))), Set.of("AC001"));
    static final Community COMMUNITY = new Community("example_rec", "Example REC", Optional.empty(),
            List.of(new Area("north", "North", "AC001")), Settings.NONE, Attributes.NONE, Attributes.NONE);

    static Member member(String key, Member.Status status, String area, String deliveryNode) {
        return new Member(key, key + "@example.org", Optional.empty(), key, Optional.empty(), Member.Role.PROSUMER, area, status,
                List.of(new DeliveryPoint("IT001E" + key, DeliveryPoint.Type.POD, Optional.empty(), Optional.empty(),
                        Optional.empty(), true, Optional.ofNullable(deliveryNode))));
    }

    static CommunityAsset pv(String key, String owner, String sensor) {
        return new CommunityAsset(key, CommunityAsset.Type.PV, key, owner, Optional.ofNullable(sensor),
                Attributes.of(Map.of("rated_power", 6.0)));
    }

    static CommunityRegister register(List<Member> members, List<CommunityAsset> assets) {
        return new CommunityRegister(COMMUNITY, GRID, members, assets);
    }

    @Test
    void keeps_a_consistent_community() {
        CommunityRegister community = register(List.of(member("m1", Member.Status.ACTIVE, "north", "F1"),
                member("m2", Member.Status.INACTIVE, "north", null)), List.of(pv("pv-1", "m1", "42"), pv("pv-2", "m2", "42")));
        assertThat(community.members()).hasSize(2);
        // an inactive member's asset does not hold its sensor: the active one may
        assertThat(community.holdings().sensors()).singleElement().satisfies(h -> assertThat(h.asset()).isEqualTo("pv-1"));
        assertThat(community.deliveryPointOf(community.assets().get(0))).map(DeliveryPoint::id).contains("IT001Em1");
        assertThat(community.topology().total("AC001", community.assets(), a -> "F1", a -> a.amount("rated_power").orElse(0.0)))
                .isEqualTo(12.0);
        assertThat(AssetTotals.of(community.assets())).singleElement().satisfies(t -> {
            assertThat(t.type()).isEqualTo(CommunityAsset.Type.PV);
            assertThat(t.count()).isEqualTo(2);
            assertThat(t.sums()).containsEntry("rated_power", 12.0).containsEntry("inverter_power", 0.0);
        });
    }

    @Test
    void refuses_what_breaks_an_invariant_naming_where() {
        refused(() -> register(List.of(member("m1", Member.Status.ACTIVE, "south", null)), List.of()), CommunityReason.UNKNOWN_AREA, "m1", "south");
        refused(() -> register(List.of(member("m1", Member.Status.ACTIVE, "north", null)), List.of(pv("pv-1", "m9", null))),
                CommunityReason.UNKNOWN_OWNER, "pv-1", "m9");
        refused(() -> register(List.of(member("m1", Member.Status.ACTIVE, "north", "F7")), List.of()),
                CommunityReason.INVALID_DELIVERY_POINT, "IT001Em1", "F7");
        refused(() -> register(List.of(member("m1", Member.Status.ACTIVE, "north", null), member("m1", Member.Status.PENDING,
                "north", null)), List.of()), CommunityReason.INVALID_MEMBER, "m1", "twice");
        invalid(() -> new Member("m".repeat(129), "u", Optional.empty(), null, Optional.empty(), Member.Role.CONSUMER, "north",
                Member.Status.ACTIVE, List.of()), "key", "128");
        invalid(() -> new Member("bad key", "u", Optional.empty(), null, Optional.empty(), Member.Role.CONSUMER, "north",
                Member.Status.ACTIVE, List.of()), "key", "letters");
        invalid(() -> Member.parse(Member.Role.class, "role", "owner"), "role", "prosumer");
        invalid(() -> Member.parse(Member.Status.class, "status", "gone"), "status", "suspended");
        invalid(() -> DeliveryPoint.Type.of("type", " "), "type", "Missing");
        assertThat(DeliveryPoint.Type.of("type", "meter_point").wireName()).isEqualTo("meter_point");
        assertThat(DeliveryPoint.Type.of("type", "pod")).isEqualTo(DeliveryPoint.Type.POD);
        assertThat(new DeliveryPoint(" IT001E1\t", DeliveryPoint.Type.POD, Optional.empty(), Optional.empty(), Optional.empty(),
                true, Optional.empty()).id()).as("stored as spelled").isEqualTo(" IT001E1\t");
        assertThat(new CommunityAsset("m-1", CommunityAsset.Type.METER, null, "m1", Optional.of("\u00a0S-1\u2003"), Attributes.of(
                Map.of("meter_type", "bidirectional"))).sensorId()).as("stored trimmed, Python's whitespace").contains("S-1");
        invalid(() -> new CommunityAsset("m-1", CommunityAsset.Type.METER, null, "m1", Optional.of(" "), Attributes.of(Map.of(
                "meter_type", "bidirectional"))), "sensor_id", "missing");
        invalid(() -> new CommunityAsset("ev-1", CommunityAsset.Type.EV_CHARGER, null, "m1", Optional.empty(), Attributes.of(Map.of(
                "max_power", 11))), "charger_type", "Missing");
        invalid(() -> new CommunityAsset("s-1", CommunityAsset.Type.STORAGE, null, "m1", Optional.empty(), Attributes.of(Map.of(
                "capacity", -1))), "capacity", "at least 0");
        invalid(() -> new Settings(Optional.empty(), Optional.of("euro"), Optional.empty(), Optional.empty()), "settings.currency", "ISO");
        invalid(() -> Settings.zone("Mars/Olympus"), "settings.timezone", "Mars");
        assertThat(Member.parse(Member.Role.class, "role", "producer")).isEqualTo(Member.Role.PRODUCER);
    }

    @Test
    void reports_every_refusal_not_only_the_first() {
        assertThatThrownBy(() -> register(List.of(member("m1", Member.Status.ACTIVE, "south", null),
                member("m2", Member.Status.ACTIVE, "east", null)), List.of(pv("pv-1", "m1", "7"), pv("pv-9", "m9", "7"))))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.refusals()).extracting(Refusal::code)
                        .containsExactly(CommunityReason.UNKNOWN_AREA, CommunityReason.UNKNOWN_AREA, CommunityReason.UNKNOWN_OWNER));
    }

    private static void refused(Runnable build, CommunityReason code, String... named) {
        assertThatThrownBy(build::run).isInstanceOfSatisfying(RefusedException.class, e -> {
            assertThat(e.first().code()).isEqualTo(code);
            assertThat(e.first().detail()).contains(named);
        });
    }

    private static void invalid(Runnable build, String field, String reason) {
        assertThatThrownBy(build::run).isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.reason()).contains(reason);
        });
    }
}
