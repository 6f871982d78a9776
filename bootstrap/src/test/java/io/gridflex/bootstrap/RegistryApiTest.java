package io.gridflex.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridflex.application.contract.TestBundles;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every route of the community registry API (seed 004) over HTTP, with its documented shape: the
 * admin reads with their filters and pages, every lookup, the /user routes, bundle import (JSON
 * and YAML) and export, the meta routes, and the refusals — each read back to show nothing changed.
 */
class RegistryApiTest extends ApiTest {

    String admin;
    String reader;
    String alice;
    String outsider;

    @BeforeAll
    void users() {
        admin = adminToken();
        long account = id(post("/api/v3_0/accounts", "{\"name\": \"Registry people\"}", admin));
        assertThat(post("/api/v3_0/users", "{\"email\": \"reader@rec.org\", \"username\": \"reader\", \"password\": "
                + "\"reader-password\", \"account_id\": " + account + ", \"flexmeasures_roles\": [\"admin-reader\"]}", admin).status())
                .isEqualTo(201);
        assertThat(post("/api/v3_0/users", "{\"email\": \"alice@rec.org\", \"username\": \"rec_user-m01\", \"password\": "
                + "\"alice-password\", \"account_id\": " + account + "}", admin).status()).isEqualTo(201);
        assertThat(post("/api/v3_0/users", "{\"email\": \"olga@rec.org\", \"username\": \"olga\", \"password\": "
                + "\"olga-password\", \"account_id\": " + account + "}", admin).status()).isEqualTo(201);
        reader = tokenFor("reader@rec.org", "reader-password");
        alice = tokenFor("alice@rec.org", "alice-password");
        outsider = tokenFor("olga@rec.org", "olga-password");
    }

    private String body(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Answer importBundle(Map<String, Object> bundle, boolean dryRun, boolean force) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("bundle", bundle);
        request.put("dry_run", dryRun);
        request.put("force", force);
        return post("/admin/import", body(request), admin);
    }

    private Answer yaml(String path, String yaml, String token) {
        return send(HttpRequest.POST(path, yaml).contentType(MediaType.of("text/yaml")), token);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Answer answer) {
        return (List<Map<String, Object>>) answer.get("items");
    }

    @Test
    void imports_a_bundle_and_serves_every_admin_read() {
        Answer report = importBundle(TestBundles.community("rec_read", 5), false, false);
        assertThat(report.status()).as(report.raw()).isEqualTo(200);
        assertThat(report.map()).containsEntry("community_key", "rec_read").containsEntry("dry_run", false);
        // rec-registry's three counts; no warning of meters naming no gridflex sensor unless asked (gridflex.registry)
        assertThat((Map<String, Object>) report.get("inserted")).containsExactly(Map.entry("community", 1), Map.entry("member", 5),
                Map.entry("asset", 10));
        assertThat((List<?>) report.get("warnings")).isEmpty();

        Answer communities = get("/admin/communities?key=rec_read", reader);
        assertThat(communities.status()).isEqualTo(200);
        assertThat(items(communities)).singleElement().satisfies(c -> {
            assertThat(c).containsEntry("key", "rec_read").containsEntry("name", "Community rec_read").containsKeys("id", "areas",
                    "description");
            assertThat(c.get("id")).isInstanceOf(String.class);
            assertThat((Map<String, Object>) c.get("areas")).containsOnlyKeys("north");
        });
        assertThat(communities.map()).containsEntry("next_cursor", null);

        Answer detail = get("/admin/communities/rec_read", reader);
        assertThat(detail.map()).containsKeys("areas", "topology", "legal", "contact", "settings", "extra");
        assertThat((Map<String, Object>) detail.get("settings")).containsEntry("timezone", "Europe/Rome");
        assertThat((Map<String, Object>) ((Map<String, Object>) detail.get("areas")).get("north")).containsEntry("topology",
                List.of("AC001")).containsEntry("boundary", Map.of("source", "gse_cabine_primarie", "id", "AC001"));
        assertThat((Map<String, Object>) detail.get("extra")).containsKey("operators");
        assertThat((List<Map<String, Object>>) get("/admin/communities/rec_read/topology", reader).get("topology"))
                .extracting(n -> n.get("id")).containsExactly("AC001", "SS1", "F1", "F2");

        // pages across the members, two at a time
        List<Object> keys = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Answer page = get("/admin/communities/rec_read/members?limit=2" + (cursor == null ? "" : "&cursor=" + cursor), reader);
            assertThat(page.status()).isEqualTo(200);
            items(page).forEach(m -> keys.add(m.get("key")));
            assertThat(items(page)).allSatisfy(m -> assertThat(m).containsEntry("delivery_points_count", 1).containsKey("did"));
            cursor = (String) page.get("next_cursor");
            pages++;
        } while (cursor != null);
        assertThat(keys).containsExactly("m01", "m02", "m03", "m04", "m05");
        assertThat(pages).isEqualTo(3);
        assertThat(items(get("/admin/communities/rec_read/members?role=prosumer&status=active&area=north", reader))).hasSize(5);
        assertThat(items(get("/admin/communities/rec_read/members?role=consumer", reader))).isEmpty();

