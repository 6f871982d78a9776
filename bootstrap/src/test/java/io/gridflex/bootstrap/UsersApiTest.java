package io.gridflex.bootstrap;

import static io.gridflex.bootstrap.PublicApiTest.fieldErrors;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The user endpoints of seed 001, with FlexMeasures' permission policy. */
class UsersApiTest extends ApiTest {

    private String admin;
    private long acme;
    private long other;
    private long consultancy;
    private long acmeAdminId;
    private long acmeMemberId;
    private long otherMemberId;

    @BeforeAll
    void accountsAndUsers() {
        admin = adminToken();
        consultancy = id(post("/api/v3_0/accounts", "{\"name\": \"Consult BV\", \"account_roles\": [\"Consultancy\"]}", admin));
        acme = id(post("/api/v3_0/accounts", "{\"name\": \"ACME\", \"consultancy_account_id\": " + consultancy + "}", admin));
        other = id(post("/api/v3_0/accounts", "{\"name\": \"Other\"}", admin));
        acmeAdminId = id(createUser("boss@acme.org", acme, "[\"account-admin\"]"));
        acmeMemberId = id(createUser("ann@acme.org", acme, "[]"));
        otherMemberId = id(createUser("olaf@other.org", other, "[]"));
        createUser("carl@consult.org", consultancy, "[4]");
        createUser("reader@consult.org", consultancy, "[\"admin-reader\"]");
    }

    private Answer createUser(String email, long account, String roles) {
        Answer answer = post("/api/v3_0/users", "{\"email\": \"" + email + "\", \"password\": \"pass-" + email + "\", "
                + "\"account_id\": " + account + ", \"flexmeasures_roles\": " + roles + "}", admin);
        assertThat(answer.status()).as(answer.raw()).isEqualTo(201);
        return answer;
    }

    private String login(String email) {
        return tokenFor(email, "pass-" + email);
    }

