package io.gridflex.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;

/**
 * FlexMeasures 0.29.1's account and user fixtures ({@code conftest.py}: {@code create_test_accounts},
 * {@code create_roles_users}, {@code create_generic_assets}, {@code add_incineration_line};
 * {@code api/v3_0/tests/conftest.py}: {@code add_inactive_users}) rebuilt through gridflex's API by its
 * first admin, in FlexMeasures' order — so the account roles get FlexMeasures' ids (Prosumer 1, Supplier 2,
 * Dummy 3, Consultancy 4, ConsultancyClient 5).
 *
 * <p>gridflex grants the admin role only to its first admin, through configuration (never through the API), so
 * FlexMeasures' "Test Admin User" is that first admin: it lives in gridflex's own first account ("gridflex
 * administrators", an eighth account besides FlexMeasures' seven), not in the Dummy account; and FlexMeasures'
 * "inactive test admin" is an inactive user without the admin role.
 *
 * <p>Every user's password is FlexMeasures' "testtest"; tokens are asked for anew where a test needs one,
 * as a test may void a user's tokens.
 */
abstract class FlexMeasuresAccountsFixture extends ApiTest {

    static final String PASSWORD = "testtest";

    /** gridflex's own account, made at start-up for its first admin (FlexMeasures' test database has none). */
    static final String GRIDFLEX_ACCOUNT = "gridflex administrators";

    protected String admin;
    /** Account ids by FlexMeasures' fixture key (Prosumer, Supplier, Dummy, Empty, Multi, Consultancy, ConsultancyClient). */
    protected final Map<String, Long> accounts = new LinkedHashMap<>();
    /** User ids by e-mail. */
    protected final Map<String, Long> users = new LinkedHashMap<>();

    static final String ADMIN = "test_admin_user@seita.nl";

    @Override
    protected Map<String, Object> properties() {
        return Map.of("gridflex.admin.email", ADMIN, "gridflex.admin.password", PASSWORD);
    }

    @Override
    String adminToken() {
        return tokenFor(ADMIN, PASSWORD);
    }

    @BeforeAll
    void flexMeasuresFixtures() {
        buildFixtures();
    }

    /** Starts the server again on an empty database with the fixtures: FlexMeasures' {@code fresh_db}. */
    protected void freshDatabase() {
        restart(Map.of("datasources.default.url", TestDatabases.freshDatabaseUrl()));
        buildFixtures();
    }

    private void buildFixtures() {
        accounts.clear();
        users.clear();
        admin = adminToken();
        Answer me = get("/api/v3_0/users?include_inactive=true", admin);
        long adminId = ((Number) me.list().get(0).get("id")).longValue();
        Answer renamed = patch("/api/v3_0/users/" + adminId, "{\"username\": \"Test Admin User\"}", admin);
        assertThat(renamed.status()).as(renamed.raw()).isEqualTo(200);
        users.put(ADMIN, adminId);
        account("Prosumer", "Test Prosumer Account", "[\"Prosumer\"]", null);
        account("Supplier", "Test Supplier Account", "[\"Supplier\"]", null);
        account("Dummy", "Test Dummy Account", "[\"Dummy\"]", null);
        account("Empty", "Test Empty Account", "[]", null);
        account("Multi", "Multi Role Account", "[\"Prosumer\", \"Supplier\", \"Dummy\"]", null);
        account("Consultancy", "Test Consultancy Account", "[\"Consultancy\"]", null);
        account("ConsultancyClient", "Test ConsultancyClient Account", "[\"ConsultancyClient\"]", accounts.get("Consultancy"));

        user("Test Prosumer User", "test_prosumer_user@seita.nl", "Prosumer", "[]");
        user("Test Prosumer User 2", "test_prosumer_user_2@seita.nl", "Prosumer", "[\"account-admin\"]");
        user("Test Another Plain Prosumer User", "test_prosumer_user_3@seita.nl", "Prosumer", "[]");
        user("Test Dummy User", "test_dummy_user_3@seita.nl", "Dummy", "[]");
        user("Test Dummy Account Admin", "test_dummy_account_admin@seita.nl", "Dummy", "[\"account-admin\"]");
        user("Test Supplier User", "test_supplier_user_4@seita.nl", "Supplier", "[]");
        user("Test Admin Reader User", "test_admin_reader_user@seita.nl", "Dummy", "[\"admin-reader\"]");
        user("Test Consultant User", "test_consultant@seita.nl", "Consultancy", "[\"consultant\"]");
        user("Test Consultant User without consultant role", "test_consultancy_user_without_consultant_access@seita.nl",
                "Consultancy", "[]");
        user("Test Consultancy Client User", "test_consultant_client@seita.nl", "ConsultancyClient", "[]");

        asset("Test grid connected battery storage", "Prosumer");
        asset("Test wind turbine", "Supplier");
        asset("Test ConsultancyClient Asset", "ConsultancyClient");
        asset("incineration line", "Supplier");
        moreFixtures();
    }

    /** What a test class adds to the fixtures, on every (fresh) database. */
    protected void moreFixtures() {
    }

    /**
     * add_inactive_users: "inactive test user" and "inactive test admin" (here without the admin role) in the
     * Prosumer account.
     * They are made active, so that they can hold a token (FlexMeasures' tests log them in by session), then
     * deactivated; the tokens are returned by e-mail.
     */
    protected Map<String, String> addInactiveUsers() {
        user("inactive test user", "inactive_user@seita.nl", "Prosumer", "[]");
        user("inactive test admin", "inactive_admin@seita.nl", "Prosumer", "[]");
        Map<String, String> tokens = new LinkedHashMap<>();
        for (String email : new String[] {"inactive_user@seita.nl", "inactive_admin@seita.nl"}) {
            tokens.put(email, token(email));
            Answer deactivated = patch("/api/v3_0/users/" + users.get(email), "{\"active\": false}", admin);
            assertThat(deactivated.status()).as(deactivated.raw()).isEqualTo(200);
        }
        return tokens;
    }

    /** A fresh token of a fixture user (null for FlexMeasures' anonymous {@code requesting_user}). */
    protected String token(String email) {
        return email == null ? null : tokenFor(email, PASSWORD);
    }

    protected long account(String key) {
        return accounts.get(key);
    }

    protected long user(String email) {
        return users.get(email);
    }

    private void account(String key, String name, String roles, Long consultancy) {
        Answer created = post("/api/v3_0/accounts", "{\"name\": \"" + name + "\", \"account_roles\": " + roles
                + (consultancy == null ? "" : ", \"consultancy_account_id\": " + consultancy) + "}", admin);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        accounts.put(key, id(created));
    }

    private void user(String username, String email, String account, String roles) {
        Answer created = post("/api/v3_0/users", "{\"email\": \"" + email + "\", \"username\": \"" + username
                + "\", \"password\": \"" + PASSWORD + "\", \"account_id\": " + accounts.get(account)
                + ", \"flexmeasures_roles\": " + roles + "}", admin);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        users.put(email, id(created));
    }

    private void asset(String name, String account) {
        Answer created = post("/api/v3_0/assets", "{\"name\": \"" + name + "\", \"generic_asset_type_id\": 1, \"account_id\": "
                + accounts.get(account) + "}", admin);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
    }
}
