package io.gridflex.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gridflex.application.contract.TestBundles;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.celine.recregistry.client.ApiClient;
import org.celine.recregistry.client.ApiException;
import org.celine.recregistry.client.api.AdminApi;
import org.celine.recregistry.client.api.MeApi;
import org.celine.recregistry.client.api.MetaApi;
import org.celine.recregistry.client.model.ImportRequest;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The community registry driven through a client generated from rec-registry 1.7.0's published
 * OpenAPI document (see src/test/resources/rec-registry/README.md): every operation of the
 * document, each answer's raw body checked against the schema the document gives for its status.
 */
class RegistryGeneratedClientTest extends ApiTest {

    private static final PublishedSchema DOCUMENT = PublishedSchema.read("/rec-registry/openapi-1.7.0.json");

    private final Set<String> covered = new TreeSet<>();
    private final List<String> drifts = new ArrayList<>();
    private RecordingHttpClient.Builder http;
    private AdminApi admin;
    private MeApi me;
    private MetaApi meta;
    private ObjectMapper mapper;

    @BeforeAll
    void client() {
        http = new RecordingHttpClient.Builder();
        ApiClient api = signedIn(adminToken());
        mapper = api.getObjectMapper();
        admin = new AdminApi(api);
        me = new MeApi(api);
        meta = new MetaApi(api);
    }

    /** The generated client, sending this token, through the recording HTTP client. */
    private ApiClient signedIn(String token) {
        ApiClient api = new ApiClient();
        api.setHttpClientBuilder(http);
        api.updateBaseUri(server.getURL().toString());
        api.setRequestInterceptor(request -> request.header("Authorization", token));
        return api;
    }

    /** Imports a generated community of two members under each key. */
    private void importCommunities(String... keys) {
        for (String key : keys) {
            ImportRequest request = mapper.convertValue(Map.of("bundle", TestBundles.community(key, 2)), ImportRequest.class);
            expect("admin_import_admin_import_post", 200, () -> admin.adminImportAdminImportPost(request));
        }
    }

    interface Call<T> {
        T call() throws ApiException;
    }

    /** Calls an operation, expects a status, checks the raw body against the document; answers what the client read. */
    private <T> T expect(String operationId, int status, Call<T> call) {
        T read = null;
        try {
            read = call.call();
        } catch (ApiException e) {
            if (e.getCode() == 0) { // the generated client could not read what came back
                drifts.add(DOCUMENT.describe(operationId) + ": the generated client cannot read the answer: " + e.getMessage());
            }
        }
        RecordingHttpClient.Exchange exchange = http.client().last();
        assertThat(exchange.status()).as(DOCUMENT.describe(operationId) + " → " + new String(exchange.body())).isEqualTo(status);
        covered.add(operationId);
        DOCUMENT.responseSchema(operationId, status).ifPresent(schema -> {
            try {
                JsonNode body = new ObjectMapper().readTree(exchange.body());
                List<String> violations = DOCUMENT.violations(schema, body);
                violations.forEach(v -> drifts.add(DOCUMENT.describe(operationId) + " " + status + " " + v));
            } catch (IOException e) {
                drifts.add(DOCUMENT.describe(operationId) + " " + status + ": not JSON: " + new String(exchange.body()));
            }
        });
        return read;
    }

