package io.gridflex.adapter.rest.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridflex.adapter.rest.json.MalformedBodyException;
import io.gridflex.application.community.port.in.ImportCommunityCommand;
import io.gridflex.application.contract.TestBundles;
import io.gridflex.application.contract.TestCommunities;
import io.gridflex.domain.community.CommunityReason;
import io.gridflex.domain.community.CommunityRegister;
import io.gridflex.domain.community.Holdings;
import io.gridflex.domain.failure.Refusal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Reading and writing rec-registry's bundle (schema 0.7): what reads into a community, every
 * refusal reading meets — in the registry's order — and the canonical document written back. The
 * refusals only a document can hold (a role or status that is none, an asset key too long, a
 * malformed grid) are tested here; the use case's own are in the community port contract.
 */
class BundleTest {

    @Test
    void reads_a_bundle_into_the_community_it_describes() {
        Bundle.Read read = Bundle.read(TestBundles.community("rec_a", 3));
        assertThat(read.refusals()).isEmpty();
        assertThat(read.warnings()).isEmpty();
        assertThat(read.key()).contains("rec_a");
        assertThat(TestCommunities.contents(read.register().orElseThrow()))
                .isEqualTo(TestCommunities.contents(TestCommunities.community("rec_a", 3).register()));

        ImportCommunityCommand command = read.command(true, false);
        assertThat(command.community()).isEqualTo(read.register());
        assertThat(command.dryRun()).isTrue();
        assertThat(command.force()).isFalse();
    }

    @Test
    void refuses_what_only_a_document_can_hold() {
        Map<String, Object> badRole = TestBundles.community("rec_a", 2);
        TestBundles.memberOf(badRole, "m02").put("role", "owner");
        refused(badRole, CommunityReason.INVALID_ROLE, "member 'm02': role 'owner' is none of");
        Map<String, Object> badStatus = TestBundles.community("rec_a", 2);
        TestBundles.memberOf(badStatus, "m02").put("status", "gone");
        refused(badStatus, CommunityReason.INVALID_STATUS, "member 'm02': status 'gone' is none of");
        Map<String, Object> longKey = TestBundles.community("rec_a", 2);
        assetsOf(longKey, "m01", "pv").put("p".repeat(129), Map.of("name", "too long"));
        refused(longKey, CommunityReason.ASSET_KEY_TOO_LONG, "at most 128 characters");
        Map<String, Object> cycle = TestBundles.community("rec_a", 2);
        topology(cycle).set(1, TestBundles.node("SS1", "secondary_substation", "F1"));
        refused(cycle, CommunityReason.INVALID_TOPOLOGY, "closes a cycle");
        Map<String, Object> badArea = TestBundles.community("rec_a", 2);
        areas(badArea).put("north!", TestBundles.area("AC002"));
        refused(badArea, CommunityReason.INVALID_AREA_KEY, "area 'north!'");
        Map<String, Object> noBoundary = TestBundles.community("rec_a", 2);
        areas(noBoundary).put("north", Map.of("name", "North", "topology", List.of("AC001")));
        refused(noBoundary, CommunityReason.INVALID_AREA_BOUNDARY, "the boundary must be");
        Map<String, Object> badSettings = TestBundles.community("rec_a", 2);
        community(badSettings).put("settings", Map.of("currency", "euro"));
        refused(badSettings, CommunityReason.INVALID_SETTINGS, "settings.currency");
    }

