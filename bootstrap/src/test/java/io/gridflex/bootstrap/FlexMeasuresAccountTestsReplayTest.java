package io.gridflex.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * FlexMeasures 0.29.1's own tests of the account API ({@code api/v3_0/tests/test_accounts_api.py}) replayed over
 * HTTP against gridflex, one test per FlexMeasures test function, on FlexMeasures' fixtures
 * ({@link FlexMeasuresAccountsFixture}); and what {@code AccountAPI.index} does beyond them (pages with counts,
 * sorting by counts, the filter).
 */
class FlexMeasuresAccountTestsReplayTest extends FlexMeasuresAccountsFixture {

    private static List<Object> names(Answer answer) {
        assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
        return answer.list().stream().map(a -> a.get("name")).toList();
    }

    @Test
    // test_accounts_api.py::test_get_accounts_missing_auth
    void test_get_accounts_missing_auth() {
        Answer answer = get("/api/v3_0/accounts", null);

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.map()).containsEntry("status", "UNAUTHORIZED");
    }

    @Test
    // test_accounts_api.py::test_get_accounts (six cases; gridflex's own first account, its admin's, is an eighth)
    void test_get_accounts() {
        List<Object> ofAdmin = names(get("/api/v3_0/accounts", token("test_admin_user@seita.nl")));
        assertThat(ofAdmin).hasSize(7 + 1).contains("Test Dummy Account", "Multi Role Account", GRIDFLEX_ACCOUNT);
        assertThat(names(get("/api/v3_0/accounts", token("test_prosumer_user@seita.nl"))))
                .containsExactly("Test Prosumer Account");
        assertThat(names(get("/api/v3_0/accounts", token("test_consultant@seita.nl"))))
                .containsExactly("Test Consultancy Account", "Test ConsultancyClient Account");
        assertThat(names(get("/api/v3_0/accounts", token("test_consultancy_user_without_consultant_access@seita.nl"))))
                .containsExactly("Test Consultancy Account");

        String admin = token("test_admin_user@seita.nl");
        List<Object> ascending = names(get("/api/v3_0/accounts?sort_by=name&sort_dir=asc", admin));
        List<Object> descending = names(get("/api/v3_0/accounts?sort_by=name&sort_dir=desc", admin));
        // "gridflex administrators" sorts before "Multi Role Account" (names regardless of case); FlexMeasures' first
        assertThat(ascending).hasSize(8).startsWith(GRIDFLEX_ACCOUNT, "Multi Role Account");
        assertThat(ascending.stream().filter(n -> !GRIDFLEX_ACCOUNT.equals(n)).findFirst()).contains("Multi Role Account");
        assertThat(descending).hasSize(8).startsWith("Test Supplier Account").endsWith("Multi Role Account", GRIDFLEX_ACCOUNT);
    }

    @Test
    // test_accounts_api.py::test_get_one_account
    void test_get_one_account() {
        String path = "/api/v3_0/accounts/" + account("Prosumer");

        assertThat(get(path, null).status()).isEqualTo(401);
        assertThat(get(path, token("test_dummy_user_3@seita.nl")).status()).isEqualTo(403);
        for (String email : new String[] {"test_prosumer_user_2@seita.nl", "test_admin_user@seita.nl"}) {
            Answer answer = get(path, token(email));
            assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
            assertThat(answer.get("name")).isEqualTo("Test Prosumer Account");
            assertThat(answer.get("account_roles")).isEqualTo(List.of(Map.of("id", 1, "name", "Prosumer")));
        }
    }

    @Test
    // test_accounts_api.py::test_get_one_account_audit_log
    void test_get_one_account_audit_log() {
        String path = "/api/v3_0/accounts/" + account("Prosumer") + "/auditlog";

        assertThat(get(path, null).status()).isEqualTo(401);
        assertThat(get(path, token("test_prosumer_user@seita.nl")).status()).isEqualTo(403);
        assertThat(get(path, token("test_dummy_account_admin@seita.nl")).status()).isEqualTo(403);
        for (String email : new String[] {"test_prosumer_user_2@seita.nl", "test_admin_user@seita.nl",
                "test_admin_reader_user@seita.nl"}) {
            Answer answer = get(path, token(email));
            assertThat(answer.status()).as(email).isEqualTo(200);
            assertThat(answer.list()).first().satisfies(event -> assertThat(event).containsKeys("event", "event_datetime",
                    "active_user_id"));
        }
    }

    @Test
    // test_accounts_api.py::test_get_one_user_audit_log_consultant (the audit log of the consultancy's client account)
    void test_get_one_user_audit_log_consultant() {
        String path = "/api/v3_0/accounts/" + account("ConsultancyClient") + "/auditlog";

        Answer ofConsultant = get(path, token("test_consultant@seita.nl"));
        assertThat(ofConsultant.status()).isEqualTo(200);
        assertThat(ofConsultant.list()).isNotEmpty();
        assertThat(get(path, token("test_consultancy_user_without_consultant_access@seita.nl")).status()).isEqualTo(403);
    }

    @Test
    // test_accounts_api.py::test_consultant_cannot_update_account_consultant — differs on purpose: FlexMeasures 0.29.1
    // answers 401 {"errors": ["You are not allowed to update consultancy_account_id"]}, gridflex 403 INVALID_SENDER (a
    // consultant may only clear the consultancy or name their own account, as later FlexMeasures)
    void test_consultant_cannot_update_account_consultant() {
        long client = account("ConsultancyClient");

        Answer answer = patch("/api/v3_0/accounts/" + client, "{\"consultancy_account_id\": " + account("Dummy") + "}",
                token("test_consultant@seita.nl"));

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.map()).containsEntry("status", "INVALID_SENDER");
        assertThat(get("/api/v3_0/accounts/" + client, admin).get("consultancy_account_id"))
                .isEqualTo((int) account("Consultancy"));
    }

    @Test
    // AccountAPI.index with page: {"data", "num-records", "filtered-records"}, each account with user_count and asset_count
    @SuppressWarnings("unchecked")
    void index_pages_accounts_with_their_user_and_asset_counts() {
        String admin = token("test_admin_user@seita.nl");

        Answer first = get("/api/v3_0/accounts?page=1&per_page=3", admin);
        Answer third = get("/api/v3_0/accounts?page=3&per_page=3", admin);

        assertThat(first.status()).as(first.raw()).isEqualTo(200);
        assertThat(first.map()).containsEntry("num-records", 8).containsEntry("filtered-records", 8);
        List<Map<String, Object>> data = (List<Map<String, Object>>) first.get("data");
        assertThat(data).hasSize(3).extracting(a -> a.get("name"))
                .containsExactly(GRIDFLEX_ACCOUNT, "Test Prosumer Account", "Test Supplier Account");
        assertThat(data.get(0)).containsEntry("user_count", 1).containsEntry("asset_count", 0);
        assertThat(data.get(1)).containsEntry("user_count", 3).containsEntry("asset_count", 1)
                .containsEntry("account_roles", List.of(Map.of("id", 1, "name", "Prosumer")));
        assertThat(data.get(2)).containsEntry("user_count", 1).containsEntry("asset_count", 2);
        assertThat((List<Map<String, Object>>) third.get("data")).extracting(a -> a.get("name"))
                .containsExactly("Test Consultancy Account", "Test ConsultancyClient Account");
        // without page: a list, without counts
        assertThat(get("/api/v3_0/accounts", admin).list().get(0)).doesNotContainKeys("user_count", "asset_count");
    }

    @Test
    // AccountAPI.index with sort_by assets/users (and sort_dir): ordered by the numbers of assets and users
    @SuppressWarnings("unchecked")
    void index_sorts_accounts_by_their_numbers_of_users_and_assets() {
        String admin = token("test_admin_user@seita.nl");

        Answer byUsers = get("/api/v3_0/accounts?sort_by=users&sort_dir=desc&page=1&per_page=2", admin);
        List<Object> byAssets = names(get("/api/v3_0/accounts?sort_by=assets&sort_dir=desc", admin));
        Answer bad = get("/api/v3_0/accounts?sort_by=user_count&sort_dir=asc", admin);

        // Dummy and Prosumer hold 3 users each (FlexMeasures' admin is gridflex's first admin, elsewhere): ties by id
        assertThat((List<Map<String, Object>>) byUsers.get("data")).extracting(a -> a.get("name"), a -> a.get("user_count"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Test Dummy Account", 3),
                        org.assertj.core.groups.Tuple.tuple("Test Prosumer Account", 3));
        // true counts: Supplier 2, Prosumer 1, ConsultancyClient 1 (FlexMeasures counts over a join of assets and
        // users, which puts Prosumer's 1 asset × 3 users first)
        assertThat(byAssets).hasSize(8).first().isEqualTo("Test Supplier Account");
        assertThat(byAssets.subList(1, 3)).containsExactlyInAnyOrder("Test Prosumer Account", "Test ConsultancyClient Account");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(PublicApiTest.fieldErrors(bad)).containsKey("sort_by");
    }

    @Test
    // AccountAPI.index with filter: the accounts whose name holds the term; num-records counts all readable ones
    @SuppressWarnings("unchecked")
    void index_filters_accounts_by_name() {
        String admin = token("test_admin_user@seita.nl");

        Answer consultancies = get("/api/v3_0/accounts?filter=consultancy&page=1", admin);
        List<Object> listed = names(get("/api/v3_0/accounts?filter=Prosumer", admin));

        assertThat((List<Map<String, Object>>) consultancies.get("data")).extracting(a -> a.get("name"))
                .containsExactly("Test Consultancy Account", "Test ConsultancyClient Account");
        assertThat(consultancies.map()).containsEntry("num-records", 8).containsEntry("filtered-records", 2);
        assertThat(listed).containsExactly("Test Prosumer Account");
    }
}
