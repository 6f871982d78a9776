package io.gridflex.adapter.rest.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridflex.application.community.port.in.ImportCommunityCommand;
import io.gridflex.application.contract.TestBundles;
import io.gridflex.application.contract.TestCommunities;
import io.gridflex.domain.community.CommunityReason;
import io.gridflex.domain.community.CommunityRegister;
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
        Map<String, Object> noCommunity = TestBundles.community("rec_a", 2);
        noCommunity.remove("community");
        refused(noCommunity, CommunityReason.INVALID_BUNDLE, "community: Missing data");
        Map<String, Object> badSettings = TestBundles.community("rec_a", 2);
        community(badSettings).put("settings", Map.of("currency", "euro"));
        refused(badSettings, CommunityReason.INVALID_SETTINGS, "settings.currency");
    }

    @Test
    void refuses_what_the_domain_refuses_with_the_domain_reasons() {
        Map<String, Object> unknownArea = TestBundles.community("rec_a", 2);
        TestBundles.memberOf(unknownArea, "m01").put("area", "south");
        refused(unknownArea, CommunityReason.UNKNOWN_AREA, "area 'south'");
        Map<String, Object> held = TestBundles.community("rec_a", 2);
        withSensor(held, "m02", "S-rec_a-m01");
        refused(held, CommunityReason.SENSOR_HELD, "sensor 'S-rec_a-m01'");
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
                CommunityReason.UNKNOWN_AREA, CommunityReason.SENSOR_HELD);
        ImportCommunityCommand command = read.command(true, false);
        assertThat(command.readingRefusals()).isEqualTo(read.refusals());
        assertThat(command.key()).contains("rec_a");
    }

    @Test
    void warns_of_what_it_reads_loosely_or_leaves_out() {
        Map<String, Object> bundle = TestBundles.community("rec_a", 2);
        bundle.put("schema_version", "0.6");
        TestBundles.memberOf(bundle, "m01").put("nickname", "Mo");
        assetsOf(bundle, "m02", "meter").put("meter-x", new LinkedHashMap<>(Map.of("name", "No sensor", "meter_type", "import")));
        Bundle.Read read = Bundle.read(bundle);
        assertThat(read.refusals()).isEmpty();
        assertThat(read.warnings()).containsExactly("schema_version '0.6' read as 0.7.",
                "member 'm01': fields [nickname] are not kept.", "member 'm02', asset 'meter-x': a meter without sensor_id is skipped.");
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
