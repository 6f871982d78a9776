package io.gridflex.domain.community;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridflex.domain.attribute.Attributes;
import io.gridflex.domain.failure.Refusal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** rec-registry's holding rules: who holds a sensor or a delivery point, and what that refuses. */
class HoldingsTest {

    static Member member(String key, Member.Status status, String... points) {
        return new Member(key, key + "@example.org", Optional.empty(), key, Optional.empty(), Member.Role.PROSUMER, "north", status,
                List.of(points).stream().map(p -> new DeliveryPoint(p, DeliveryPoint.Type.POD, Optional.empty(), Optional.empty(),
                        Optional.empty(), true, Optional.empty())).toList());
    }

    static CommunityAsset meter(String key, String owner, String sensor, String pod) {
        Map<String, Object> properties = pod == null ? Map.of("meter_type", "consumption") : Map.of("meter_type", "consumption", "pod", pod);
        return new CommunityAsset(key, CommunityAsset.Type.METER, key, owner, Optional.of(sensor), Attributes.of(properties));
    }

    static List<Refusal> refusals(List<Member> members, List<CommunityAsset> assets, Holdings.Elsewhere elsewhere) {
        return Holdings.of(members, assets).refusals(elsewhere);
    }

    @Test
    void compares_ids_trimmed_of_pythons_whitespace_delivery_points_also_case_folded() {
        assertThat(Holdings.deliveryPointKey("  IT001E00000001 ")).contains("it001e00000001");
        assertThat(Holdings.deliveryPointKey("\tit001e00000001\n")).contains("it001e00000001");
        assertThat(Holdings.deliveryPointKey("\u00a0IT001E00000001\u2003\r")).contains("it001e00000001");
        assertThat(Holdings.deliveryPointKey("\u00a0 \t")).isEmpty();
        assertThat(Holdings.deliveryPointKey(null)).isEmpty();
        assertThat(Holdings.sensorKey("\u00a0SEN-1\u202f")).contains("SEN-1");
        assertThat(Holdings.sensorKey("sen-1")).as("sensor ids keep their case").contains("sen-1");
        assertThat(Whitespace.strip("\u001c\u0085x\u3000\u205f")).isEqualTo("x");
        assertThat(Whitespace.strip("\u200bx")).as("a zero-width space is no whitespace to Python").isEqualTo("\u200bx");
    }