    @Test
    void probe_reads() throws Exception {
        Map<String, Object> bundle = TestBundles.community("rec_gen", 3);
        ImportRequest request = mapper.convertValue(Map.of("bundle", bundle), ImportRequest.class);
        expect("admin_import_admin_import_post", 200, () -> admin.adminImportAdminImportPost(request));
        expect("list_communities_admin_communities_get", 200, () -> admin.listCommunitiesAdminCommunitiesGet(null, null, null));
        expect("get_community_admin_communities__community_key__get", 200, () -> admin.getCommunityAdminCommunitiesCommunityKeyGet("rec_gen"));
        expect("get_community_topology_admin_communities__community_key__topology_get", 200, () -> admin.getCommunityTopologyAdminCommunitiesCommunityKeyTopologyGet("rec_gen"));
        expect("list_members_admin_communities__community_key__members_get", 200, () -> admin.listMembersAdminCommunitiesCommunityKeyMembersGet("rec_gen", null, null, null, null, null));
        expect("get_member_admin_communities__community_key__members__member_key__get", 200, () -> admin.getMemberAdminCommunitiesCommunityKeyMembersMemberKeyGet("rec_gen", "m01"));
        expect("get_member_by_user_id_admin_communities__community_key__members_by_user_id__user_id__get", 200, () -> admin.getMemberByUserIdAdminCommunitiesCommunityKeyMembersByUserIdUserIdGet("rec_gen", "rec_gen-m01"));
        expect("get_member_delivery_points_admin_communities__community_key__members__member_key__delivery_points_get", 200, () -> admin.getMemberDeliveryPointsAdminCommunitiesCommunityKeyMembersMemberKeyDeliveryPointsGet("rec_gen", "m01"));
        expect("list_delivery_points_admin_communities__community_key__delivery_points_get", 200, () -> admin.listDeliveryPointsAdminCommunitiesCommunityKeyDeliveryPointsGet("rec_gen", null, null, null, null));
        expect("get_delivery_point_by_id_admin_communities__community_key__delivery_points_by_id__dp_id__get", 200, () -> admin.getDeliveryPointByIdAdminCommunitiesCommunityKeyDeliveryPointsByIdDpIdGet("rec_gen", "IT001Erec_genm01"));
        expect("list_assets_admin_communities__community_key__assets_get", 200, () -> admin.listAssetsAdminCommunitiesCommunityKeyAssetsGet("rec_gen", null, null, null, null));
        expect("get_asset_admin_communities__community_key__assets__asset_key__get", 200, () -> admin.getAssetAdminCommunitiesCommunityKeyAssetsAssetKeyGet("rec_gen", "pv-m01"));
        expect("list_meters_admin_communities__community_key__meters_get", 200, () -> admin.listMetersAdminCommunitiesCommunityKeyMetersGet("rec_gen", null, null, null));
        expect("lookup_community_by_user_id", 200, () -> admin.lookupCommunityByUserId("rec_gen-m01"));
        expect("lookup_member_by_user_id", 200, () -> admin.lookupMemberByUserId("rec_gen-m01"));
        expect("lookup_community_by_delivery_point", 200, () -> admin.lookupCommunityByDeliveryPoint("IT001Erec_genm01"));
        expect("version_version_get", 200, () -> meta.versionVersionGet());
        expect("health_health_get", 200, () -> meta.healthHealthGet());
        expect("lookup_community_by_sensor_id", 200, () -> admin.lookupCommunityBySensorId("S-rec_gen-m01"));
        expect("lookup_asset_by_sensor_id", 200, () -> admin.lookupAssetBySensorId("S-rec_gen-m01"));
        expect("get_asset_by_sensor_id_admin_communities__community_key__assets_by_sensor_id__sensor_id__get", 200, () -> admin.getAssetBySensorIdAdminCommunitiesCommunityKeyAssetsBySensorIdSensorIdGet("rec_gen", "S-rec_gen-m01"));
        expect("get_me_user_get", 200, () -> me.getMeUserGet());
        long account = id(post("/api/v3_0/accounts", "{\"name\": \"Members\"}", adminToken()));
        Answer created = post("/api/v3_0/users", "{\"email\": \"m01@example.org\", \"username\": \"rec_gen-m01\", \"password\": \"testtest\", \"account_id\": " + account + "}", adminToken());
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        String memberToken = tokenFor("m01@example.org", "testtest");
        MeApi mine = new MeApi(signedIn(memberToken));
        expect("get_me_user_get", 200, () -> mine.getMeUserGet());
        expect("get_my_member_user_member_get", 200, () -> mine.getMyMemberUserMemberGet());
        expect("get_my_community_user_community_get", 200, () -> mine.getMyCommunityUserCommunityGet());
        expect("get_my_assets_user_assets_get", 200, () -> mine.getMyAssetsUserAssetsGet(null));
        expect("get_my_asset_user_assets__asset_key__get", 200, () -> mine.getMyAssetUserAssetsAssetKeyGet("pv-m01"));
        expect("get_my_delivery_points_user_delivery_points_get", 200, () -> mine.getMyDeliveryPointsUserDeliveryPointsGet());
    }

    /** The code of the last answer's body ({@code {"detail", "code"}}), or null. */
    private String code() {
        return String.valueOf(lastBody().get("code"));
    }

