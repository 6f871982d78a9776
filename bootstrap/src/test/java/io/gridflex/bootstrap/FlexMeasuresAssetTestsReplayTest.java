package io.gridflex.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * FlexMeasures 0.29.1's own tests of assets ({@code api/v3_0/tests/test_assets_api.py} and
 * {@code test_assets_api_fresh_db.py}) replayed over HTTP against gridflex, one test per FlexMeasures test function.
 *
 * <p>FlexMeasures' fixtures (conftest.py: {@code create_test_accounts}, {@code create_roles_users},
 * {@code create_generic_assets}, {@code add_incineration_line}, {@code add_asset_with_children}) are rebuilt through the
 * API as admin. The tests of {@code test_assets_api.py} share one database, as FlexMeasures' module-scoped {@code db}
 * does, and so run in the file's order; each test of {@code test_assets_api_fresh_db.py} builds a world of its own
 * (accounts, users and assets under fresh names), as FlexMeasures' {@code fresh_db} does.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FlexMeasuresAssetTestsReplayTest extends ApiTest {

    private static final long NON_EXISTENT_ASSET = 8171766575L;
    private static final AtomicInteger WORLDS = new AtomicInteger();

    private String admin;
    private long adminAccount;
    private long adminUserId;
    private World world;

    /** What FlexMeasures' fixtures hold, rebuilt in gridflex: account and asset ids by name, tokens by e-mail. */
    private final class World {
        final String domain;
        final Map<String, Long> accounts = new HashMap<>();
        final Map<String, Long> assets = new HashMap<>();
        final Map<String, Long> sensors = new HashMap<>();
        final Map<String, String> tokens = new HashMap<>();
        final Map<String, Long> userIds = new HashMap<>();

        World(String domain) {
            this.domain = domain;
        }

        String token(String user) {
            return tokens.get(user);
        }
    }

    @BeforeAll
    void flexMeasuresFixtures() {
        admin = adminToken();
        Answer login = post("/api/requestAuthToken", "{\"email\": \"" + ADMIN_EMAIL + "\", \"password\": \"" + ADMIN_PASSWORD + "\"}", null);
        adminUserId = ((Number) login.get("user_id")).longValue();
        adminAccount = ((Number) get("/api/v3_0/users/" + adminUserId, admin).get("account_id")).longValue();
        world = world("seita.nl", true);
    }

    /**
     * create_test_accounts, create_roles_users, create_generic_assets, add_incineration_line and add_asset_with_children.
     * FlexMeasures' test admin is a user of the Dummy account; here the server's own admin plays that part.
     */
    private World world(String domain, boolean withPublicAsset) {
        World w = new World(domain);
        String suffix = domain.equals("seita.nl") ? "" : " (" + domain + ")";
        account(w, "Prosumer", "Test Prosumer Account" + suffix, "[\"Prosumer\"]", null);
        account(w, "Supplier", "Test Supplier Account" + suffix, "[\"Supplier\"]", null);
        account(w, "Dummy", "Test Dummy Account" + suffix, "[\"Dummy\"]", null);
        account(w, "Empty", "Test Empty Account" + suffix, "[]", null);
        account(w, "Multi", "Multi Role Account" + suffix, "[\"Prosumer\", \"Supplier\", \"Dummy\"]", null);
        account(w, "Consultancy", "Test Consultancy Account" + suffix, "[\"Consultancy\"]", null);
        account(w, "ConsultancyClient", "Test ConsultancyClient Account" + suffix, "[\"ConsultancyClient\"]",
                w.accounts.get("Consultancy"));

        user(w, "test_prosumer_user", "Test Prosumer User", "Prosumer", "[]");
        user(w, "test_prosumer_user_2", "Test Prosumer User 2", "Prosumer", "[\"account-admin\"]");
        user(w, "test_prosumer_user_3", "Test Another Plain Prosumer User", "Prosumer", "[]");
        user(w, "test_dummy_user_3", "Test Dummy User", "Dummy", "[]");
        user(w, "test_dummy_account_admin", "Test Dummy Account Admin", "Dummy", "[\"account-admin\"]");
        user(w, "test_supplier_user_4", "Test Supplier User", "Supplier", "[]");
        user(w, "test_admin_reader_user", "Test Admin Reader User", "Dummy", "[\"admin-reader\"]");
        user(w, "test_consultant", "Test Consultant User", "Consultancy", "[\"consultant\"]");
        user(w, "test_consultancy_user_without_consultant_access", "Test Consultant User without consultant role", "Consultancy", "[]");
        user(w, "test_consultant_client", "Test Consultancy Client User", "ConsultancyClient", "[]");

        if (withPublicAsset) {
            w.assets.put("troposphere", asset("{\"name\": \"troposphere\", \"generic_asset_type_id\": " + type("public good")
                    + ", \"account_id\": null}"));
        }
        long wind = type("wind turbine");
        w.assets.put("Test wind turbine", asset(w, "Test wind turbine", wind, "Supplier"));
        w.assets.put("Test ConsultancyClient Asset", asset(w, "Test ConsultancyClient Asset", wind, "ConsultancyClient"));

        // add_incineration_line: the "waste incinerator" asset of the supplier with three sensors, two of them with data
        long incineration = asset(w, "incineration line", type("waste incinerator"), "Supplier");
        w.assets.put("incineration line", incineration);
        w.sensors.put("some gas sensor", sensor(incineration, "some gas sensor", "m³/h", "PT10M"));
        w.sensors.put("some temperature sensor", sensor(incineration, "some temperature sensor", "°C", "PT0M"));
        w.sensors.put("empty temperature sensor", sensor(incineration, "empty temperature sensor", "°C", "PT0M"));
        String supplier = w.token("test_supplier_user_4");
        assertThat(post("/api/v3_0/sensors/" + w.sensors.get("some gas sensor") + "/data", "{\"values\": [91.3, 91.7, 92.1], "
                + "\"start\": \"2021-05-02T00:00:00+02:00\", \"duration\": \"PT30M\", \"horizon\": \"PT0H\", \"unit\": \"m³/h\"}",
                supplier).status()).isEqualTo(200);

        // create_generic_assets' prosumer battery, whose sensors_to_show names FlexMeasures' sensors 1 and 2
        w.assets.put("Test grid connected battery storage", asset("{\"name\": \"Test grid connected battery storage\", "
                + "\"generic_asset_type_id\": " + type("battery") + ", \"account_id\": " + w.accounts.get("Prosumer")
                + ", \"attributes\": {\"some-attribute\": \"some-value\", \"sensors_to_show\": [" + w.sensors.get("some gas sensor")
                + ", " + w.sensors.get("some temperature sensor") + "]}}"));

        // add_asset_with_children passes the supplier user's id (6) as account_id: in FlexMeasures' database that is
        // account 6, the Consultancy account; so the parent and its children live there
        long parent = asset(w, "parent", type("parent"), "Consultancy");
        w.assets.put("parent", parent);
        long child = type("child");
        for (String name : List.of("child_1", "child_2")) {
            w.assets.put(name, asset("{\"name\": \"" + name + "\", \"generic_asset_type_id\": " + child + ", \"account_id\": "
                    + w.accounts.get("Consultancy") + ", \"parent_asset_id\": " + parent + "}"));
        }
        return w;
    }

    private void account(World w, String key, String name, String roles, Long consultancy) {
        Answer created = post("/api/v3_0/accounts", "{\"name\": \"" + name + "\", \"account_roles\": " + roles
                + (consultancy == null ? "" : ", \"consultancy_account_id\": " + consultancy) + "}", admin);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        w.accounts.put(key, id(created));
    }

    private void user(World w, String local, String username, String account, String roles) {
        String email = local + "@" + w.domain;
        String suffix = w.domain.equals("seita.nl") ? "" : " (" + w.domain + ")";
        Answer created = post("/api/v3_0/users", "{\"email\": \"" + email + "\", \"username\": \"" + username + suffix
                + "\", \"password\": \"testtest\", \"account_id\": " + w.accounts.get(account) + ", \"flexmeasures_roles\": " + roles
                + "}", admin);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        w.userIds.put(local, id(created));
        w.tokens.put(local, tokenFor(email, "testtest"));
    }

    /** The id of the asset type of that name, registered if gridflex does not know it yet. */
    private long type(String name) {
        for (Map<String, Object> type : get("/api/v3_0/assets/types", admin).list()) {
            if (name.equals(type.get("name"))) {
                return ((Number) type.get("id")).longValue();
            }
        }
        Answer created = post("/api/v3_0/assets/types", "{\"name\": \"" + name + "\"}", admin);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return id(created);
    }

    private long asset(World w, String name, long type, String account) {
        return asset("{\"name\": \"" + name + "\", \"generic_asset_type_id\": " + type + ", \"account_id\": "
                + w.accounts.get(account) + "}");
    }

    private long asset(String body) {
        Answer created = post("/api/v3_0/assets", body, admin);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return id(created);
    }

    private long sensor(long asset, String name, String unit, String resolution) {
        Answer created = post("/api/v3_0/sensors", "{\"name\": \"" + name + "\", \"unit\": \"" + unit + "\", \"event_resolution\": \""
                + resolution + "\", \"generic_asset_id\": " + asset + "}", admin);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return id(created);
    }

    /** get_asset_post_data(account_id, asset_type_id): FlexMeasures' account 1 is the Prosumer account. */
    private static Map<String, Object> assetPostData(long account, long type) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("name", "Test battery 2");
        data.put("latitude", 30.1);
        data.put("longitude", 100.42);
        data.put("generic_asset_type_id", type);
        data.put("account_id", account);
        return data;
    }

    private Map<String, Object> assetPostData() {
        return assetPostData(world.accounts.get("Prosumer"), type("public good"));
    }

    private String body(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private Answer delete(String path, String token) {
        return send(HttpRequest.DELETE(path), token);
    }

    @SuppressWarnings("unchecked")
    private static List<String> jsonErrors(Answer answer, String field) {
        Map<String, Object> message = (Map<String, Object>) answer.get("message");
        return (List<String>) ((Map<String, Object>) message.get("json")).get(field);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> data(Answer answer) {
        return (List<Map<String, Object>>) answer.get("data");
    }

    /** check_audit_log_event: the event is in the asset's audit log, by that user (id and name). */
    private void assertAudited(long asset, String event, long userId, String userName) {
        Answer log = get("/api/v3_0/assets/" + asset + "/auditlog", admin);
        assertThat(log.status()).as(log.raw()).isEqualTo(200);
        assertThat(log.list()).as("expected audit log event: " + event).anySatisfy(entry -> assertThat(entry)
                .containsEntry("event", event)
                .containsEntry("active_user_id", (int) userId)
                .containsEntry("active_user_name", userName));
    }

    private long countAssets(long account) {
        Answer page = get("/api/v3_0/assets?account_id=" + account + "&page=1", admin);
        assertThat(page.status()).as(page.raw()).isEqualTo(200);
        return ((Number) page.get("num-records")).longValue();
    }

    // ---------------------------------------------------------------- test_assets_api.py

    @Test
    @Order(1)
    // test_assets_api.py::test_get_asset_types
    void test_get_asset_types() {
        Answer answer = get("/api/v3_0/assets/types", world.token("test_prosumer_user"));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.list()).isNotEmpty();
        assertThat(answer.list().get(0)).containsKeys("id", "name", "description");
    }

    @Test
    @Order(2)
    // test_assets_api.py::test_get_assets_badauth (no auth → 401; a user of another account → 403)
    void test_get_assets_badauth() {
        String query = "/api/v3_0/assets?account_id=" + world.accounts.get("Prosumer");
        assertThat(get(query, null).status()).isEqualTo(401);
        assertThat(get(query, world.token("test_dummy_user_3")).status()).isEqualTo(403);
    }

    @Test
    @Order(3)
    // test_assets_api.py::test_get_asset_nonaccount_access (own account's asset 200, another's 403, a missing one 404)
    void test_get_asset_nonaccount_access() {
        String supplier = world.token("test_supplier_user_4");
        assertThat(get("/api/v3_0/assets/" + world.assets.get("Test wind turbine"), supplier).status()).isEqualTo(200);
        assertThat(get("/api/v3_0/assets/" + world.assets.get("Test grid connected battery storage"), supplier).status())
                .isEqualTo(403);
        Answer missing = get("/api/v3_0/assets/" + NON_EXISTENT_ASSET, supplier);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.map()).containsEntry("message", "No asset found with ID 8171766575.");
    }

    @Test
    @Order(4)
    // test_assets_api.py::test_get_assets (six parametrisations)
    void test_get_assets() {
        checkGetAssets(admin, "Prosumer", 1, false, null, null, null);
        checkGetAssets(admin, "Supplier", 2, false, null, null, null);
        checkGetAssets(admin, "Supplier", 2, false, "name", "asc", "incineration line");
        checkGetAssets(admin, "Supplier", 2, false, "name", "desc", "Test wind turbine");
        checkGetAssets(world.token("test_consultant"), "ConsultancyClient", 1, false, null, null, null);
        checkGetAssets(admin, "Prosumer", 1, true, null, null, null);
    }

    private void checkGetAssets(String token, String account, int numAssets, boolean usePagination, String sortBy, String sortDir,
                                String expectedFirst) {
        StringBuilder query = new StringBuilder("/api/v3_0/assets?account_id=" + world.accounts.get(account));
        if (usePagination) {
            query.append("&page=1");
        }
        if (sortBy != null) {
            query.append("&sort_by=").append(sortBy);
        }
        if (sortDir != null) {
            query.append("&sort_dir=").append(sortDir);
        }
        Answer answer = get(query.toString(), token);
        assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
        List<Map<String, Object>> assets;
        if (usePagination) {
            assets = data(answer);
            assertThat(answer.map()).containsEntry("num-records", numAssets).containsEntry("filtered-records", numAssets)
                    .as("flask-json's as_json adds the status to a dict answer").containsEntry("status", 200);
        } else {
            assets = answer.list();
            if (sortBy != null) {
                assertThat(assets.get(0)).containsEntry("name", expectedFirst);
            }
        }
        assertThat(assets).hasSize(numAssets);
        if (account.equals("Supplier")) {
            assertThat(assets).filteredOn(a -> "Test wind turbine".equals(a.get("name"))).singleElement()
                    .satisfies(turbine -> assertThat(turbine).containsEntry("account_id", world.accounts.get("Supplier").intValue()));
        }
    }

    @Test
    @Order(5)
    // test_assets_api.py::test_fetch_asset_sensors (unsorted, by name ascending, by name descending)
    void test_fetch_asset_sensors() {
        long asset = world.assets.get("incineration line");
        for (String[] sort : new String[][]{{null, null, null}, {"name", "asc", "empty temperature sensor"},
                {"name", "desc", "some temperature sensor"}}) {
            String query = sort[0] == null ? "" : "?sort_by=" + sort[0] + "&sort_dir=" + sort[1];
            Answer answer = get("/api/v3_0/assets/" + asset + "/sensors" + query, admin);
            assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
            assertThat(answer.map()).containsEntry("status", 200).containsEntry("num-records", 3).containsEntry("filtered-records", 3);
            assertThat(data(answer)).hasSize(3);
            assertThat(data(answer).get(0).get("unit")).isIn("m³/h", "°C");
            if (sort[0] != null) {
                assertThat(data(answer).get(0)).containsEntry("name", sort[2]);
            }
        }
    }

    @Test
    @Order(6)
    // test_assets_api.py::test_get_asset_with_children
    void test_get_asset_with_children() {
        Answer answer = get("/api/v3_0/assets/" + world.assets.get("parent"), admin);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.get("child_assets")).asList().hasSize(2);
    }

    @Test
    @Order(7)
    // test_assets_api.py::test_get_public_assets_noauth
    void test_get_public_assets_noauth() {
        assertThat(get("/api/v3_0/assets/public", null).status()).isEqualTo(401);
    }

    @Test
    @Order(8)
    // test_assets_api.py::test_get_public_assets
    void test_get_public_assets() {
        Answer answer = get("/api/v3_0/assets/public", admin);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.list()).singleElement().satisfies(asset -> assertThat(asset).containsEntry("name", "troposphere"));
    }

    @Test
    @Order(9)
    // test_assets_api.py::test_alter_an_asset (a plain member may not create or delete, but may edit; both edits audited
    // per field in FlexMeasures' words)
    void test_alter_an_asset() {
        String prosumer = world.token("test_prosumer_user");
        long asset = world.assets.get("Test grid connected battery storage");
        Answer creation = post("/api/v3_0/assets", "{}", prosumer);
        assertThat(creation.status()).as(creation.raw()).isEqualTo(403);
        assertThat(delete("/api/v3_0/assets/" + asset, prosumer).status()).isEqualTo(403);

        Map<String, Object> before = get("/api/v3_0/assets/" + asset, prosumer).map();
        Answer edited = patch("/api/v3_0/assets/" + asset, "{\"latitude\": 11.1, \"name\": \"other\"}", prosumer);
        assertThat(edited.status()).as(edited.raw()).isEqualTo(200);
        Map<String, Object> reset = new LinkedHashMap<>();
        reset.put("latitude", before.get("latitude"));
        reset.put("name", before.get("name"));
        Answer resetting = patch("/api/v3_0/assets/" + asset, body(reset), prosumer);
        assertThat(resetting.status()).as(resetting.raw()).isEqualTo(200);

        long userId = world.userIds.get("test_prosumer_user");
        assertAudited(asset, "Updated: name, From: " + before.get("name") + ", To: other", userId, "Test Prosumer User");
        assertAudited(asset, "Updated: latitude, From: None, To: 11.1", userId, "Test Prosumer User");
    }

    @Test
    @Order(10)
    // test_assets_api.py::test_alter_an_asset_with_bad_json_attributes (seven parametrisations)
    void test_alter_an_asset_with_bad_json_attributes() {
        String prosumer = world.token("test_prosumer_user");
        long asset = world.assets.get("Test grid connected battery storage");
        long gas = world.sensors.get("some gas sensor");
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("null", "may not be null");
        cases.put("\"{\"", "Not a valid JSON");
        cases.put("\"{\\\"hallo\\\": world}\"", "Not a valid JSON");
        cases.put("\"{\\\"sensors_to_show\\\": [0, 1]}\"", "No sensor found");
        cases.put("\"{\\\"sensors_to_show\\\": [" + gas + ", [0, 2]]}\"", "No sensor found");
        cases.put("\"{\\\"sensors_to_show\\\": [1, [2, [3, 4]]]}\"", "All elements in a list within 'sensors_to_show' must be integers.");
        cases.put("\"{\\\"sensors_to_show\\\": [1, \\\"2\\\"]}\"", "Invalid item type in 'sensors_to_show'. Expected int, list, or dict.");
        cases.forEach((badJson, message) -> {
            Answer answer = patch("/api/v3_0/assets/" + asset, "{\"attributes\": " + badJson + "}", prosumer);
            assertThat(answer.status()).as(badJson + " " + answer.raw()).isEqualTo(422);
            assertThat(jsonErrors(answer, "attributes").get(0)).as(badJson).contains(message);
        });
    }

    @Test
    @Order(11)
    // test_assets_api.py::test_alter_an_asset_with_json_attributes (the attributes sent back as a JSON string, unchanged)
    void test_alter_an_asset_with_json_attributes() {
        String prosumer = world.token("test_prosumer_user");
        long asset = world.assets.get("Test grid connected battery storage");
        String attributes = (String) get("/api/v3_0/assets/" + asset, prosumer).get("attributes");
        assertThat(attributes).contains("sensors_to_show");
        Answer answer = patch("/api/v3_0/assets/" + asset, body(Map.of("attributes", attributes)), prosumer);
        assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
    }

    @Test
    @Order(12)
    // test_assets_api.py::test_post_an_asset_with_other_account
    void test_post_an_asset_with_other_account() {
        Map<String, Object> data = assetPostData();
        data.put("account_id", world.accounts.get("Supplier"));
        Answer answer = post("/api/v3_0/assets", body(data), world.token("test_prosumer_user_2"));
        assertThat(answer.status()).as(answer.raw()).isEqualTo(422);
        assertThat(jsonErrors(answer, "account_id").get(0)).contains("not allowed to create assets for this account");
    }

    @Test
    @Order(13)
    // test_assets_api.py::test_post_an_asset_with_nonexisting_field
    void test_post_an_asset_with_nonexisting_field() {
        Map<String, Object> data = assetPostData();
        data.put("nnname", "This field does not exist");
        Answer answer = post("/api/v3_0/assets", body(data), admin);
        assertThat(answer.status()).isEqualTo(422);
        assertThat(jsonErrors(answer, "nnname").get(0)).isEqualTo("Unknown field.");
    }

    @Test
    @Order(14)
    // test_assets_api.py::test_posting_multiple_assets
    void test_posting_multiple_assets() {
        Map<String, Object> second = assetPostData();
        second.put("name", "Test battery 3");
        Answer answer = post("/api/v3_0/assets", body(List.of(assetPostData(), second)), admin);
        assertThat(answer.status()).isEqualTo(422);
        assertThat(jsonErrors(answer, "_schema").get(0)).isEqualTo("Invalid input type.");
    }

    @Test
    @Order(15)
    // test_assets_api.py::test_post_an_asset_with_invalid_data (a longitude of 300.9 and no type: both named, nothing stored)
    void test_post_an_asset_with_invalid_data() {
        long before = countAssets(adminAccount);
        Map<String, Object> data = assetPostData();
        data.put("name", "Something new");
        data.put("longitude", 300.9);
        data.remove("generic_asset_type_id");
        Answer answer = post("/api/v3_0/assets", body(data), admin);
        assertThat(answer.status()).isEqualTo(422);
        assertThat(jsonErrors(answer, "longitude").get(0)).contains("exceeds the maximum longitude");
        assertThat(jsonErrors(answer, "generic_asset_type_id").get(0)).contains("required field");
        assertThat(countAssets(adminAccount)).isEqualTo(before);
    }

    @Test
    @Order(16)
    // test_assets_api.py::test_post_an_asset (into FlexMeasures' account 1, the Prosumer account; audited)
    void test_post_an_asset() {
        Answer answer = post("/api/v3_0/assets", body(assetPostData()), admin);
        assertThat(answer.status()).as(answer.raw()).isEqualTo(201);
        assertThat(answer.map()).containsEntry("latitude", 30.1);
        long asset = id(answer);
        Answer stored = get("/api/v3_0/assets/" + asset, admin);
        assertThat(stored.map()).containsEntry("name", "Test battery 2").containsEntry("latitude", 30.1);
        assertAudited(asset, "Created asset 'Test battery 2': " + asset, adminUserId, (String) get("/api/v3_0/users/" + adminUserId,
                admin).get("username"));
    }

    @Test
    @Order(17)
    // test_assets_api.py::test_delete_an_asset (the asset of the gas sensor; the audit entry outlives the asset, unreachable
    // over HTTP, as FlexMeasures' affected_asset_id becomes None)
    void test_delete_an_asset() {
        long asset = world.assets.get("incineration line");
        Answer deleted = delete("/api/v3_0/assets/" + asset, admin);
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(get("/api/v3_0/assets/" + asset, admin).status()).isEqualTo(404);
        assertThat(get("/api/v3_0/sensors/" + world.sensors.get("some gas sensor"), admin).status()).isEqualTo(404);
    }

    @Test
    @Order(18)
    // test_assets_api.py::test_consultant_can_read
    void test_consultant_can_read() {
        Answer answer = get("/api/v3_0/assets?account_id=" + world.accounts.get("ConsultancyClient"), world.token("test_consultant"));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.list()).singleElement().satisfies(a -> assertThat(a).containsEntry("name", "Test ConsultancyClient Asset"));
    }

    @Test
    @Order(19)
    // test_assets_api.py::test_consultant_can_patch
    void test_consultant_can_patch() {
        Answer answer = patch("/api/v3_0/assets/" + world.assets.get("Test ConsultancyClient Asset"), "{\"latitude\": 0}",
                world.token("test_consultant"));
        assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
        assertThat(answer.map()).containsEntry("latitude", 0.0);
    }

    @Test
    @Order(20)
    // test_assets_api.py::test_consultancy_user_without_consultant_role
    void test_consultancy_user_without_consultant_role() {
        Answer answer = get("/api/v3_0/assets?account_id=" + world.accounts.get("ConsultancyClient"),
                world.token("test_consultancy_user_without_consultant_access"));
        assertThat(answer.status()).isEqualTo(403);
    }

    @Test
    @Order(21)
    // test_assets_api.py::test_post_an_asset_with_existing_name (four parametrisations, in order; FlexMeasures' test sends
    // the parent's own parent_asset_id, which is None, so each asset is posted at the top level of the admin's account)
    void test_post_an_asset_with_existing_name() {
        checkPostWithName("child_4", false);
        checkPostWithName("child_1", false); // child_1 exists, but under "parent"
        checkPostWithName("child_1", true);
        checkPostWithName("child_1", true);
    }

    private void checkPostWithName(String name, boolean fails) {
        Map<String, Object> data = assetPostData();
        data.put("name", name);
        data.put("account_id", adminAccount);
        data.put("parent_asset_id", null);
        Answer answer = post("/api/v3_0/assets", body(data), admin);
        if (fails) {
            assertThat(answer.status()).as(answer.raw()).isEqualTo(422);
            assertThat(jsonErrors(answer, "name").get(0)).contains("already exists");
        } else {
            assertThat(answer.status()).as(answer.raw()).isEqualTo(201);
            data.forEach((key, value) -> assertThat(answer.get(key)).as(key)
                    .isEqualTo(value instanceof Long number ? (Object) number.intValue() : value));
            assertThat(get("/api/v3_0/assets/" + id(answer), admin).status()).isEqualTo(200);
        }
    }

    @Test
    @Order(22)
    // test_assets_api.py::test_consultant_get_asset
    void test_consultant_get_asset() {
        Answer answer = get("/api/v3_0/assets/" + world.assets.get("Test ConsultancyClient Asset"), world.token("test_consultant"));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.map()).containsEntry("name", "Test ConsultancyClient Asset");
    }

    // ---------------------------------------------------------------- test_assets_api_fresh_db.py

    private World freshWorld() {
        return world("fresh" + WORLDS.incrementAndGet() + ".seita.nl", false);
    }

    @Test
    @Order(101)
    // test_assets_api_fresh_db.py::test_post_an_asset_as_admin (as the admin and as the prosumer's account-admin)
    void test_post_an_asset_as_admin() {
        for (String user : new String[]{null, "test_prosumer_user_2"}) {
            World fresh = freshWorld();
            Map<String, Object> battery = get("/api/v3_0/assets/" + fresh.assets.get("Test grid connected battery storage"), admin).map();
            Map<String, Object> data = assetPostData(fresh.accounts.get("Prosumer"),
                    ((Number) battery.get("generic_asset_type_id")).longValue());
            if (user != null) {
                data.put("name", "Test battery 3");
            }
            Answer answer = post("/api/v3_0/assets", body(data), user == null ? admin : fresh.token(user));
            assertThat(answer.status()).as(answer.raw()).isEqualTo(201);
            assertThat(answer.map()).containsEntry("latitude", 30.1);
            Answer listed = get("/api/v3_0/assets?account_id=" + fresh.accounts.get("Prosumer") + "&filter=%22" + ((String) data.get("name")).replace(" ", "%20")
                    + "%22", admin);
            assertThat(listed.list()).singleElement().satisfies(a -> assertThat(a).containsEntry("latitude", 30.1));
        }
    }

    @Test
    @Order(102)
    // test_assets_api_fresh_db.py::test_edit_an_asset (only the latitude changes)
    void test_edit_an_asset() {
        World fresh = freshWorld();
        long asset = ((Number) get("/api/v3_0/assets?account_id=" + fresh.accounts.get("Supplier"), admin).list().get(0).get("id"))
                .longValue();
        Map<String, Object> before = get("/api/v3_0/assets/" + asset, admin).map();
        Answer answer = patch("/api/v3_0/assets/" + asset, "{\"latitude\": 10}", admin);
        assertThat(answer.status()).isEqualTo(200);
        Map<String, Object> after = get("/api/v3_0/assets/" + asset, admin).map();
        assertThat(after).containsEntry("latitude", 10.0).containsEntry("longitude", before.get("longitude"))
                .containsEntry("name", before.get("name"));
    }

    @Test
    @Order(103)
    // test_assets_api_fresh_db.py::test_delete_an_asset (the prosumer's first asset)
    void test_delete_an_asset_fresh_db() {
        World fresh = freshWorld();
        long asset = ((Number) get("/api/v3_0/assets?account_id=" + fresh.accounts.get("Prosumer"), admin).list().get(0).get("id"))
                .longValue();
        assertThat(delete("/api/v3_0/assets/" + asset, admin).status()).isEqualTo(204);
        assertThat(get("/api/v3_0/assets/" + asset, admin).status()).isEqualTo(404);
    }
}