    @Test
    void a_document_without_the_bundles_shape_is_malformed_whatever_the_import() {
        Map<String, Object> noCommunity = TestBundles.community("rec_a", 2);
        noCommunity.remove("community");
        malformed(noCommunity, "community: Missing data for required field.");
        Map<String, Object> noId = TestBundles.community("rec_a", 2);
        community(noId).remove("id");
        malformed(noId, "community.id: Missing data");
        Map<String, Object> noRole = TestBundles.community("rec_a", 2);
        TestBundles.memberOf(noRole, "m02").remove("role");
        malformed(noRole, "members.m02.role: Missing data");
        Map<String, Object> noArea = TestBundles.community("rec_a", 2);
        TestBundles.memberOf(noArea, "m01").remove("area");
        malformed(noArea, "members.m01.area: Missing data");
        Map<String, Object> membersList = TestBundles.community("rec_a", 2);
        membersList.put("members", List.of("m01"));
        malformed(membersList, "members: Not an object.");
        Map<String, Object> untypedPoint = TestBundles.community("rec_a", 2);
        pointOf(untypedPoint, "m01").remove("type");
        malformed(untypedPoint, "type: Missing data");
    }

    @Test
    void refuses_what_the_domain_refuses_with_the_domain_reasons() {
        Map<String, Object> unknownArea = TestBundles.community("rec_a", 2);
        TestBundles.memberOf(unknownArea, "m01").put("area", "south");
        refused(unknownArea, CommunityReason.UNKNOWN_AREA, "area 'south'");
    }

    @Test
    void hands_the_holdings_to_the_use_case_which_judges_them() {
        Map<String, Object> held = TestBundles.community("rec_a", 2);
        withSensor(held, "m02", " S-rec_a-m01\u00a0");
        Bundle.Read read = Bundle.read(held);
        assertThat(read.refusals()).isEmpty();
        assertThat(read.holdings().sensorKeys()).containsExactly("S-rec_a-m01");
        assertThat(read.holdings().deliveryPointKeys()).containsExactlyInAnyOrder("it001erec_am01", "it001erec_am02");
        assertThat(read.command(true, false).holdings().refusals(Holdings.Elsewhere.NOTHING)).extracting(Refusal::code)
                .containsExactly(CommunityReason.SENSOR_HELD);
    }

    @Test
    void takes_any_delivery_point_type_and_a_spare_primary_substation() {
        Map<String, Object> bundle = TestBundles.community("rec_a", 2);
        pointOf(bundle, "m01").put("type", "meter_point_number");
        topology(bundle).add(TestBundles.node("AC099", "primary_substation", null));
        Bundle.Read read = Bundle.read(bundle);
        assertThat(read.refusals()).isEmpty();
        assertThat(read.warnings()).isEmpty();
        CommunityRegister register = read.register().orElseThrow();
        assertThat(register.topology().nodes()).extracting(n -> n.id()).contains("AC099");
        assertThat(pointOf(Bundle.write(register), "m01")).containsEntry("type", "meter_point_number");
    }

    @Test
    void collects_every_refusal_in_the_registrys_order() {
        Map<String, Object> bundle = TestBundles.community("rec_a", 3);
        TestBundles.memberOf(bundle, "m01").put("area", "south");
        TestBundles.memberOf(bundle, "m02").put("role", "owner");
        withSensor(bundle, "m03", "S-rec_a-m01");
        Bundle.Read read = Bundle.read(bundle);
        assertThat(read.key()).contains("rec_a");
        assertThat(read.register()).isEmpty();
        assertThat(read.refusals()).extracting(Refusal::code).containsExactly(CommunityReason.INVALID_ROLE,
                CommunityReason.UNKNOWN_AREA);
        ImportCommunityCommand command = read.command(true, false);
        assertThat(command.readingRefusals()).isEqualTo(read.refusals());
        assertThat(command.key()).contains("rec_a");
        // the holdings of the members read travel along, so the use case judges them too
        assertThat(command.holdings().refusals(Holdings.Elsewhere.NOTHING)).extracting(Refusal::code)
                .containsExactly(CommunityReason.SENSOR_HELD);
    }