    private String detail() {
        return String.valueOf(lastBody().get("detail"));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> lastBody() {
        try {
            return new ObjectMapper().readValue(http.client().last().body(), Map.class);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private <T> T body(Map<String, Object> fields, Class<T> type) {
        return mapper.convertValue(fields, type);
    }

    private static Map<String, Object> newMember(String key, String userId, String status, List<String> points) {
        Map<String, Object> member = new java.util.LinkedHashMap<>();
        if (key != null) {
            member.put("key", key);
        }
        member.put("user_id", userId);
        member.put("name", "Example Member");
        member.put("role", "consumer");
        member.put("area", "north");
        member.put("status", status);
        member.put("delivery_points", points.stream().map(p -> Map.of("id", p, "type", "pod")).toList());
        return member;
    }

    private List<String> pointIds(String community, String member) throws ApiException {
        return admin.getMemberDeliveryPointsAdminCommunitiesCommunityKeyMembersMemberKeyDeliveryPointsGet(community, member)
                .getDeliveryPoints().stream().map(p -> p.getId()).toList();
    }

    private int memberCount(String community) throws ApiException {
        return admin.listMembersAdminCommunitiesCommunityKeyMembersGet(community, null, null, null, null, null).getItems().size();
    }

    @Test
    void member_writes() throws Exception {
        String c = "rec_w";
        String other = "rec_w2";
        importCommunities(c, other);
        String create = "create_member_admin_communities__community_key__members_post";
        String patch = "patch_member_admin_communities__community_key__members__member_key__patch";
        String profile = "patch_member_profile_admin_communities__community_key__members__member_key__profile_patch";
        String status = "change_member_status_admin_communities__community_key__members__member_key__status_post";
        String delete = "delete_member_admin_communities__community_key__members__member_key__delete";
        String putPoint = "upsert_delivery_point_admin_communities__community_key__members__member_key__delivery_points__point_id__put";
        String deletePoint = "remove_delivery_point_admin_communities__community_key__members__member_key__delivery_points__point_id__delete";
        String pointOfM01 = "IT001Erec_wm01";

        // create: the registry's key, a chosen key, and its refusals in order
        var created = expect(create, 201, () -> admin.createMemberAdminCommunitiesCommunityKeyMembersPost(c,
                body(newMember(null, "kc-0001", "active", List.of("IT001E00000001")), org.celine.recregistry.client.model.MemberCreate.class)));
        assertThat(created.getKey()).isEqualTo("member-00003");
        assertThat(created.getUserId()).isEqualTo("kc-0001");
        var chosen = expect(create, 201, () -> admin.createMemberAdminCommunitiesCommunityKeyMembersPost(c,
                body(newMember("ex-00042", "kc-0042", "active", List.of()), org.celine.recregistry.client.model.MemberCreate.class)));
        assertThat(chosen.getKey()).isEqualTo("ex-00042");
        expect(create, 409, () -> admin.createMemberAdminCommunitiesCommunityKeyMembersPost(c,
                body(newMember("ex-00042", "kc-0002", "active", List.of()), org.celine.recregistry.client.model.MemberCreate.class)));
        assertThat(code()).isEqualTo("member_key_taken");
        assertThat(detail()).isEqualTo("Member 'ex-00042' already exists in this community");
        expect(create, 409, () -> admin.createMemberAdminCommunitiesCommunityKeyMembersPost(c,
                body(newMember("other", "kc-0001", "active", List.of("IT001E00000001")), org.celine.recregistry.client.model.MemberCreate.class)));
        assertThat(code()).isEqualTo("user_id_taken");
        assertThat(detail()).contains("kc-0001");
        expect(create, 404, () -> admin.createMemberAdminCommunitiesCommunityKeyMembersPost("nowhere",
                body(newMember(null, "kc-0003", "active", List.of()), org.celine.recregistry.client.model.MemberCreate.class)));
        assertThat(code()).isEqualTo("community_not_found");
        for (var bad : List.of(Map.entry("role", "owner"), Map.entry("role", "Consumer"), Map.entry("status", "retired"),
                Map.entry("area", "east"))) {
            Map<String, Object> member = newMember("ex-00060", "kc-0060", "active", List.of());
            member.put(bad.getKey(), bad.getValue());
            expect(create, 422, () -> admin.createMemberAdminCommunitiesCommunityKeyMembersPost(c,
                    body(member, org.celine.recregistry.client.model.MemberCreate.class)));
            assertThat(code()).isEqualTo(bad.getKey().equals("area") ? "unknown_area" : "invalid_" + bad.getKey());
        }
        expect(create, 409, () -> admin.createMemberAdminCommunitiesCommunityKeyMembersPost(c,
                body(newMember("ex-00002", "kc-0002", "active", List.of(" it001e00000001 ")), org.celine.recregistry.client.model.MemberCreate.class)));
        assertThat(code()).isEqualTo("delivery_point_held");
        assertThat(detail()).contains("member-00003");
        expect(create, 409, () -> admin.createMemberAdminCommunitiesCommunityKeyMembersPost(other,
                body(newMember("ex-00002", "kc-0002", "active", List.of("IT001E00000001")), org.celine.recregistry.client.model.MemberCreate.class)));
        assertThat(code()).isEqualTo("delivery_point_held");
        assertThat(detail()).doesNotContain("member-00003").doesNotContain(c);
        expect(create, 201, () -> admin.createMemberAdminCommunitiesCommunityKeyMembersPost(c,
                body(newMember("ex-00002", "kc-0002", "pending", List.of("IT001E00000001")), org.celine.recregistry.client.model.MemberCreate.class)));
        Map<String, Object> withMeter = newMember("ex-00003", "kc-0003", "active", List.of());
        withMeter.put("assets", Map.of("meter", Map.of("m-3", Map.of("sensor_id", " S-rec_w-m01", "meter_type", "bidirectional"))));
        expect(create, 409, () -> admin.createMemberAdminCommunitiesCommunityKeyMembersPost(c,
                body(withMeter, org.celine.recregistry.client.model.MemberCreate.class)));
        assertThat(code()).isEqualTo("sensor_held");
        Map<String, Object> longKey = newMember("ex-00004", "kc-0004", "active", List.of());
        longKey.put("assets", Map.of("meter", Map.of("k".repeat(129), Map.of("sensor_id", "S-new", "meter_type", "bidirectional"))));
        expect(create, 422, () -> admin.createMemberAdminCommunitiesCommunityKeyMembersPost(c,
                body(longKey, org.celine.recregistry.client.model.MemberCreate.class)));
        assertThat(code()).isEqualTo("asset_key_too_long");
        assertThat(memberCount(c)).isEqualTo(5);

        // the general patch: absent fields alone, the DID and user id unique, the whole patch or nothing
        var renamed = expect(patch, 200, () -> admin.patchMemberAdminCommunitiesCommunityKeyMembersMemberKeyPatch(c, "m01",
                body(Map.of("name", "Renamed"), org.celine.recregistry.client.model.MemberPatch.class)));
        assertThat(renamed.getName()).isEqualTo("Renamed");
        assertThat(renamed.getRole()).isEqualTo("prosumer");
        String did = "did:web:dataspace.example%3A30005:alice";
        expect(patch, 200, () -> admin.patchMemberAdminCommunitiesCommunityKeyMembersMemberKeyPatch(c, "m01",
                body(Map.of("did", did), org.celine.recregistry.client.model.MemberPatch.class)));
        expect(patch, 200, () -> admin.patchMemberAdminCommunitiesCommunityKeyMembersMemberKeyPatch(c, "m01",
                body(Map.of("did", did), org.celine.recregistry.client.model.MemberPatch.class)));
        expect(patch, 409, () -> admin.patchMemberAdminCommunitiesCommunityKeyMembersMemberKeyPatch(c, "m02",
                body(Map.of("did", did), org.celine.recregistry.client.model.MemberPatch.class)));
        assertThat(code()).isEqualTo("did_taken");
        assertThat(detail()).contains("'m01'");
        expect(patch, 409, () -> admin.patchMemberAdminCommunitiesCommunityKeyMembersMemberKeyPatch(other, "m02",
                body(Map.of("did", did), org.celine.recregistry.client.model.MemberPatch.class)));
        assertThat(code()).isEqualTo("did_taken");
        assertThat(detail()).doesNotContain("m01");
        expect(patch, 409, () -> admin.patchMemberAdminCommunitiesCommunityKeyMembersMemberKeyPatch(c, "m02",
                body(Map.of("user_id", "rec_w-m01"), org.celine.recregistry.client.model.MemberPatch.class)));
        assertThat(code()).isEqualTo("user_id_taken");
        assertThat(detail()).isEqualTo("user_id 'rec_w-m01' already belongs to member 'm01'");
        expect(patch, 404, () -> admin.patchMemberAdminCommunitiesCommunityKeyMembersMemberKeyPatch(c, "nobody",
                body(Map.of("name", "x"), org.celine.recregistry.client.model.MemberPatch.class)));
        assertThat(code()).isEqualTo("member_not_found");
        expect(patch, 422, () -> admin.patchMemberAdminCommunitiesCommunityKeyMembersMemberKeyPatch(c, "m01",
                body(Map.of("status", "retired"), org.celine.recregistry.client.model.MemberPatch.class)));
        assertThat(code()).isEqualTo("invalid_status");
        expect(patch, 422, () -> admin.patchMemberAdminCommunitiesCommunityKeyMembersMemberKeyPatch(c, "m01",
                body(Map.of("name", "Changed", "area", "east"), org.celine.recregistry.client.model.MemberPatch.class)));
        assertThat(code()).isEqualTo("unknown_area");
        assertThat(admin.getMemberAdminCommunitiesCommunityKeyMembersMemberKeyGet(c, "m01").getName()).isEqualTo("Renamed");
        assertThat(patch(path(c, "m01"), "{\"name\": \"Again\", \"unknown\": 1}", adminToken()).status()).isEqualTo(200);

        // the profile and one-field routes take exactly their fields
        var moved = expect(profile, 200, () -> admin.patchMemberProfileAdminCommunitiesCommunityKeyMembersMemberKeyProfilePatch(c, "m01",
                body(Map.of("role", "producer"), org.celine.recregistry.client.model.MemberProfilePatch.class)));
        assertThat(moved.getRole()).isEqualTo("producer");
        assertThat(moved.getArea()).isEqualTo("north");
        expect(profile, 422, () -> admin.patchMemberProfileAdminCommunitiesCommunityKeyMembersMemberKeyProfilePatch(c, "m01",
                body(Map.of("area", "east"), org.celine.recregistry.client.model.MemberProfilePatch.class)));
        assertThat(code()).isEqualTo("unknown_area");
        assertThat(detail()).contains("north");
        for (String strict : List.of("{}", "{\"role\": \"prosumer\", \"user_id\": \"kc-9\"}", "{\"role\": null}", "{\"status\": \"inactive\"}")) {
            assertThat(patch(path(c, "m01") + "/profile", strict, adminToken()).status()).as(strict).isEqualTo(422);
        }
        expect("put_member_name_admin_communities__community_key__members__member_key__name_put", 200,
                () -> admin.putMemberNameAdminCommunitiesCommunityKeyMembersMemberKeyNamePut(c, "m01",
                        body(Map.of("name", "Another Name"), org.celine.recregistry.client.model.MemberNamePut.class)));
        expect("put_member_role_admin_communities__community_key__members__member_key__role_put", 200,
                () -> admin.putMemberRoleAdminCommunitiesCommunityKeyMembersMemberKeyRolePut(c, "m01",
                        body(Map.of("role", "prosumer"), org.celine.recregistry.client.model.MemberRolePut.class)));
        expect("put_member_role_admin_communities__community_key__members__member_key__role_put", 422,
                () -> admin.putMemberRoleAdminCommunitiesCommunityKeyMembersMemberKeyRolePut(c, "m01",
                        body(Map.of("role", "landlord"), org.celine.recregistry.client.model.MemberRolePut.class)));
        assertThat(code()).isEqualTo("invalid_role");
        expect("put_member_area_admin_communities__community_key__members__member_key__area_put", 200,
                () -> admin.putMemberAreaAdminCommunitiesCommunityKeyMembersMemberKeyAreaPut(c, "m01",
                        body(Map.of("area", "north"), org.celine.recregistry.client.model.MemberAreaPut.class)));
        expect("put_member_area_admin_communities__community_key__members__member_key__area_put", 422,
                () -> admin.putMemberAreaAdminCommunitiesCommunityKeyMembersMemberKeyAreaPut(c, "m01",
                        body(Map.of("area", " north"), org.celine.recregistry.client.model.MemberAreaPut.class)));
        assertThat(code()).isEqualTo("unknown_area");
        expect("put_member_area_admin_communities__community_key__members__member_key__area_put", 404,
                () -> admin.putMemberAreaAdminCommunitiesCommunityKeyMembersMemberKeyAreaPut("nowhere", "m01",
                        body(Map.of("area", "north"), org.celine.recregistry.client.model.MemberAreaPut.class)));
        assertThat(code()).isEqualTo("community_not_found");
        assertThat(send(HttpRequest.PUT(path(c, "m01") + "/name", "{\"name\": \"x\", \"user_id\": \"kc-9999\"}")
                .contentType(MediaType.APPLICATION_JSON_TYPE), adminToken()).status()).isEqualTo(422);
        var member = admin.getMemberAdminCommunitiesCommunityKeyMembersMemberKeyGet(c, "m01");
        assertThat(List.of(member.getName(), member.getRole(), member.getArea(), member.getUserId()))
                .containsExactly("Another Name", "prosumer", "north", "rec_w-m01");

        // status: a suspended member holds nothing and is not checked; its return is
        expect(status, 200, () -> admin.changeMemberStatusAdminCommunitiesCommunityKeyMembersMemberKeyStatusPost(c, "m02",
                body(Map.of("status", "suspended", "reason", "non-payment"), org.celine.recregistry.client.model.MemberStatusChange.class)));
        expect(putPoint, 200, () -> admin.upsertDeliveryPointAdminCommunitiesCommunityKeyMembersMemberKeyDeliveryPointsPointIdPut(c, "m02",
                pointOfM01, body(Map.of("id", pointOfM01, "type", "pod"), org.celine.recregistry.client.model.DeliveryPointIn.class), null));
        expect(status, 409, () -> admin.changeMemberStatusAdminCommunitiesCommunityKeyMembersMemberKeyStatusPost(c, "m02",
                body(Map.of("status", "active"), org.celine.recregistry.client.model.MemberStatusChange.class)));
        assertThat(code()).isEqualTo("delivery_point_held");
        assertThat(detail()).isEqualTo("This delivery point is already held by member 'm01'; check it with the member");
        expect(patch, 409, () -> admin.patchMemberAdminCommunitiesCommunityKeyMembersMemberKeyPatch(c, "m02",
                body(Map.of("status", "active", "name", "Changed"), org.celine.recregistry.client.model.MemberPatch.class)));
        assertThat(code()).isEqualTo("delivery_point_held");
        var suspended = admin.getMemberAdminCommunitiesCommunityKeyMembersMemberKeyGet(c, "m02");
        assertThat(List.of(suspended.getStatus(), suspended.getName())).containsExactly("suspended", "Member m02");
        expect(status, 422, () -> admin.changeMemberStatusAdminCommunitiesCommunityKeyMembersMemberKeyStatusPost(c, "m02",
                body(Map.of("status", "retired"), org.celine.recregistry.client.model.MemberStatusChange.class)));
        assertThat(code()).isEqualTo("invalid_status");

        // delivery points: merge, correction, the holder rule, the link rule
        var added = expect(putPoint, 200, () -> admin.upsertDeliveryPointAdminCommunitiesCommunityKeyMembersMemberKeyDeliveryPointsPointIdPut(c,
                "m01", "IT002", body(Map.of("id", "IT002", "type", "pod", "description", "Second"),
                        org.celine.recregistry.client.model.DeliveryPointIn.class), null));
        assertThat(added.getDeliveryPoints()).extracting(p -> p.getId()).containsExactly(pointOfM01, "IT002");
        expect(putPoint, 422, () -> admin.upsertDeliveryPointAdminCommunitiesCommunityKeyMembersMemberKeyDeliveryPointsPointIdPut(c,
                "m01", "IT002", body(Map.of("id", "IT999", "type", "pod"), org.celine.recregistry.client.model.DeliveryPointIn.class), null));
        assertThat(detail()).contains("Body id 'IT999' does not match path id 'IT002'");
        expect(putPoint, 404, () -> admin.upsertDeliveryPointAdminCommunitiesCommunityKeyMembersMemberKeyDeliveryPointsPointIdPut(c,
                "m01", "IT005", body(Map.of("id", "IT005", "type", "pod"), org.celine.recregistry.client.model.DeliveryPointIn.class),
                "IT001E09999999"));
        expect(putPoint, 409, () -> admin.upsertDeliveryPointAdminCommunitiesCommunityKeyMembersMemberKeyDeliveryPointsPointIdPut(c,
                "ex-00042", "it002", body(Map.of("id", "it002", "type", "pod"), org.celine.recregistry.client.model.DeliveryPointIn.class), null));
        assertThat(code()).isEqualTo("delivery_point_held");
        assertThat(pointIds(c, "ex-00042")).isEmpty();
        expect(putPoint, 409, () -> admin.upsertDeliveryPointAdminCommunitiesCommunityKeyMembersMemberKeyDeliveryPointsPointIdPut(other,
                "m01", " IT002 ", body(Map.of("id", " IT002 ", "type", "pod"), org.celine.recregistry.client.model.DeliveryPointIn.class), null));
        assertThat(code()).isEqualTo("delivery_point_held");
        assertThat(detail()).isEqualTo("This delivery point is already held by another active member");
        expect(deletePoint, 409, () -> admin.removeDeliveryPointAdminCommunitiesCommunityKeyMembersMemberKeyDeliveryPointsPointIdDelete(c,
                "m01", pointOfM01));
        assertThat(code()).isEqualTo("delivery_point_linked");
        assertThat(detail()).doesNotContain("S-rec_w-m01");
        var corrected = expect(putPoint, 200, () -> admin.upsertDeliveryPointAdminCommunitiesCommunityKeyMembersMemberKeyDeliveryPointsPointIdPut(c,
                "m01", "IT003", body(Map.of("id", "IT003", "type", "pod"), org.celine.recregistry.client.model.DeliveryPointIn.class),
                " it001erec_wm01"));
        assertThat(corrected.getDeliveryPoints()).extracting(p -> p.getId()).containsExactly("IT002", "IT003");
        assertThat(admin.getAssetAdminCommunitiesCommunityKeyAssetsAssetKeyGet(c, "meter-m01").getProperties()).containsEntry("pod", "IT003");
        var removed = expect(deletePoint, 200, () -> admin.removeDeliveryPointAdminCommunitiesCommunityKeyMembersMemberKeyDeliveryPointsPointIdDelete(c,
                "m01", "IT002"));
        assertThat(removed.getDeliveryPoints()).extracting(p -> p.getId()).containsExactly("IT003");
        expect(deletePoint, 404, () -> admin.removeDeliveryPointAdminCommunitiesCommunityKeyMembersMemberKeyDeliveryPointsPointIdDelete(c,
                "m01", "IT002"));
        expect(status, 200, () -> admin.changeMemberStatusAdminCommunitiesCommunityKeyMembersMemberKeyStatusPost(c, "m02",
                body(Map.of("status", "active"), org.celine.recregistry.client.model.MemberStatusChange.class)));

        // release and purge
        var released = expect(delete, 200, () -> admin.deleteMemberAdminCommunitiesCommunityKeyMembersMemberKeyDelete(c, "m02", null));
        assertThat(lastBody()).containsExactlyInAnyOrderEntriesOf(Map.of("community_key", c, "member_key", "m02", "purged", false,
                "status", "inactive", "assets_removed", 0));
        assertThat(admin.getMemberAdminCommunitiesCommunityKeyMembersMemberKeyGet(c, "m02").getStatus()).isEqualTo("inactive");
        expect(delete, 200, () -> admin.deleteMemberAdminCommunitiesCommunityKeyMembersMemberKeyDelete(c, "m01", true));
        assertThat(lastBody()).containsEntry("purged", true).containsEntry("assets_removed", 2);
        assertThat(get(path(c, "m01"), adminToken()).status()).isEqualTo(404);
        expect(delete, 404, () -> admin.deleteMemberAdminCommunitiesCommunityKeyMembersMemberKeyDelete(c, "nobody", null));
        assertThat(code()).isEqualTo("member_not_found");
        // the purged member's sensor is free again
        Map<String, Object> taker = newMember("ex-00005", "kc-0005", "active", List.of(pointOfM01));
        taker.put("assets", Map.of("meter", Map.of("m-5", Map.of("sensor_id", "S-rec_w-m01", "meter_type", "bidirectional"))));
        expect(create, 201, () -> admin.createMemberAdminCommunitiesCommunityKeyMembersPost(other,
                body(taker, org.celine.recregistry.client.model.MemberCreate.class)));
        assertThat(memberCount(c)).isEqualTo(4);
        assertThat(memberCount(other)).isEqualTo(3);
    }

    private org.celine.recregistry.client.model.AssetUpsert meterBody(String key, String sensor, String pod) {
        Map<String, Object> properties = new java.util.LinkedHashMap<>();
        properties.put("name", "Meter");
        properties.put("sensor_id", sensor);
        properties.put("meter_type", "bidirectional");
        if (pod != null) {
            properties.put("pod", pod);
        }
        return body(Map.of("key", key, "asset_type", "meter", "properties", properties), org.celine.recregistry.client.model.AssetUpsert.class);
    }

    @Test
    void asset_writes() throws Exception {
        String c = "rec_as";
        String other = "rec_as2";
        importCommunities(c, other);
        String put = "upsert_asset_admin_communities__community_key__members__member_key__assets__asset_key__put";
        String delete = "delete_asset_admin_communities__community_key__members__member_key__assets__asset_key__delete";
        var attached = expect(put, 200, () -> admin.upsertAssetAdminCommunitiesCommunityKeyMembersMemberKeyAssetsAssetKeyPut(c, "m01",
                "meter-SEN-1", meterBody("meter-SEN-1", "  SEN-1 ", null)));
        assertThat(List.of(attached.getKey(), attached.getSensorId(), attached.getOwnerKey(), attached.getOwnerUserId()))
                .containsExactly("meter-SEN-1", "SEN-1", "m01", "rec_as-m01");
        String id = attached.getId();
        var again = expect(put, 200, () -> admin.upsertAssetAdminCommunitiesCommunityKeyMembersMemberKeyAssetsAssetKeyPut(c, "m01",
                "meter-SEN-1", meterBody("meter-SEN-1", "SEN-1", null)));
        assertThat(again.getId()).as("a replacement keeps the asset's id").isEqualTo(id);
        expect(put, 409, () -> admin.upsertAssetAdminCommunitiesCommunityKeyMembersMemberKeyAssetsAssetKeyPut(c, "m02",
                "other-key", meterBody("other-key", " SEN-1 ", null)));
        assertThat(code()).isEqualTo("sensor_held");
        assertThat(detail()).contains("'m01'").doesNotContain("SEN-1");
        expect(put, 409, () -> admin.upsertAssetAdminCommunitiesCommunityKeyMembersMemberKeyAssetsAssetKeyPut(other, "m01",
                "meter-SEN-1", meterBody("meter-SEN-1", "SEN-1", null)));
        assertThat(code()).isEqualTo("sensor_held");
        assertThat(detail()).doesNotContain("m01");
        expect(put, 409, () -> admin.upsertAssetAdminCommunitiesCommunityKeyMembersMemberKeyAssetsAssetKeyPut(c, "m02",
                "meter-SEN-2", meterBody("meter-SEN-2", "SEN-2", "it001erec_asm01")));
        assertThat(code()).isEqualTo("delivery_point_held");
        expect(put, 200, () -> admin.upsertAssetAdminCommunitiesCommunityKeyMembersMemberKeyAssetsAssetKeyPut(c, "m01",
                "meter-SEN-3", meterBody("meter-SEN-3", "SEN-3", " IT001EREC_ASM01 ")));
        expect(put, 409, () -> admin.upsertAssetAdminCommunitiesCommunityKeyMembersMemberKeyAssetsAssetKeyPut(c, "m02",
                "meter-SEN-1", meterBody("meter-SEN-1", "SEN-9", null)));
        assertThat(code()).isEqualTo("asset_key_taken");
        assertThat(detail()).isEqualTo("Asset key 'meter-SEN-1' already belongs to another member of this community");
        expect(put, 422, () -> admin.upsertAssetAdminCommunitiesCommunityKeyMembersMemberKeyAssetsAssetKeyPut(c, "m02",
                "k".repeat(129), meterBody("k".repeat(129), "SEN-8", null)));
        assertThat(code()).isEqualTo("asset_key_too_long");
        assertThat(detail()).doesNotContain("kkkk");
        expect(put, 422, () -> admin.upsertAssetAdminCommunitiesCommunityKeyMembersMemberKeyAssetsAssetKeyPut(c, "m02",
                "meter-blank", meterBody("meter-blank", "   ", null)));
        expect(put, 422, () -> admin.upsertAssetAdminCommunitiesCommunityKeyMembersMemberKeyAssetsAssetKeyPut(c, "m02",
                "r-1", body(Map.of("key", "r-1", "asset_type", "reactor", "properties", Map.of()), org.celine.recregistry.client.model.AssetUpsert.class)));
        assertThat(detail()).contains("meter");
        expect(put, 422, () -> admin.upsertAssetAdminCommunitiesCommunityKeyMembersMemberKeyAssetsAssetKeyPut(c, "m02",
                "ev-1", body(Map.of("key", "ev-1", "asset_type", "ev_charger", "properties", Map.of("name", "Charger")),
                        org.celine.recregistry.client.model.AssetUpsert.class)));
        expect(put, 422, () -> admin.upsertAssetAdminCommunitiesCommunityKeyMembersMemberKeyAssetsAssetKeyPut(c, "m02",
                "meter-SEN-8", meterBody("something-else", "SEN-8", null)));
        expect(put, 404, () -> admin.upsertAssetAdminCommunitiesCommunityKeyMembersMemberKeyAssetsAssetKeyPut(c, "nobody",
                "meter-SEN-8", meterBody("meter-SEN-8", "SEN-8", null)));
        assertThat(code()).isEqualTo("member_not_found");
        expect(delete, 404, () -> {
            admin.deleteAssetAdminCommunitiesCommunityKeyMembersMemberKeyAssetsAssetKeyDelete(c, "m02", "meter-SEN-1");
            return null;
        });
        assertThat(code()).isEqualTo("asset_not_found");
        expect(delete, 204, () -> {
            admin.deleteAssetAdminCommunitiesCommunityKeyMembersMemberKeyAssetsAssetKeyDelete(c, "m01", "meter-SEN-1");
            return null;
        });
        expect(put, 200, () -> admin.upsertAssetAdminCommunitiesCommunityKeyMembersMemberKeyAssetsAssetKeyPut(other, "m01",
                "meter-SEN-1", meterBody("meter-SEN-1", "SEN-1", null)));
        assertThat(get("/admin/communities/" + c + "/assets/meter-SEN-1", adminToken()).status()).isEqualTo(404);
    }

    /**
     * rec-registry's {@code TestNoWriteReducesASibling::test_member_count_survives_every_write}, as far
     * as the member and asset routes reach (the area, topology and community writes are not served yet):
     * after every write, refused or not, the community still lists both members.
     */
    @Test
    void no_member_write_reduces_a_sibling() {
        Map<String, Object> bundle = TestBundles.community("test-rec", 0);
        @SuppressWarnings("unchecked")
        Map<String, Object> community = (Map<String, Object>) bundle.get("community");
        @SuppressWarnings("unchecked")
        Map<String, Object> areas = (Map<String, Object>) community.get("areas");
        areas.put("south", TestBundles.area("AC002"));
        @SuppressWarnings("unchecked")
        List<Object> topology = (List<Object>) community.get("topology");
        topology.add(TestBundles.node("AC002", "primary_substation", null));
        topology.add(TestBundles.node("AC003", "primary_substation", null));
        topology.add(TestBundles.node("AC004", "primary_substation", null));
        String admin = adminToken();
        assertThat(post("/admin/import", json(Map.of("bundle", bundle)), admin).status()).isEqualTo(200);
        String members = "/admin/communities/test-rec/members";
        Map<String, Object> m1 = newMember("m1", "kc-0001", "active", List.of("IT001E09000001"));
        m1.put("assets", Map.of("meter", Map.of("meter-SEN-7", Map.of("sensor_id", "SEN-7", "meter_type", "bidirectional", "pod", "IT777"))));
        assertThat(post(members, json(m1), admin).status()).isEqualTo(201);
        assertThat(post(members, json(newMember("m2", "kc-0002", "active", List.of())), admin).status()).isEqualTo(201);
        String one = members + "/m1";
        String two = members + "/m2";
        record Step(String method, String path, String body, int status) {
        }
        List<Step> steps = List.of(
                new Step("PATCH", one, "{\"name\": \"A\"}", 200),
                new Step("PATCH", one + "/profile", "{\"role\": \"prosumer\", \"area\": \"south\"}", 200),
                new Step("PATCH", one + "/profile", "{\"area\": \"nowhere\"}", 422),
                new Step("POST", one + "/status", "{\"status\": \"suspended\"}", 200),
                new Step("PUT", one + "/delivery-points/IT777", "{\"id\": \"IT777\", \"type\": \"pod\"}", 200),
                new Step("PUT", one + "/assets/meter-1", meter("meter-1", "s-9", null), 200),
                new Step("PUT", two + "/assets/meter-SEN-S1", meter("meter-SEN-S1", "SEN-S1", null), 200),
                new Step("PUT", one + "/assets/m1-meter", meter("m1-meter", "SEN-S1", null), 200),
                new Step("POST", one + "/status", "{\"status\": \"active\"}", 409),
                new Step("DELETE", two + "/assets/meter-SEN-S1", null, 204),
                new Step("POST", one + "/status", "{\"status\": \"active\"}", 200),
                new Step("PUT", two + "/assets/meter-SEN-S1", meter("meter-SEN-S1", "SEN-S1", null), 409),
                new Step("PUT", one + "/name", "{\"name\": \"B\"}", 200),
                new Step("PUT", one + "/role", "{\"role\": \"producer\"}", 200),
                new Step("PUT", one + "/role", "{\"role\": \"landlord\"}", 422),
                new Step("PUT", one + "/area", "{\"area\": \"north\"}", 200),
                new Step("PUT", one + "/area", "{\"area\": \"nowhere\"}", 422),
                new Step("DELETE", one + "/delivery-points/IT777", null, 409),
                new Step("PUT", one + "/delivery-points/IT778?replaces=IT777", "{\"id\": \"IT778\", \"type\": \"pod\"}", 200),
                new Step("PUT", one + "/delivery-points/IT779?replaces=IT000", "{\"id\": \"IT779\", \"type\": \"pod\"}", 404),
                new Step("PUT", two + "/delivery-points/IT778", "{\"id\": \"IT778\", \"type\": \"pod\"}", 409),
                new Step("PUT", two + "/delivery-points/IT780", "{\"id\": \"IT780\", \"type\": \"pod\"}", 200),
                new Step("DELETE", two + "/delivery-points/IT780", null, 200),
                new Step("DELETE", two, null, 200));
        for (Step step : steps) {
            io.micronaut.http.MutableHttpRequest<?> request = switch (step.method()) {
                case "PATCH" -> HttpRequest.PATCH(step.path(), step.body());
                case "POST" -> HttpRequest.POST(step.path(), step.body());
                case "PUT" -> HttpRequest.PUT(step.path(), step.body());
                default -> HttpRequest.DELETE(step.path());
            };
            Answer answer = send(request.contentType(MediaType.APPLICATION_JSON_TYPE), admin);
            assertThat(answer.status()).as(step + " → " + answer.raw()).isEqualTo(step.status());
            @SuppressWarnings("unchecked")
            List<Object> items = (List<Object>) get(members, admin).get("items");
            assertThat(items).as("after " + step).hasSize(2);
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> points = (List<Map<String, Object>>) get(one, admin).get("delivery_points");
        assertThat(points).extracting(p -> p.get("id")).containsExactly("IT001E09000001", "IT778");
        assertThat(get(two, admin).get("status")).isEqualTo("inactive");
    }

    private String meter(String key, String sensor, String pod) {
        Map<String, Object> properties = new java.util.LinkedHashMap<>(Map.of("sensor_id", sensor, "meter_type", "bidirectional"));
        if (pod != null) {
            properties.put("pod", pod);
        }
        return json(Map.of("key", key, "asset_type", "meter", "properties", properties));
    }

    private String json(Object value) {
        try {
            return new ObjectMapper().writeValueAsString(value);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String path(String community, String member) {
        return "/admin/communities/" + community + "/members/" + member;
    }

    @AfterAll
    void printDrifts() {
        System.out.println("DRIFTS:\n" + String.join("\n", drifts));
    }
}