    @Test
    void two_active_holders_of_one_point_in_any_spelling_are_refused_naming_the_members_not_the_point() {
        List<Refusal> refused = refusals(List.of(member("ex-00001", Member.Status.ACTIVE, "IT001E00000001"),
                member("ex-00002", Member.Status.ACTIVE, "\u00a0it001e00000001 ")), List.of(), Holdings.Elsewhere.NOTHING);
        assertThat(refused).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo(CommunityReason.DELIVERY_POINT_HELD);
            assertThat(r.detail()).isEqualTo("one delivery point is held by several active members: member 'ex-00001', member 'ex-00002'");
        });
    }

    @Test
    void only_active_members_hold_so_a_released_member_beside_the_new_occupant_is_no_clash() {
        for (Member.Status status : List.of(Member.Status.INACTIVE, Member.Status.PENDING, Member.Status.SUSPENDED)) {
            assertThat(refusals(List.of(member("ex-00001", Member.Status.ACTIVE, "OLD"), member("ex-00008", status, "OLD")),
                    List.of(meter("meter-8", "ex-00008", "SEN-1", "OLD"), meter("meter-1", "ex-00001", "SEN-1", null)),
                    new Holdings.Elsewhere(Set.of("SEN-1"), Set.of("old")))).as(status.wireName())
                    .extracting(Refusal::code).containsExactly(CommunityReason.SENSOR_HELD, CommunityReason.DELIVERY_POINT_HELD);
            assertThat(refusals(List.of(member("ex-00008", status, "OLD")), List.of(meter("meter-8", "ex-00008", "SEN-1", "OLD")),
                    new Holdings.Elsewhere(Set.of("SEN-1"), Set.of("old")))).as("held elsewhere, but not by " + status.wireName())
                    .isEmpty();
        }
    }

    @Test
    void a_point_or_sensor_held_in_another_community_is_refused_unnamed() {
        List<Refusal> refused = refusals(List.of(member("ex-00009", Member.Status.ACTIVE, " old ")),
                List.of(meter("meter-ex-00009", "ex-00009", "SEN-1", null)), new Holdings.Elsewhere(Set.of("SEN-1"), Set.of("old")));
        assertThat(refused).extracting(Refusal::code).containsExactly(CommunityReason.SENSOR_HELD, CommunityReason.DELIVERY_POINT_HELD);
        assertThat(refused.get(0).detail()).isEqualTo("member 'ex-00009' (asset 'meter-ex-00009'): the sensor is already held by an "
                + "active member of another community");
        assertThat(refused.get(1).detail()).isEqualTo("member 'ex-00009': a delivery point is already held by an active member of "
                + "another community");
        assertThat(refused).extracting(Refusal::detail).noneMatch(d -> d.contains("SEN-1") || d.toLowerCase().contains("old"));
    }

    @Test
    void sensors_compare_trimmed_and_case_sensitive() {
        List<Member> members = List.of(member("ex-00001", Member.Status.ACTIVE), member("ex-00002", Member.Status.ACTIVE));
        assertThat(refusals(members, List.of(meter("meter-ex-00001", "ex-00001", "SEN-1", null),
                meter("meter-ex-00002", "ex-00002", " SEN-1\u00a0", null)), Holdings.Elsewhere.NOTHING)).singleElement()
                .satisfies(r -> {
                    assertThat(r.code()).isEqualTo(CommunityReason.SENSOR_HELD);
                    assertThat(r.detail()).isEqualTo("one sensor is held by several active members: member 'ex-00001' (asset "
                            + "'meter-ex-00001'), member 'ex-00002' (asset 'meter-ex-00002')");
                });
        assertThat(refusals(members, List.of(meter("meter-ex-00001", "ex-00001", "SEN-1", null),
                meter("meter-ex-00002", "ex-00002", "sen-1", null)), Holdings.Elsewhere.NOTHING)).isEmpty();
    }

    @Test
    void a_meter_pod_holds_its_point_so_it_may_name_its_owners_own_but_not_another_members() {
        List<Member> members = List.of(member("ex-00001", Member.Status.ACTIVE, "IT001E00000001"),
                member("ex-00002", Member.Status.ACTIVE, "IT001E00000002"));
        assertThat(refusals(members, List.of(meter("m-1", "ex-00001", "SEN-1", "IT001E00000001"),
                meter("m-3", "ex-00001", "SEN-3", " it001e00000001"), meter("m-2", "ex-00002", "SEN-2", "IT001E00000002")),
                Holdings.Elsewhere.NOTHING)).isEmpty();
        assertThat(refusals(members, List.of(meter("m-2", "ex-00002", "SEN-2", "IT001E00000001")), Holdings.Elsewhere.NOTHING))
                .singleElement().satisfies(r -> {
                    assertThat(r.code()).isEqualTo(CommunityReason.DELIVERY_POINT_HELD);
                    assertThat(r.detail()).contains("member 'ex-00001'", "member 'ex-00002'").doesNotContainIgnoringCase("it001e");
                });
        // a pod held in another community, or nobody's
        assertThat(refusals(List.of(member("ex-00009", Member.Status.ACTIVE)), List.of(meter("m-9", "ex-00009", "SEN-9", "POD")),
                new Holdings.Elsewhere(Set.of(), Set.of("pod")))).extracting(Refusal::detail)
                .containsExactly("member 'ex-00009': a delivery point is already held by an active member of another community");
        Holdings free = Holdings.of(List.of(member("ex-00009", Member.Status.ACTIVE)), List.of(meter("m-9", "ex-00009", "SEN-9", "POD")));
        assertThat(free.deliveryPointKeys()).containsExactly("pod");
        assertThat(free.refusals(Holdings.Elsewhere.NOTHING)).isEmpty();
    }

    @Test
    void a_member_listing_its_own_point_twice_holds_it_once() {
        assertThat(refusals(List.of(member("ex-00001", Member.Status.ACTIVE, "IT001E00000001", "it001e00000001 ")), List.of(),
                Holdings.Elsewhere.NOTHING)).isEmpty();
    }
}