        Answer member = get("/admin/communities/rec_read/members/m02", reader);
        assertThat(member.map()).containsEntry("key", "m02").containsEntry("user_id", "rec_read-m02").containsEntry("role", "prosumer")
                .containsEntry("area", "north").containsEntry("status", "active").containsKey("delivery_points");
        assertThat(get("/admin/communities/rec_read/members/by-user-id/rec_read-m03", reader).get("key")).isEqualTo("m03");
        assertThat((List<Map<String, Object>>) get("/admin/communities/rec_read/members/m02/delivery-points", reader)
                .get("delivery_points")).singleElement()
                .satisfies(p -> assertThat(p).containsEntry("id", "IT001Erec_readm02").containsEntry("type", "pod")
                        .containsEntry("topology_node", "F2"));

        Answer points = get("/admin/communities/rec_read/delivery-points?type=pod&active=true&limit=3", reader);
        assertThat(items(points)).hasSize(3).first().satisfies(p -> assertThat(p).containsEntry("key", p.get("id"))
                .containsEntry("member_key", "m01").containsEntry("member_name", "Member m01"));
        assertThat(items(get("/admin/communities/rec_read/delivery-points?cursor=" + points.get("next_cursor"), reader))).hasSize(2);
        assertThat(items(get("/admin/communities/rec_read/delivery-points?active=false", reader))).isEmpty();
        Answer point = get("/admin/communities/rec_read/delivery-points/by-id/IT001Erec_readm04", reader);
        assertThat((Map<String, Object>) point.get("delivery_point")).containsEntry("id", "IT001Erec_readm04");
        assertThat((Map<String, Object>) point.get("member")).containsOnly(Map.entry("key", "m04"), Map.entry("user_id", "rec_read-m04"),
                Map.entry("name", "Member m04"), Map.entry("role", "prosumer"));

        assertThat(items(get("/admin/communities/rec_read/assets?asset_type=pv", reader))).hasSize(5)
                .allSatisfy(a -> assertThat(a).containsEntry("asset_type", "pv").containsKeys("owner_user_id", "device_type"));
        assertThat(items(get("/admin/communities/rec_read/assets?owner=m01", reader))).extracting(a -> a.get("key"))
                .containsExactly("meter-m01", "pv-m01");
        assertThat(get("/admin/communities/rec_read/assets/pv-m03", reader).map()).containsEntry("owner_key", "m03")
                .containsEntry("owner_user_id", "rec_read-m03").containsKeys("properties", "device", "relationships");
        assertThat(get("/admin/communities/rec_read/assets/by-sensor-id/S-rec_read-m04", reader).get("key")).isEqualTo("meter-m04");
        Answer meters = get("/admin/communities/rec_read/meters?owner=m05", reader);
        assertThat(items(meters)).singleElement().satisfies(m -> assertThat(m).containsEntry("pod", "IT001Erec_readm05")
                .containsEntry("meter_type", "bidirectional").containsEntry("sensor_id", "S-rec_read-m05"));

        // beyond the seed: the grid walked up and down
        assertThat(get("/admin/communities/rec_read/topology/F1/path", reader).list()).extracting(n -> n.get("id"))
                .containsExactly("F1", "SS1", "AC001");
        Answer downstream = get("/admin/communities/rec_read/topology/SS1/downstream", reader);
        assertThat((List<?>) downstream.get("nodes")).hasSize(2);
        assertThat((List<?>) downstream.get("delivery_points")).hasSize(5);
        assertThat((Map<String, Object>) ((Map<String, Object>) downstream.get("totals")).get("pv")).containsEntry("count", 5)
                .containsEntry("rated_power", 30.0);

