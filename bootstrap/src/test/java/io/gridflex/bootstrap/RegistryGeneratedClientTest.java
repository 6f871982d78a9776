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
        String token = adminToken();
        http = new RecordingHttpClient.Builder();
        ApiClient api = new ApiClient();
        api.setHttpClientBuilder(http);
        api.updateBaseUri(server.getURL().toString());
        api.setRequestInterceptor(request -> request.header("Authorization", token));
        mapper = api.getObjectMapper();
        admin = new AdminApi(api);
        me = new MeApi(api);
        meta = new MetaApi(api);
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
        ApiClient asMember = new ApiClient();
        asMember.setHttpClientBuilder(http);
        asMember.updateBaseUri(server.getURL().toString());
        asMember.setRequestInterceptor(builder -> builder.header("Authorization", memberToken));
        MeApi mine = new MeApi(asMember);
        expect("get_me_user_get", 200, () -> mine.getMeUserGet());
        expect("get_my_member_user_member_get", 200, () -> mine.getMyMemberUserMemberGet());
        expect("get_my_community_user_community_get", 200, () -> mine.getMyCommunityUserCommunityGet());
        expect("get_my_assets_user_assets_get", 200, () -> mine.getMyAssetsUserAssetsGet(null));
        expect("get_my_asset_user_assets__asset_key__get", 200, () -> mine.getMyAssetUserAssetsAssetKeyGet("pv-m01"));
        expect("get_my_delivery_points_user_delivery_points_get", 200, () -> mine.getMyDeliveryPointsUserDeliveryPointsGet());
    }

    @AfterAll
    void printDrifts() {
        System.out.println("DRIFTS:\n" + String.join("\n", drifts));
    }
}