    @Test
    void warns_of_what_it_reads_loosely_or_leaves_out() {
        Map<String, Object> bundle = TestBundles.community("rec_a", 2);
        bundle.put("schema_version", "0.6");
        TestBundles.memberOf(bundle, "m01").put("nickname", "Mo");
        assetsOf(bundle, "m02", "meter").put("meter-x", new LinkedHashMap<>(Map.of("name", "No sensor", "meter_type", "import",
                "sensor_id", " \u00a0")));
        Bundle.Read read = Bundle.read(bundle);
        assertThat(read.refusals()).isEmpty();
        assertThat(read.warnings()).containsExactly("Bundle declares schema_version '0.6'; this service reads '0.7'. Imported "
                + "without conversion — see schemas/community/v0.7/README.md for what changed.",
                "member 'm01': fields [nickname] are not kept.", "Meter meter-x: missing sensor_id; skipped");
        assertThat(read.skippedAssets()).as("counted as inserted, as rec-registry counts it").isEqualTo(1);
        assertThat(read.register().orElseThrow().assets()).extracting(a -> a.key()).doesNotContain("meter-x");

        Map<String, Object> unversioned = TestBundles.community("rec_a", 1);
        unversioned.remove("schema_version");
        assertThat(Bundle.read(unversioned).warnings()).containsExactly("Bundle declares no schema_version; read as '0.7'.");
        Map<String, Object> unknown = TestBundles.community("rec_a", 1);
        unknown.put("schema_version", "not-a-version");
        assertThat(Bundle.read(unknown).warnings()).singleElement().asString().contains("'not-a-version', which is not a "
                + "published schema (known: '0.4', '0.5', '0.6', '0.7')");
    }

    @Test
    void writes_the_canonical_document_that_reads_back_to_the_same_community() {
        Map<String, Object> bundle = TestBundles.community("rec_a", 3);
        assetsOf(bundle, "m01", "storage").put("bat-1", Map.of("name", "Battery", "capacity", 10.0, "max_charge_power", 5.0,
                "device", Map.of("model", "X1")));
        CommunityRegister register = Bundle.read(bundle).register().orElseThrow();
        Map<String, Object> written = Bundle.write(register);
        assertThat(written).containsEntry("version", "1.0").containsEntry("schema_version", "0.7").containsKey("metadata");
        assertThat(written.keySet()).containsExactly("version", "schema_version", "metadata", "community", "members");
        Bundle.Read again = Bundle.read(written);
        assertThat(again.refusals()).isEmpty();
        assertThat(Bundle.write(again.register().orElseThrow())).isEqualTo(written);
        assertThat(community(written)).containsKeys("legal", "contact", "operators", "settings", "areas", "topology");
    }

    private static void refused(Map<String, Object> bundle, CommunityReason code, String detail) {
        Bundle.Read read = Bundle.read(bundle);
        assertThat(read.register()).isEmpty();
        assertThat(read.refusals()).filteredOn(r -> r.code() == code).isNotEmpty()
                .anySatisfy(r -> assertThat(r.detail()).contains(detail));
    }

    private static void malformed(Map<String, Object> bundle, String message) {
        assertThatThrownBy(() -> Bundle.read(bundle)).isInstanceOf(MalformedBodyException.class).hasMessageContaining(message);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> pointOf(Map<String, Object> bundle, String member) {
        return (Map<String, Object>) ((List<Object>) TestBundles.memberOf(bundle, member).get("delivery_points")).get(0);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> community(Map<String, Object> bundle) {
        return (Map<String, Object>) bundle.get("community");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> areas(Map<String, Object> bundle) {
        return (Map<String, Object>) community(bundle).get("areas");
    }

    @SuppressWarnings("unchecked")
    private static List<Object> topology(Map<String, Object> bundle) {
        return (List<Object>) community(bundle).get("topology");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> assetsOf(Map<String, Object> bundle, String member, String type) {
        Map<String, Object> assets = (Map<String, Object>) TestBundles.memberOf(bundle, member).get("assets");
        return (Map<String, Object>) assets.computeIfAbsent(type, t -> new LinkedHashMap<>());
    }

    @SuppressWarnings("unchecked")
    private static void withSensor(Map<String, Object> bundle, String member, String sensor) {
        Map<String, Object> meters = assetsOf(bundle, member, "meter");
        ((Map<String, Object>) meters.values().iterator().next()).put("sensor_id", sensor);
    }
}
