package io.gridflex.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * FlexMeasures 0.29.1's own tests of the user API ({@code api/v3_0/tests/test_api_v3_0_users.py},
 * {@code test_api_v3_0_users_fresh_db.py}) and of the API's common parts ({@code api/tests/test_auth_token.py},
 * {@code test_ping.py}, {@code test_task_runs.py}) replayed over HTTP against gridflex, one test per FlexMeasures
 * test function, on FlexMeasures' fixtures ({@link FlexMeasuresAccountsFixture}, with {@code setup_inactive_user}).
 * The {@code _fresh_db} tests start the server again on an empty database, as FlexMeasures' {@code fresh_db} does, and
 * run last (what they change stays).
 *
 * <p>FlexMeasures' tests name users and roles by the ids its test database gives them (user 4 is "Test Dummy
 * User", role 3 "admin-reader"); here they are looked up by e-mail, and roles take gridflex's fixed ids.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FlexMeasuresUserTestsReplayTest extends FlexMeasuresAccountsFixture {

    /** After the tests that share one database (those without an order). */
    private static final int FRESH_DATABASE = Order.DEFAULT + 1;

    /** Tokens of the inactive users, taken while they were active. */
    private Map<String, String> inactiveTokens;

    @Override
    protected void moreFixtures() {
        inactiveTokens = addInactiveUsers();
    }

    private Answer patchUser(String email, String body, String token) {
        return patch("/api/v3_0/users/" + user(email), body, token);
    }

    private List<String> auditEvents(String email) {
        Answer log = get("/api/v3_0/users/" + user(email) + "/auditlog", admin);
        assertThat(log.status()).as(log.raw()).isEqualTo(200);
        return log.list().stream().map(e -> (String) e.get("event")).toList();
    }

    // ---------------------------------------------------------------- test_api_v3_0_users.py

    @Test
    // test_api_v3_0_users.py::test_get_users_bad_auth (FlexMeasures' account 2 is the Supplier account)
    void test_get_users_bad_auth() {
        assertThat(get("/api/v3_0/users", null).status()).isEqualTo(401);
        Answer otherAccount = get("/api/v3_0/users?account_id=" + account("Supplier"), token("test_prosumer_user_2@seita.nl"));
        assertThat(otherAccount.status()).isEqualTo(403);
        assertThat(otherAccount.map()).containsEntry("status", "INVALID_SENDER");
    }

    @Test
    // test_api_v3_0_users.py::test_get_users_inactive
    void test_get_users_inactive() {
        String prosumer2 = token("test_prosumer_user_2@seita.nl");

        Answer active = get("/api/v3_0/users?include_inactive=false", prosumer2);
        Answer ascending = get("/api/v3_0/users?include_inactive=true&sort_by=username&sort_dir=asc", prosumer2);
        Answer descending = get("/api/v3_0/users?include_inactive=true&sort_by=username&sort_dir=desc", prosumer2);

        assertThat(active.status()).isEqualTo(200);
        assertThat(active.list()).hasSize(3);
        assertThat(ascending.list()).hasSize(5).first().satisfies(u -> assertThat(u.get("username")).isEqualTo("inactive test admin"));
        assertThat(descending.list()).hasSize(5).first().satisfies(u -> assertThat(u.get("username")).isEqualTo("Test Prosumer User 2"));
    }

    @Test
    // test_api_v3_0_users.py::test_get_one_user
    void test_get_one_user() {
        String path = "/api/v3_0/users/" + user("test_prosumer_user_2@seita.nl");

        assertThat(get(path, null).status()).isEqualTo(401);
        assertThat(get(path, token("test_dummy_user_3@seita.nl")).status()).isEqualTo(403);
        for (String email : new String[] {"test_prosumer_user_2@seita.nl", "test_prosumer_user@seita.nl", ADMIN}) {
            Answer answer = get(path, token(email));
            assertThat(answer.status()).as(email).isEqualTo(200);
            assertThat(answer.get("username")).isEqualTo("Test Prosumer User 2");
        }
    }

    @Test
    // test_api_v3_0_users.py::test_get_one_user_audit_log
    void test_get_one_user_audit_log() {
        String path = "/api/v3_0/users/" + user("test_prosumer_user@seita.nl") + "/auditlog";

        assertThat(get(path, null).status()).isEqualTo(401);
        for (String email : new String[] {"test_dummy_account_admin@seita.nl", "test_prosumer_user_3@seita.nl",
                "test_dummy_user_3@seita.nl"}) {
            assertThat(get(path, token(email)).status()).as(email).isEqualTo(403);
        }
        for (String email : new String[] {"test_prosumer_user@seita.nl", "test_prosumer_user_2@seita.nl", ADMIN,
                "test_admin_reader_user@seita.nl"}) {
            Answer answer = get(path, token(email));
            assertThat(answer.status()).as(email).isEqualTo(200);
            assertThat(answer.list()).first().satisfies(event -> assertThat(event).containsKeys("event", "event_datetime",
                    "active_user_name", "active_user_id"));
        }
    }

    @Test
    // test_api_v3_0_users.py::test_get_one_user_audit_log_consultant
    void test_get_one_user_audit_log_consultant() {
        String path = "/api/v3_0/users/" + user("test_consultant_client@seita.nl") + "/auditlog";

        Answer ofConsultant = get(path, token("test_consultant@seita.nl"));
        assertThat(ofConsultant.status()).isEqualTo(200);
        assertThat(ofConsultant.list()).isNotEmpty();
        assertThat(get(path, token("test_consultancy_user_without_consultant_access@seita.nl")).status()).isEqualTo(403);
    }

    @Test
    // test_api_v3_0_users.py::test_edit_user (the deactivated users are activated again afterwards)
    void test_edit_user() {
        String deactivate = "{\"active\": false}";
        try {
            assertThat(patchUser(ADMIN, deactivate, token("test_prosumer_user_2@seita.nl")).status()).isEqualTo(403);
            assertThat(patchUser("test_prosumer_user_2@seita.nl", deactivate, null).status()).isEqualTo(401);
            Answer selfEdit = patchUser(ADMIN, deactivate, admin);
            assertThat(selfEdit.status()).isEqualTo(403);
            assertThat(selfEdit.get("message")).isEqualTo("You cannot be authorized for this content or functionality.");
            assertThat(patchUser("test_consultant_client@seita.nl", deactivate,
                    token("test_consultancy_user_without_consultant_access@seita.nl")).status()).isEqualTo(403);

            String consultant = token("test_consultant@seita.nl");
            Object[][] allowed = {{ADMIN, admin}, {"test_consultant@seita.nl", consultant}};
            String[] edited = {"test_prosumer_user_2@seita.nl", "test_consultant_client@seita.nl"};
            for (int i = 0; i < 2; i++) {
                Answer answer = patchUser(edited[i], deactivate, (String) allowed[i][1]);
                assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
                assertThat(answer.get("active")).isEqualTo(false);
                assertThat(answer.get("id")).isEqualTo((int) user(edited[i]));
                assertThat(get("/api/v3_0/users/" + user(edited[i]), admin).get("active")).isEqualTo(false);
                Map<String, Object> event = get("/api/v3_0/users/" + user(edited[i]) + "/auditlog", admin).list().get(0);
                assertThat(event).containsEntry("event", "Active status set to 'False'.")
                        .containsEntry("active_user_id", (int) user((String) allowed[i][0]));
            }
        } finally {
            patchUser("test_prosumer_user_2@seita.nl", "{\"active\": true}", admin);
            patchUser("test_consultant_client@seita.nl", "{\"active\": true}", admin);
        }
    }

    @Test
    // test_api_v3_0_users.py::test_edit_user_with_unexpected_fields
    void test_edit_user_with_unexpected_fields() {
        for (String unexpected : new String[] {"\"password\": \"I-should-not-be-sending-this\"", "\"id\": 10",
                "\"account_id\": 10"}) {
            Answer answer = patchUser("test_prosumer_user_2@seita.nl", "{\"active\": false, " + unexpected + "}", admin);
            assertThat(answer.status()).as(unexpected).isEqualTo(422);
            assertThat(answer.map()).containsEntry("status", "UNPROCESSABLE_ENTITY");
        }
        assertThat(get("/api/v3_0/users/" + user("test_prosumer_user_2@seita.nl"), admin).get("active")).isEqualTo(true);
    }

    @Test
    // test_api_v3_0_users.py::test_login — differs: FlexMeasures' Flask-Security login form (/login) answers an
    // inactive user 400; gridflex serves no login form, and its token request answers 401
    void test_login() {
        Answer active = post("/api/requestAuthToken", "{\"email\": \"" + ADMIN + "\", \"password\": \"testtest\"}", null);
        Answer inactive = post("/api/requestAuthToken", "{\"email\": \"inactive_admin@seita.nl\", \"password\": \"testtest\"}", null);

        assertThat(active.status()).isEqualTo(200);
        assertThat(active.get("auth_token")).isNotNull();
        assertThat(inactive.status()).isEqualTo(401);
    }

    @Test
    // test_api_v3_0_users.py::test_logout — differs: FlexMeasures' session logout (/logout → 302) has no counterpart:
    // gridflex keeps no sessions; a token ends by expiry, a password reset or deactivation
    void test_logout() {
        assertThat(get("/logout", admin).status()).isEqualTo(404);
    }

    @Test
    // test_api_v3_0_users.py::test_user_role_failed_modification_permission (FlexMeasures' user 5 is "Test Dummy Account
    // Admin", user 8 "Test Admin Reader User", role 3 admin-reader — gridflex's role 2)
    void test_user_role_failed_modification_permission() {
        String adminReader = token("test_admin_reader_user@seita.nl");

        assertThat(patchUser("test_dummy_account_admin@seita.nl", "{\"flexmeasures_roles\": [2]}", adminReader).status())
                .isEqualTo(403);
        assertThat(patchUser("test_admin_reader_user@seita.nl", "{\"flexmeasures_roles\": [2]}", token("test_consultant@seita.nl"))
                .status()).isEqualTo(403);
        assertThat(patchUser("test_dummy_account_admin@seita.nl", "{\"flexmeasures_roles\": []}", adminReader).status())
                .isEqualTo(403);
        assertThat(get("/api/v3_0/users/" + user("test_dummy_account_admin@seita.nl"), admin).get("flexmeasures_roles"))
                .isEqualTo(List.of(3));
    }

    @Test
    // UserAPI.index: the users of every readable account without account_id (a consultant's clients too), sort_by
    // lastLogin, filter, and the paginated object
    @SuppressWarnings("unchecked")
    void index_lists_the_users_of_every_readable_account_sorted_filtered_and_paged() {
        token("test_consultancy_user_without_consultant_access@seita.nl"); // logs in first,
        String consultant = token("test_consultant@seita.nl"); // the consultant last

        List<Object> ofConsultant = get("/api/v3_0/users", consultant).list().stream().map(u -> u.get("email")).toList();
        Answer byLogin = get("/api/v3_0/users?account_id=" + account("Consultancy") + "&sort_by=lastLogin&sort_dir=desc", admin);
        Answer paged = get("/api/v3_0/users?filter=prosumer&page=1&per_page=2&include_inactive=true", admin);
        Answer lastSeen = get("/api/v3_0/users?sort_by=lastSeen&sort_dir=asc", admin);

        assertThat(ofConsultant).containsExactlyInAnyOrder("test_consultant@seita.nl",
                "test_consultancy_user_without_consultant_access@seita.nl", "test_consultant_client@seita.nl");
        assertThat(byLogin.list()).extracting(u -> u.get("email"))
                .containsExactly("test_consultant@seita.nl", "test_consultancy_user_without_consultant_access@seita.nl");
        assertThat(paged.map()).containsEntry("filtered-records", 5); // the Prosumer account's 3 active and 2 inactive users
        assertThat((List<Object>) paged.get("data")).hasSize(2);
        assertThat(((Number) paged.get("num-records")).intValue()).isGreaterThan(5);
        // gridflex keeps no last_seen_at
        assertThat(lastSeen.status()).isEqualTo(422);
    }

    // ---------------------------------------------------------------- test_api_v3_0_users_fresh_db.py

    @Test
    @Order(FRESH_DATABASE)
    // test_api_v3_0_users_fresh_db.py::test_user_reset_password (no e-mails: gridflex sends none)
    void test_user_reset_password() {
        freshDatabase();
        long user2 = user("test_prosumer_user_2@seita.nl");
        String path = "/api/v3_0/users/" + user2 + "/password-reset";

        assertThat(patch(path, "", null).status()).isEqualTo(401);
        assertThat(patch(path, "", token("test_prosumer_user@seita.nl")).status()).isEqualTo(403);
        assertThat(patch(path, "", inactiveTokens.get("inactive_user@seita.nl")).status()).isEqualTo(401);
        assertThat(patch(path, "", inactiveTokens.get("inactive_admin@seita.nl")).status()).isEqualTo(401);
        for (String email : new String[] {"test_prosumer_user_2@seita.nl", ADMIN}) {
            String token = email.equals(ADMIN) ? admin : token(email);
            Answer answer = patch(path, "", token);
            assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
            Map<String, Object> event = get("/api/v3_0/users/" + user2 + "/auditlog", admin).list().get(0);
            assertThat(event).containsEntry("event", "Password reset for user Test Prosumer User 2")
                    .containsEntry("active_user_id", (int) user(email));
            // the old password and the user's tokens are void
            assertThat(post("/api/requestAuthToken", "{\"email\": \"test_prosumer_user_2@seita.nl\", \"password\": \"testtest\"}",
                    null).status()).isEqualTo(401);
        }
    }

    @Test
    @Order(FRESH_DATABASE)
    // test_api_v3_0_users_fresh_db.py::test_user_role_successful_modification_permission (FlexMeasures' user 4 is "Test
    // Dummy User", user 5 "Test Dummy Account Admin"; its roles [3, 4] are admin-reader and consultant, gridflex's [2, 4])
    void test_user_role_successful_modification_permission() {
        freshDatabase();

        Answer added = patchUser("test_dummy_user_3@seita.nl", "{\"flexmeasures_roles\": [2, 4]}", admin);
        Answer removed = patchUser("test_dummy_account_admin@seita.nl", "{\"flexmeasures_roles\": []}", admin);

        assertThat(added.status()).as(added.raw()).isEqualTo(200);
        assertThat(added.get("flexmeasures_roles")).isEqualTo(List.of(2, 4));
        assertThat(removed.status()).as(removed.raw()).isEqualTo(200);
        assertThat(removed.get("flexmeasures_roles")).isEqualTo(List.of());
        assertThat(auditEvents("test_dummy_user_3@seita.nl").get(0)).isEqualTo("Added role(s): [admin-reader,consultant].");
        assertThat(auditEvents("test_dummy_account_admin@seita.nl").get(0)).isEqualTo("Removed role(s): [account-admin].");
    }

    @Test
    @Order(FRESH_DATABASE)
    // test_api_v3_0_users_fresh_db.py::test_user_creation_api (no password: the new user gets a random one)
    void test_user_creation_api() {
        freshDatabase();
        String body = "{\"email\": \"new_user@seita.nl\", \"username\": \"new_user\", \"account_id\": %d}";

        Answer byOtherAdmin = post("/api/v3_0/users", body.formatted(account("Prosumer")), token("test_dummy_account_admin@seita.nl"));
        Answer byAdminReader = post("/api/v3_0/users", body.formatted(account("Dummy")), token("test_admin_reader_user@seita.nl"));
        Answer byAccountAdmin = post("/api/v3_0/users", body.formatted(account("Prosumer")), token("test_prosumer_user_2@seita.nl"));

        assertThat(byOtherAdmin.status()).isEqualTo(403);
        assertThat(byAdminReader.status()).isEqualTo(403);
        assertThat(byAccountAdmin.status()).as(byAccountAdmin.raw()).isEqualTo(201);
        assertThat(byAccountAdmin.map()).containsEntry("email", "new_user@seita.nl").containsEntry("username", "new_user")
                .containsEntry("account_id", (int) account("Prosumer")).containsEntry("active", true)
                .containsEntry("flexmeasures_roles", List.of());
        // FlexMeasures mails password-reset instructions; the random password lets nobody in meanwhile
        assertThat(post("/api/requestAuthToken", "{\"email\": \"new_user@seita.nl\", \"password\": \"new_user@seita.nl\"}", null)
                .status()).isEqualTo(401);
    }

    // ---------------------------------------------------------------- api/tests

    @Test
    // api/tests/test_auth_token.py::test_auth_token (the bare token in the Authorization header)
    void test_auth_token() {
        Answer answer = send(HttpRequest.GET("/api/v3_0/assets"), tokenFor(ADMIN, PASSWORD));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.list()).isEmpty(); // admin has no assets themselves
    }

    @Test
    // api/tests/test_ping.py::test_ping_ok
    void test_ping_ok() {
        Answer pong = get("/api/ops/ping", null);

        assertThat(pong.status()).isEqualTo(200);
        assertThat(pong.get("message")).isEqualTo("ok");
    }

    @Test
    // api/tests/test_task_runs.py (seven tests) — differs: FlexMeasures' task-run monitoring (/api/ops/getLatestTaskRun,
    // /api/ops/postLatestTaskRun, the task-runner role) is not served
    void test_task_runs() {
        assertThat(get("/api/ops/getLatestTaskRun?name=task-B", admin).status()).isEqualTo(404);
    }
}