        notFound(get("/admin/communities/nope", reader), "community_not_found");
        notFound(get("/admin/communities/rec_read/members/m99", reader), "member_not_found");
        notFound(get("/admin/communities/rec_read/assets/none", reader), "asset_not_found");
        notFound(get("/admin/communities/rec_read/delivery-points/by-id/IT0", reader), "delivery_point_not_found");
        notFound(get("/admin/communities/rec_read/topology/F9/downstream", reader), "topology_node_not_found");
        refused(get("/admin/communities/rec_read/members?limit=501", reader), 422, "invalid_limit");
        refused(get("/admin/communities/rec_read/members?role=owner", reader), 422, "invalid_role");
        refused(get("/admin/communities/rec_read/assets?asset_type=windmill", reader), 422, "invalid_asset_type");
    }

    @Test
    void every_lookup_answers_active_members_only() {
        Map<String, Object> bundle = TestBundles.community("rec_look", 3);
        TestBundles.memberOf(bundle, "m03").put("status", "inactive");
        TestBundles.memberOf(bundle, "m01").put("did", "did:web:rec:m01");
        assertThat(importBundle(bundle, false, false).status()).isEqualTo(200);

        Answer byUser = get("/admin/lookup/community-by-user-id/rec_look-m01", reader);
        assertThat((Map<String, Object>) byUser.get("community")).containsEntry("key", "rec_look").containsKeys("id", "name");
        assertThat((Map<String, Object>) byUser.get("member")).containsEntry("key", "m01").containsEntry("role", "prosumer")
                .containsEntry("status", "active").containsKeys("id", "user_id", "name");
        Answer bySensor = get("/admin/lookup/community-by-sensor-id/S-rec_look-m02", reader);
        assertThat((Map<String, Object>) bySensor.get("member")).containsEntry("key", "m02").containsKeys("id", "user_id", "name",
                "role", "status");
        assertThat((Map<String, Object>) bySensor.get("asset")).containsEntry("key", "meter-m02").containsEntry("asset_type", "meter")
                .containsEntry("sensor_id", "S-rec_look-m02");
        Answer byPoint = get("/admin/lookup/community-by-delivery-point/IT001Erec_lookm02", reader);
        assertThat((Map<String, Object>) byPoint.get("delivery_point")).containsEntry("id", "IT001Erec_lookm02");
        assertThat(get("/admin/lookup/member-by-user-id/rec_look-m02", reader).map()).containsEntry("key", "m02")
                .containsEntry("community_key", "rec_look").containsEntry("community_name", "Community rec_look")
                .containsKey("delivery_points");
        assertThat(get("/admin/lookup/asset-by-sensor-id/S-rec_look-m01", reader).map()).containsEntry("owner_key", "m01")
                .containsEntry("owner_user_id", "rec_look-m01").containsEntry("community_key", "rec_look")
                .containsEntry("community_name", "Community rec_look").containsKey("properties");
        notFound(get("/admin/lookup/community-by-user-id/rec_look-m03", reader), "member_not_found");
        notFound(get("/admin/lookup/asset-by-sensor-id/S-rec_look-m03", reader), "asset_not_found");
        notFound(get("/admin/lookup/community-by-delivery-point/IT001Erec_lookm03", reader), "delivery_point_not_found");

        Answer batch = post("/admin/lookup/assets-by-sensor-ids", "[\"S-rec_look-m01\", \"S-rec_look-m03\", \"unknown\"]", reader);
        assertThat(batch.list()).singleElement().satisfies(a -> assertThat(a).containsEntry("key", "meter-m01"));
        assertThat(post("/admin/lookup/assets-by-sensor-ids", "{\"sensor_ids\": []}", reader).list()).isEmpty();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 501; i++) {
            ids.add("S-" + i);
        }
        refused(post("/admin/lookup/assets-by-sensor-ids", body(ids), reader), 422, "invalid_sensor_ids");
        assertThat(post("/admin/lookup/assets-by-sensor-ids", body(ids.subList(0, 500)), reader).list()).isEmpty();
        assertThat(post("/admin/lookup/assets-by-user-ids", "{\"user_ids\": [\"rec_look-m02\", \"nobody\"]}", reader).list())
                .extracting(a -> a.get("key")).containsExactlyInAnyOrder("meter-m02", "pv-m02");
        assertThat(post("/admin/lookup/members-by-dids", "{\"dids\": [\"did:web:rec:m01\"]}", reader).list())
                .extracting(m -> m.get("key")).containsExactly("m01");
        refused(post("/admin/lookup/assets-by-sensor-ids", "{\"nope\": 1}", reader), 422, "invalid_body");
    }

    @Test
    void the_user_routes_show_the_callers_own_membership() {
        assertThat(importBundle(TestBundles.community("rec_user", 2), false, false).status()).isEqualTo(200);
        Answer profile = get("/user", alice);
        assertThat(profile.status()).as(profile.raw()).isEqualTo(200);
        assertThat((Map<String, Object>) profile.get("profile")).containsKeys("sub", "preferred_username", "email");
        Map<String, Object> membership = (Map<String, Object>) profile.get("membership");
        assertThat((Map<String, Object>) membership.get("member")).containsEntry("key", "m01").containsKey("did");
        assertThat((Map<String, Object>) membership.get("community")).containsEntry("key", "rec_user");
        assertThat((Map<String, Object>) membership.get("assets_count")).containsOnly(Map.entry("meter", 1), Map.entry("pv", 1));
        assertThat(membership).containsEntry("delivery_points_count", 1);
        assertThat(get("/user/member", alice).map()).containsEntry("key", "m01").containsKey("delivery_points")
                .doesNotContainKeys("user_id", "id");
        Answer community = get("/user/community", alice);
        assertThat(community.map()).containsEntry("key", "rec_user").containsEntry("your_area", "north")
                .containsEntry("your_role", "prosumer").doesNotContainKey("members");
        assertThat((List<Map<String, Object>>) community.get("topology")).extracting(n -> n.get("id"))
                .containsExactly("AC001", "SS1", "F1", "F2");
        Answer assets = get("/user/assets", alice);
        assertThat(items(assets)).extracting(a -> a.get("key")).containsExactly("meter-m01", "pv-m01");
        assertThat(assets.map()).containsEntry("total", 2);
        assertThat(items(get("/user/assets?asset_type=pv", alice))).hasSize(1);
        assertThat(get("/user/assets/pv-m01", alice).map()).containsEntry("asset_type", "pv").doesNotContainKey("id");
        Answer notMine = get("/user/assets/pv-m02", alice);
        notFound(notMine, "asset_not_found");
        assertThat(get("/user/assets/none", alice).raw()).isEqualTo(notMine.raw());
        Answer points = get("/user/delivery-points", alice);
        assertThat(items(points)).extracting(p -> p.get("id")).containsExactly("IT001Erec_userm01");
        assertThat(points.map()).containsEntry("total", 1);

        // someone who is no active member (yet) has a profile and no membership: what onboarding asks
        Answer stranger = get("/user", outsider);
        assertThat(stranger.status()).as(stranger.raw()).isEqualTo(200);
        assertThat(stranger.map()).containsEntry("membership", null);
        assertThat((Map<String, Object>) stranger.get("profile")).containsEntry("preferred_username", "olga");
        refused(get("/user/assets", outsider), 403, "not_a_member");
        refused(get("/user", null), 401, "not_authenticated");
        // active in a second community too: ambiguous
        Map<String, Object> second = TestBundles.community("rec_user2", 1);
        assertThat(importBundle(second, false, false).status()).isEqualTo(200);
        Map<String, Object> twice = TestBundles.community("rec_user3", 1);
        TestBundles.memberOf(twice, "m01").put("user_id", "rec_user-m01");
        assertThat(importBundle(twice, false, false).status()).isEqualTo(200);
        refused(get("/user/member", alice), 409, "ambiguous_member");
    }

    @Test
    void refusals_leave_the_stored_community_as_it_was() {
        assertThat(importBundle(TestBundles.community("rec_keep", 3), false, false).status()).isEqualTo(200);
        String before = exported("rec_keep");

        Answer noForce = importBundle(TestBundles.community("rec_keep", 1), false, false);
        refused(noForce, 409, "community_taken");
        assertThat((String) noForce.get("detail")).contains("3 member(s)");

        Map<String, Object> unknownArea = TestBundles.community("rec_keep", 2);
        TestBundles.memberOf(unknownArea, "m01").put("area", "south");
        refused(importBundle(unknownArea, false, true), 422, "unknown_area");
        Map<String, Object> held = TestBundles.community("rec_keep", 2);
        meterOf(held, "m02").put("sensor_id", "S-rec_keep-m01");
        refused(importBundle(held, false, true), 422, "sensor_held");
        Map<String, Object> cycle = TestBundles.community("rec_keep", 2);
        topologyOf(cycle).set(1, TestBundles.node("SS1", "secondary_substation", "F2"));
        refused(importBundle(cycle, false, true), 422, "invalid_topology");
        Map<String, Object> badRole = TestBundles.community("rec_keep", 2);
        TestBundles.memberOf(badRole, "m01").put("role", "boss");
        refused(importBundle(badRole, false, true), 422, "invalid_role");
        Map<String, Object> badStatus = TestBundles.community("rec_keep", 2);
        TestBundles.memberOf(badStatus, "m01").put("status", "retired");
        refused(importBundle(badStatus, false, true), 422, "invalid_status");
        Map<String, Object> longKey = TestBundles.community("rec_keep", 2);
        assetsOf(longKey, "m01").put("pv", Map.of("k".repeat(129), Map.of("name", "PV")));
        refused(importBundle(longKey, false, true), 422, "asset_key_too_long");
        refused(post("/admin/import", "{\"dry_run\": true}", admin), 422, "invalid_body");
        refused(post("/admin/import", "not json", admin), 422, "invalid_body");
        // a document without a bundle's shape is no bundle, dry run or not (rec-registry's schema validation)
        refused(post("/admin/import", "{\"bundle\": {\"members\": {}}, \"dry_run\": true}", admin), 422, "invalid_body");
        Map<String, Object> noRole = TestBundles.community("rec_keep", 2);
        TestBundles.memberOf(noRole, "m02").remove("role");
        Answer noRoleDry = importBundle(noRole, true, false);
        refused(noRoleDry, 422, "invalid_body");
        assertThat((String) noRoleDry.get("detail")).contains("members.m02.role");
        refused(yaml("/admin/import/yaml?dry_run=true", "community:\n  id: rec_keep\nmembers:\n  m1:\n    role: prosumer\n", admin),
                422, "invalid_body");
        assertThat((String) yaml("/admin/import/yaml?dry_run=true", "community:\n  id: rec_keep\nmembers:\n  m1:\n    role: prosumer\n",
                admin).get("detail")).startsWith("Document 0 validation error: members.m1.area");

        Answer dryRun = importBundle(unknownArea, true, false);
        assertThat(dryRun.status()).isEqualTo(200);
        assertThat((List<Map<String, Object>>) dryRun.get("refusals")).extracting(r -> r.get("code")).containsExactly("unknown_area");
        assertThat((Map<String, Object>) dryRun.get("deleted")).containsEntry("member", 3);

        assertThat(exported("rec_keep")).isEqualTo(before);
        assertThat(items(get("/admin/communities/rec_keep/members", reader))).hasSize(3);
    }

    @Test
    void the_holding_rules_hold_across_communities_and_name_nobody_elsewhere() {
        assertThat(importBundle(TestBundles.community("rec_ha", 2), false, false).status()).isEqualTo(200);

        // a delivery point held in another community, in another spelling: refused, unnamed
        Map<String, Object> point = TestBundles.community("rec_hb", 1);
        pointOf(point, "m01").put("id", "\u00a0it001erec_ham02 ");
        Answer refusedPoint = importBundle(point, false, false);
        refused(refusedPoint, 422, "delivery_point_held");
        assertThat((String) refusedPoint.get("detail")).startsWith("Import of 'rec_hb' refused: ").contains("member 'm01'")
                .doesNotContainIgnoringCase("it001erec_ham02").doesNotContain("rec_ha'", "m02");
        Answer dryPoint = importBundle(point, true, false);
        assertThat(dryPoint.status()).isEqualTo(200);
        assertThat((List<Map<String, Object>>) dryPoint.get("refusals")).extracting(r -> r.get("code"))
                .containsExactly("delivery_point_held");
        assertThat(dryPoint.raw()).doesNotContain("rec_ha\"").doesNotContainIgnoringCase("it001erec_ham02");

        // inactive and pending members hold nothing: beside an active holder elsewhere, and beside each other
        Map<String, Object> released = TestBundles.community("rec_hb", 2);
        pointOf(released, "m01").put("id", "IT001Erec_ham02");
        TestBundles.memberOf(released, "m01").put("status", "inactive");
        pointOf(released, "m02").put("id", "IT001Erec_ham02");
        TestBundles.memberOf(released, "m02").put("status", "pending");
        Answer accepted = importBundle(released, false, false);
        assertThat(accepted.status()).as(accepted.raw()).isEqualTo(200);
        assertThat(items(get("/admin/communities/rec_hb/delivery-points", reader))).extracting(p -> p.get("id"))
                .containsExactly("IT001Erec_ham02", "IT001Erec_ham02");

        // a meter naming another active member's point, in the bundle: both members named, the point not
        Map<String, Object> pod = TestBundles.community("rec_hc", 2);
        meterOf(pod, "m02").put("pod", "IT001EREC_HCM01");
        Answer refusedPod = importBundle(pod, false, false);
        refused(refusedPod, 422, "delivery_point_held");
        assertThat((String) refusedPod.get("detail")).contains("member 'm01'", "member 'm02'").doesNotContainIgnoringCase("it001erec_hc");

        // a sensor held in another community, trimmed: refused, the sensor unnamed; its case counts
        Map<String, Object> sensor = TestBundles.community("rec_hc", 1);
        meterOf(sensor, "m01").put("sensor_id", " S-rec_ha-m01\u00a0");
        Answer refusedSensor = importBundle(sensor, false, false);
        refused(refusedSensor, 422, "sensor_held");
        assertThat((String) refusedSensor.get("detail")).contains("asset 'meter-m01'").doesNotContain("S-rec_ha", "rec_ha'");
        meterOf(sensor, "m01").put("sensor_id", "s-rec_ha-m01");
        assertThat(importBundle(sensor, false, false).status()).isEqualTo(200);

        // the replaced community's own rows do not count
        assertThat(importBundle(TestBundles.community("rec_ha", 2), false, true).status()).isEqualTo(200);
    }

    @Test
    void the_import_report_is_rec_registrys() {
        // a spare primary substation, a delivery point type off the schema's list: accepted without comment
        Map<String, Object> bundle = TestBundles.community("rec_rep", 2);
        topologyOf(bundle).add(TestBundles.node("AC099", "primary_substation", null));
        pointOf(bundle, "m01").put("type", "pdr");
        meterOf(bundle, "m02").put("sensor_id", "   ");
        Answer report = importBundle(bundle, false, false);
        assertThat(report.status()).as(report.raw()).isEqualTo(200);
        assertThat(report.map()).containsKeys("community_key", "deleted", "inserted", "warnings", "refusals");
        assertThat((Map<String, Object>) report.get("inserted")).as("a skipped meter still counts, as rec-registry counts it")
                .containsExactly(Map.entry("community", 1), Map.entry("member", 2), Map.entry("asset", 4));
        assertThat((List<Object>) report.get("warnings")).containsExactly("Meter meter-m02: missing sensor_id; skipped");
        assertThat((Map<String, Object>) get("/admin/communities/rec_rep/delivery-points/by-id/IT001Erec_repm01", reader)
                .get("delivery_point")).containsEntry("type", "pdr");

        Map<String, Object> unversioned = TestBundles.community("rec_rep", 1);
        unversioned.remove("schema_version");
        Answer dry = importBundle(unversioned, true, false);
        assertThat((List<Object>) dry.get("warnings")).containsExactly("Bundle declares no schema_version; read as '0.7'.");
        assertThat((Map<String, Object>) dry.get("deleted")).containsExactly(Map.entry("community", 1), Map.entry("member", 2),
                Map.entry("asset", 3));

        Answer taken = importBundle(TestBundles.community("rec_rep", 1), false, false);
        refused(taken, 409, "community_taken");
        assertThat((String) taken.get("detail")).isEqualTo("Community 'rec_rep' already exists with 2 member(s) and 3 asset(s); "
                + "importing would delete them. Re-run with dry_run to see the effect, or force to accept it.");
        Map<String, Object> invalidOverTaken = TestBundles.community("rec_rep", 1);
        TestBundles.memberOf(invalidOverTaken, "m01").put("role", "owner");
        refused(importBundle(invalidOverTaken, false, false), 409, "community_taken");
    }

    @Test
    void a_large_grid_streams_whole_and_in_order() {
        Map<String, Object> bundle = TestBundles.community("rec_grid", 1);
        @SuppressWarnings("unchecked")
        List<Object> topology = (List<Object>) ((Map<String, Object>) bundle.get("community")).get("topology");
        for (int i = 0; i < 5_100; i++) {
            topology.add(TestBundles.node(String.format("X%05d", i), "feeder", "SS1"));
        }
        assertThat(importBundle(bundle, false, false).status()).isEqualTo(200);
        List<Map<String, Object>> nodes = (List<Map<String, Object>>) get("/admin/communities/rec_grid/topology", reader)
                .get("topology");
        assertThat(nodes).hasSize(5_104);
        assertThat(nodes.get(0)).containsEntry("id", "AC001");
        assertThat(nodes.get(5_103)).containsEntry("id", "X05099").containsEntry("parent", "SS1");
        notFound(get("/admin/communities/nope/topology", reader), "community_not_found");
    }

    @Test
    void a_malformed_bundle_is_a_422_never_a_500() {
        List<String> bundles = List.of(
                "{}",
                "{\"community\": 7}",
                "{\"community\": {\"id\": 12, \"areas\": [], \"topology\": {}}}",
                "{\"community\": {\"id\": \"rec_bad\", \"areas\": {\"north\": 3}}, \"members\": []}",
                "{\"community\": {\"id\": \"rec_bad\", \"topology\": [\"x\"]}}",
                "{\"community\": {\"id\": \"rec_bad\", \"settings\": {\"timezone\": \"Mars/Base\", \"currency\": 5}}}",
                "{\"community\": {\"id\": \"rec_bad\", \"areas\": {\"north\": {\"boundary\": {\"source\": "
                        + "\"gse_cabine_primarie\", \"id\": \"AC1\"}, \"topology\": [\"AC1\"], \"location\": \"here\"}}}}",
                "{\"community\": {\"id\": \"rec_bad\"}, \"members\": {\"m1\": {\"delivery_points\": [\"IT1\"], \"assets\": 3}}}",
                "{\"community\": {\"id\": \"rec_bad\"}, \"members\": {\"m1\": {\"user_id\": [1], \"role\": {}, \"status\": "
                        + "\"active\", \"area\": \"x\", \"assets\": {\"rocket\": {}, \"pv\": \"big\"}}}}",
                "{\"community\": {\"id\": \"rec bad!\"}}");
        for (String bundle : bundles) {
            Answer answer = post("/admin/import", "{\"bundle\": " + bundle + ", \"force\": true}", admin);
            assertThat(answer.status()).as(bundle + " → " + answer.raw()).isEqualTo(422);
            assertThat(answer.map()).containsKeys("detail", "code");
            Answer dryRun = post("/admin/import", "{\"bundle\": " + bundle + ", \"dry_run\": true}", admin);
            assertThat(dryRun.status()).as(bundle + " (dry run) → " + dryRun.raw()).isIn(200, 422);
        }
        assertThat(items(get("/admin/communities?key=rec_bad", reader))).isEmpty();
        refused(yaml("/admin/import/yaml", "1: [a]\n", admin), 422, null);
        refused(yaml("/admin/import/yaml", "community: !!binary aGVsbG8=\n", admin), 422, null);
    }

    @Test
    void yaml_bundles_import_and_export_round_trip() {
        String yaml = """
                version: "1.0"
                schema_version: "0.7"
                metadata:
                  created: 2026-01-15
                community:
                  id: rec_yaml
                  name: YAML REC
                  settings:
                    timezone: Europe/Rome
                    currency: EUR
                  areas:
                    northern:
                      name: northern
                      boundary:
                        source: gse_cabine_primarie
                        id: "AC000E00000"
                      topology:
                        - "AC000E00000"
                  topology:
                    - id: "AC000E00000"
                      type: primary_substation
                      name: Primary Substation
                members:
                  member-001:
                    user_id: yaml-alice
                    name: Alice Rossi
                    role: prosumer
                    area: northern
                    status: active
                    delivery_points:
                      - id: "IT001E00001234"
                        type: pod
                    assets:
                      pv:
                        - key: pv-001
                          name: Rooftop PV
                          rated_power: 5.0
                      meter:
                        - key: meter-001
                          name: Main Meter
                          sensor_id: "SEN-001"
                          meter_type: bidirectional
                          pod: "IT001E00001234"
                ---
                version: "1.0"
                schema_version: "0.6"
                community:
                  id: rec_yaml_two
                  name: Second
                  areas: {}
                  topology: []
                members: {}
                """;
        Answer imported = yaml("/admin/import/yaml", yaml, admin);
        assertThat(imported.status()).as(imported.raw()).isEqualTo(200);
        assertThat((List<Map<String, Object>>) imported.get("reports")).extracting(r -> r.get("community_key"))
                .containsExactly("rec_yaml", "rec_yaml_two");
        assertThat((List<Map<String, Object>>) imported.get("reports")).last()
                .satisfies(r -> assertThat((List<?>) r.get("warnings")).isNotEmpty());
        assertThat(get("/admin/communities/rec_yaml/assets/pv-001", reader).get("owner_key")).isEqualTo("member-001");

        String exported = exported("rec_yaml");
        assertThat(exported).startsWith("---").contains("created: '2026-01-15'").contains("rec_yaml");
        Answer again = send(HttpRequest.POST("/admin/import/yaml?force=true", exported).contentType(MediaType.of("text/yaml")), admin);
        assertThat(again.status()).as(again.raw()).isEqualTo(200);
        assertThat(exported("rec_yaml")).isEqualTo(exported);

        notFound(get("/admin/export?community=nope", reader), "community_not_found");
        Answer unknown = get("/admin/export?community=rec_yaml&community=nope", reader);
        notFound(unknown, "community_not_found");
        assertThat(unknown.get("detail")).isEqualTo("'Community not found: nope'");
        Answer two = get("/admin/export?community=rec_yaml_two&community=rec_yaml", reader);
        assertThat(two.status()).isEqualTo(200);
        assertThat(two.raw().split("(?m)^---")).hasSize(3);
        assertThat(two.raw().indexOf("id: rec_yaml_two\n")).isLessThan(two.raw().indexOf("id: rec_yaml\n"));
        Answer all = get("/admin/export", reader);
        assertThat(all.raw()).contains("id: rec_yaml\n").contains("id: rec_yaml_two");
        refused(yaml("/admin/import/yaml", "a: [unclosed", admin), 422, "invalid_body");
        refused(yaml("/admin/import/yaml?force=true", exported, reader), 403, "forbidden");
    }

    @Test
    void meta_routes_and_errors_keep_the_registry_shape() {
        assertThat(get("/health", null).map()).containsEntry("status", "ok");
        assertThat(get("/version", null).map()).containsOnly(Map.entry("api_version", "1.7.0"), Map.entry("schema_version", "0.7"));
        Answer docs = get("/docs", null);
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.raw()).contains("swagger-ui", "/swagger/gridflex-0.1.yml");
        Answer description = get("/swagger/gridflex-0.1.yml", null);
        assertThat(description.status()).isEqualTo(200);
        assertThat(description.raw()).contains("openapi: 3", "/admin/import", "/admin/lookup/assets-by-sensor-ids",
                "/user/delivery-points", "/api/v3_0/sensors/data");
        assertThat(get("/swagger-ui/res/swagger-ui-bundle.js", null).status()).isEqualTo(200);
        refused(get("/admin/communities", null), 401, "not_authenticated");
        refused(get("/admin/communities", outsider), 403, "forbidden");
        refused(post("/admin/import", "{\"bundle\": {}}", reader), 403, "forbidden");
        refused(get("/admin/nothing-here", admin), 404, "not_found");
    }

    private String exported(String community) {
        Answer answer = get("/admin/export?community=" + community, reader);
        assertThat(answer.status()).isEqualTo(200);
        return answer.raw();
    }

    private static void notFound(Answer answer, String code) {
        refused(answer, 404, code);
    }

    /** The status, and the code (any code, when null) in the registry's shape. */
    private static void refused(Answer answer, int status, String code) {
        assertThat(answer.status()).as(answer.raw()).isEqualTo(status);
        assertThat(answer.map()).containsOnlyKeys("code", "detail");
        if (code != null) {
            assertThat(answer.map()).containsEntry("code", code);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Object> topologyOf(Map<String, Object> bundle) {
        return (List<Object>) ((Map<String, Object>) bundle.get("community")).get("topology");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> assetsOf(Map<String, Object> bundle, String member) {
        return (Map<String, Object>) TestBundles.memberOf(bundle, member).get("assets");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> pointOf(Map<String, Object> bundle, String member) {
        return (Map<String, Object>) ((List<Object>) TestBundles.memberOf(bundle, member).get("delivery_points")).get(0);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> meterOf(Map<String, Object> bundle, String member) {
        Map<String, Object> meters = (Map<String, Object>) assetsOf(bundle, member).get("meter");
        return (Map<String, Object>) meters.values().iterator().next();
    }
}