    @Test
    void creates_a_user_and_answers_with_it() {
        Answer created = post("/api/v3_0/users", "{\"email\": \"New@acme.org\", \"username\": \"Newbie\", "
                + "\"password\": \"newbie-pass\", \"account_id\": " + acme + ", \"timezone\": \"UTC\"}", admin);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.map()).containsEntry("email", "new@acme.org").containsEntry("username", "Newbie")
                .containsEntry("account_id", (int) acme).containsEntry("active", true).containsEntry("timezone", "UTC")
                .containsEntry("flexmeasures_roles", List.of());
        assertThat(created.raw()).doesNotContain("password");
        assertThat(tokenFor("new@acme.org", "newbie-pass")).isNotBlank();
    }

    @Test
    void refuses_a_duplicate_email_with_409() {
        Answer duplicate = post("/api/v3_0/users", "{\"email\": \"ANN@acme.org\", \"username\": \"ann2\", "
                + "\"password\": \"whatever-1\", \"account_id\": " + acme + "}", admin);

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.map()).containsEntry("result", "Rejected");
    }

    @Test
    void refuses_bad_user_fields_naming_each_and_stores_nothing() {
        Answer bad = post("/api/v3_0/users", "{\"email\": \"not-an-email\", \"password\": 12, \"timezone\": \"Mars/Base\", "
                + "\"flexmeasures_roles\": [\"emperor\"], \"active\": \"yes\", \"shoe_size\": 44}", admin);

        assertThat(bad.status()).isEqualTo(422);
        assertThat(fieldErrors(bad)).containsOnlyKeys("email", "password", "timezone", "flexmeasures_roles", "active", "shoe_size");
        Answer shortPassword = post("/api/v3_0/users", "{\"email\": \"short@acme.org\", \"password\": \"short\"}", admin);
        assertThat(shortPassword.status()).isEqualTo(422);
        assertThat(fieldErrors(shortPassword)).containsOnlyKeys("password");
        assertThat(post("/api/requestAuthToken", "{\"email\": \"short@acme.org\", \"password\": \"short\"}", null).status())
                .isEqualTo(401);
    }

    @Test
    void lists_the_active_users_of_the_own_account_by_default() {
        Answer list = get("/api/v3_0/users", login("ann@acme.org"));

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.list()).extracting(u -> u.get("email")).contains("ann@acme.org", "boss@acme.org")
                .doesNotContain("olaf@other.org", "admin@example.org");
    }

    @Test
    void paginates_filters_and_sorts_users() {
        Answer page = get("/api/v3_0/users?account_id=" + acme + "&page=1&per_page=1&sort_by=email&sort_dir=desc", admin);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.map()).containsKeys("data", "num-records", "filtered-records");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> data = (List<Map<String, Object>>) page.get("data");
        assertThat(data).hasSize(1);
        assertThat(((Number) page.get("num-records")).intValue()).isGreaterThanOrEqualTo(2);

        Answer filtered = get("/api/v3_0/users?account_id=" + acme + "&page=1&filter=boss", admin);
        assertThat(((Number) filtered.get("filtered-records")).intValue()).isEqualTo(1);

        assertThat(fieldErrors(get("/api/v3_0/users?page=99999999999", admin))).containsOnlyKeys("page");
        Answer badQuery = get("/api/v3_0/users?page=zero&per_page=-1&sort_dir=up&sort_by=shoe&include_inactive=maybe", admin);
        assertThat(badQuery.status()).isEqualTo(422);
        assertThat(fieldErrors(badQuery)).containsKeys("page", "sort_dir", "sort_by", "include_inactive");
    }

    @Test
    void shows_inactive_users_only_when_asked() {
        long leaver = id(createUser("leaver@acme.org", acme, "[]"));
        patch("/api/v3_0/users/" + leaver, "{\"active\": false}", admin);

        assertThat(get("/api/v3_0/users?account_id=" + acme, admin).list()).extracting(u -> u.get("email"))
                .doesNotContain("leaver@acme.org");
        assertThat(get("/api/v3_0/users?account_id=" + acme + "&include_inactive=true", admin).list())
                .extracting(u -> u.get("email")).contains("leaver@acme.org");
    }

    @Test
    void lets_members_consultants_and_readers_see_users_but_not_other_accounts() {
        String path = "/api/v3_0/users/" + acmeMemberId;
        assertThat(get(path, login("boss@acme.org")).status()).isEqualTo(200);
        assertThat(get(path, login("carl@consult.org")).status()).isEqualTo(200);
        assertThat(get(path, login("reader@consult.org")).status()).isEqualTo(200);
        Answer foreign = get(path, login("olaf@other.org"));
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.map()).containsEntry("result", "Rejected").containsEntry("status", "INVALID_SENDER");
        assertThat(get("/api/v3_0/users?account_id=" + acme, login("olaf@other.org")).status()).isEqualTo(403);
        assertThat(get("/api/v3_0/users/999999", admin).status()).isEqualTo(404);
        assertThat(get("/api/v3_0/users/abc", admin).status()).isEqualTo(404);
    }

    @Test
    void lets_users_patch_their_own_username_and_timezone_only() {
        String ann = login("ann@acme.org");

        Answer own = patch("/api/v3_0/users/" + acmeMemberId, "{\"timezone\": \"UTC\", \"username\": \"Ann A.\"}", ann);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.map()).containsEntry("timezone", "UTC").containsEntry("username", "Ann A.");

        assertThat(patch("/api/v3_0/users/" + acmeMemberId, "{\"active\": false}", ann).status()).isEqualTo(403);
        assertThat(patch("/api/v3_0/users/" + acmeAdminId, "{\"timezone\": \"UTC\"}", ann).status()).isEqualTo(403);
        assertThat(patch("/api/v3_0/users/" + otherMemberId, "{\"timezone\": \"UTC\"}", login("boss@acme.org")).status())
                .isEqualTo(403);
        assertThat(get("/api/v3_0/users/" + acmeMemberId, admin).map()).containsEntry("active", true);
    }

    @Test
    void refuses_patching_id_account_or_unknown_fields() {
        Answer refused = patch("/api/v3_0/users/" + acmeMemberId, "{\"id\": 5, \"account_id\": " + other + ", \"colour\": \"red\"}", admin);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(fieldErrors(refused)).containsOnlyKeys("id", "account_id", "colour");
        assertThat(get("/api/v3_0/users/" + acmeMemberId, admin).map()).containsEntry("account_id", (int) acme);
    }

    @Test
    void grants_roles_only_with_a_higher_access_level() {
        String boss = login("boss@acme.org");
        long target = id(createUser("target@acme.org", acme, "[]"));

        assertThat(patch("/api/v3_0/users/" + target, "{\"flexmeasures_roles\": [\"consultant\"]}", boss).status()).isEqualTo(200);
        assertThat(patch("/api/v3_0/users/" + target, "{\"flexmeasures_roles\": [\"account-admin\"]}", boss).status()).isEqualTo(403);
        assertThat(patch("/api/v3_0/users/" + target, "{\"flexmeasures_roles\": [\"admin\"]}", admin).status()).isEqualTo(403);
        String carl = login("carl@consult.org");
        // taking the consultant role away needs an account-admin of ACME; giving account-admin, ACME's consultant
        assertThat(patch("/api/v3_0/users/" + target, "{\"flexmeasures_roles\": [\"account-admin\"]}", carl).status()).isEqualTo(403);
        assertThat(patch("/api/v3_0/users/" + target, "{\"flexmeasures_roles\": [4, 3]}", carl).status()).isEqualTo(200);
        assertThat(get("/api/v3_0/users/" + target, admin).get("flexmeasures_roles")).isEqualTo(List.of(3, 4));
    }

    @Test
    void lets_account_admins_create_users_in_their_own_account_only() {
        String boss = login("boss@acme.org");

        assertThat(post("/api/v3_0/users", "{\"email\": \"hire@acme.org\", \"password\": \"hire-pass-1\"}", boss).status())
                .isEqualTo(201);
        assertThat(post("/api/v3_0/users", "{\"email\": \"hire@other.org\", \"password\": \"hire-pass-1\", \"account_id\": "
                + other + "}", boss).status()).isEqualTo(403);
        assertThat(post("/api/v3_0/users", "{\"email\": \"nope@acme.org\", \"password\": \"nope-pass-1\"}", login("ann@acme.org"))
                .status()).isEqualTo(403);
        assertThat(post("/api/requestAuthToken", "{\"email\": \"hire@other.org\", \"password\": \"hire-pass-1\"}", null).status())
                .isEqualTo(401);
    }

    @Test
    void resets_a_password_and_voids_every_token_of_that_user() {
        long victim = id(createUser("victim@acme.org", acme, "[]"));
        String victimToken = login("victim@acme.org");
        assertThat(get("/api/v3_0/users/" + victim, victimToken).status()).isEqualTo(200);

        assertThat(patch("/api/v3_0/users/" + victim + "/password-reset", "", login("ann@acme.org")).status()).isEqualTo(403);
        Answer reset = patch("/api/v3_0/users/" + victim + "/password-reset", "", victimToken);

        assertThat(reset.status()).isEqualTo(200);
        assertThat(get("/api/v3_0/users/" + victim, victimToken).status()).isEqualTo(401);
        assertThat(post("/api/requestAuthToken", "{\"email\": \"victim@acme.org\", \"password\": \"pass-victim@acme.org\"}", null)
                .status()).isEqualTo(401);
    }

    @Test
    void keeps_an_audit_log_per_user() {
        long subject = id(createUser("audited@acme.org", acme, "[]"));
        patch("/api/v3_0/users/" + subject, "{\"timezone\": \"UTC\"}", admin);
        patch("/api/v3_0/users/" + subject + "/password-reset", "", admin);

        Answer log = get("/api/v3_0/users/" + subject + "/auditlog", admin);
        assertThat(log.status()).isEqualTo(200);
        assertThat(log.list()).hasSize(3);
        assertThat(log.list().get(0).get("event").toString()).startsWith("Password reset");
        assertThat(log.list()).allSatisfy(e -> assertThat(e).containsKeys("event", "event_datetime", "active_user_name", "active_user_id"));

        Answer page = get("/api/v3_0/users/" + subject + "/auditlog?page=1&per_page=2&filter=timezone&sort_by=event_datetime&sort_dir=asc", admin);
        assertThat(page.map()).containsEntry("num-records", 3).containsEntry("filtered-records", 1);
        assertThat(get("/api/v3_0/users/" + subject + "/auditlog", login("olaf@other.org")).status()).isEqualTo(403);
    }
}
