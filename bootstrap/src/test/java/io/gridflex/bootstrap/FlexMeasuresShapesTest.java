package io.gridflex.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: the v3 API's answers shaped as FlexMeasures 0.29 gives them to its clients (flexmeasures-client
 * among them) — parameters, orderings, envelopes, humanised durations.
 */
class FlexMeasuresShapesTest extends ApiTest {

    private String admin;
    private long home;
    private long other;
    private String otherAdmin;

    @BeforeAll
    void twoAccounts() {
        admin = adminToken();
        home = id(post("/api/v3_0/accounts", "{\"name\": \"Home\"}", admin));
        other = id(post("/api/v3_0/accounts", "{\"name\": \"Other\"}", admin));
        assertThat(post("/api/v3_0/users", "{\"email\": \"boss@other.org\", \"password\": \"boss-password\", \"account_id\": "
                + other + ", \"flexmeasures_roles\": [\"account-admin\"]}", admin).status()).isEqualTo(201);
        otherAdmin = tokenFor("boss@other.org", "boss-password");
    }

    private long asset(long account, String name) {
        Answer asset = post("/api/v3_0/assets", "{\"name\": \"" + name + "\", \"generic_asset_type_id\": 1, \"account_id\": "
                + account + "}", admin);
        assertThat(asset.status()).as(asset.raw()).isEqualTo(201);
        return id(asset);
    }

    private long sensor(long asset, String name, String resolution) {
        Answer sensor = post("/api/v3_0/sensors", "{\"name\": \"" + name + "\", \"unit\": \"kW\", \"event_resolution\": \""
                + resolution + "\", \"generic_asset_id\": " + asset + "}", admin);
        assertThat(sensor.status()).as(sensor.raw()).isEqualTo(201);
        return id(sensor);
    }

    @Test
    // flexmeasures-client get_sensors(asset_id=…); FlexMeasures' SensorKwargsSchema: asset = AssetIdField(data_key="asset_id")
    void lists_the_sensors_of_the_asset_named_by_asset_id_and_refuses_another_accounts_asset() {
        long site = asset(home, "Sensor site");
        long elsewhere = asset(home, "Elsewhere");
        long onSite = sensor(site, "site power", "PT15M");
        sensor(elsewhere, "elsewhere power", "PT15M");

        Answer listed = get("/api/v3_0/sensors?asset_id=" + site, admin);
        assertThat(listed.status()).as(listed.raw()).isEqualTo(200);
        assertThat(listed.list()).extracting(s -> ((Number) s.get("id")).longValue()).containsExactly(onSite);

        Answer foreign = get("/api/v3_0/sensors?asset_id=" + site, otherAdmin);
        assertThat(foreign.status()).as(foreign.raw()).isEqualTo(403);
        assertThat(get("/api/v3_0/sensors?account_id=" + home, otherAdmin).status()).isEqualTo(403);
    }

    @Test
    // FlexMeasures' SensorAPI.index: include_public_assets adds the sensors of public assets to the account's or the asset's
    void adds_the_sensors_of_public_assets_when_asked() {
        long site = asset(home, "Public-sensors site");
        long onSite = sensor(site, "site meter", "PT15M");
        Answer market = post("/api/v3_0/assets", "{\"name\": \"Shapes market\", \"generic_asset_type_id\": 1, \"account_id\": null}",
                admin);
        assertThat(market.status()).as(market.raw()).isEqualTo(201);
        long price = sensor(id(market), "shapes price", "PT1H");

        assertThat(get("/api/v3_0/sensors?asset_id=" + site, otherAdmin).status()).isEqualTo(403);
        Answer tree = get("/api/v3_0/sensors?asset_id=" + site + "&include_public_assets=true", admin);
        assertThat(tree.list()).extracting(s -> ((Number) s.get("id")).longValue()).contains(onSite, price);
        Answer own = get("/api/v3_0/sensors?include_public_assets=true", otherAdmin);
        assertThat(own.status()).as(own.raw()).isEqualTo(200);
        assertThat(own.list()).extracting(s -> ((Number) s.get("id")).longValue()).contains(price).doesNotContain(onSite);
        assertThat(get("/api/v3_0/sensors", otherAdmin).list()).extracting(s -> ((Number) s.get("id")).longValue())
                .doesNotContain(price);
    }

    @Test
    // FlexMeasures' asset_sensors: filter (each term in the sensor's name), sort_by id/name/resolution with sort_dir
    void filters_and_sorts_an_assets_sensors() {
        long site = asset(home, "Sorted site");
        sensor(site, "b hourly", "PT1H");
        sensor(site, "A quarter", "PT15M");
        sensor(site, "c instant", "PT0M");

        assertThat(pageNames(get("/api/v3_0/assets/" + site + "/sensors?sort_by=name&sort_dir=desc", admin)))
                .containsExactly("c instant", "b hourly", "A quarter");
        assertThat(pageNames(get("/api/v3_0/assets/" + site + "/sensors?sort_by=resolution&sort_dir=asc", admin)))
                .containsExactly("c instant", "A quarter", "b hourly");
        assertThat(pageNames(get("/api/v3_0/assets/" + site + "/sensors?sort_by=name", admin)))
                .as("without sort_dir FlexMeasures does not order").containsExactly("b hourly", "A quarter", "c instant");
        Answer filtered = get("/api/v3_0/assets/" + site + "/sensors?filter=QUARTER", admin);
        assertThat(pageNames(filtered)).containsExactly("A quarter");
        assertThat(filtered.map()).containsEntry("num-records", 3).containsEntry("filtered-records", 1);
        Answer wrong = get("/api/v3_0/assets/" + site + "/sensors?sort_by=unit&sort_dir=asc", admin);
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.raw()).contains("Must be one of: id, name, resolution.");
    }

    @SuppressWarnings("unchecked")
    private static List<Object> pageNames(Answer answer) {
        assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
        return ((List<Map<String, Object>>) answer.get("data")).stream().map(s -> s.get("name")).toList();
    }

    @Test
    // FlexMeasures' asset_sensors: always db.paginate (page 1, 10 per page), "event_resolution": naturaldelta(…)
    void answers_an_assets_sensors_always_paginated_with_humanised_resolutions() {
        long site = asset(home, "Paged site");
        sensor(site, "quarter", "PT15M");
        sensor(site, "hourly", "PT1H");
        sensor(site, "instant", "PT0M");

        Answer answer = get("/api/v3_0/assets/" + site + "/sensors", admin);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.map()).containsOnlyKeys("data", "num-records", "filtered-records", "status")
                .containsEntry("num-records", 3).containsEntry("filtered-records", 3);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> data = (List<Map<String, Object>>) answer.get("data");
        assertThat(data).extracting(s -> s.get("event_resolution")).containsExactlyInAnyOrder("15 minutes", "an hour", "a moment");
    }

    @Test
    // FlexMeasures' accounts index: order_by(valid_sort_columns[sort_by]) when sort_by and sort_dir are given
    void sorts_accounts_by_name_regardless_of_case_and_by_id() {
        post("/api/v3_0/accounts", "{\"name\": \"alpha\"}", admin);
        post("/api/v3_0/accounts", "{\"name\": \"Beta\"}", admin);
        post("/api/v3_0/accounts", "{\"name\": \"charlie\"}", admin);

        List<Object> ascending = names(get("/api/v3_0/accounts?sort_by=name&sort_dir=asc", admin));
        List<Object> descending = names(get("/api/v3_0/accounts?sort_by=name&sort_dir=desc", admin));

        assertThat(ascending).containsSubsequence("alpha", "Beta", "charlie");
        assertThat(descending).containsSubsequence("charlie", "Beta", "alpha");
        List<Map<String, Object>> byId = get("/api/v3_0/accounts?sort_by=id&sort_dir=desc", admin).list();
        assertThat(byId).extracting(a -> ((Number) a.get("id")).longValue()).isSortedAccordingTo((x, y) -> Long.compare(y, x));
        assertThat(get("/api/v3_0/accounts?sort_by=colour&sort_dir=asc", admin).status()).isEqualTo(422);
    }

    @Test
    // as FlexMeasures' SQL order_by on PostgreSQL's linguistic collation: "alpha" < "Beta" < "charlie"
    void sorts_users_and_assets_by_name_regardless_of_case() {
        long account = id(post("/api/v3_0/accounts", "{\"name\": \"Sorting\"}", admin));
        for (String name : List.of("Beta", "alpha", "charlie")) {
            post("/api/v3_0/users", "{\"email\": \"" + name.toLowerCase() + "@sorting.org\", \"username\": \"" + name
                    + "\", \"password\": \"password-123\", \"account_id\": " + account + "}", admin);
            asset(account, name);
        }

        Answer users = get("/api/v3_0/users?account_id=" + account + "&sort_by=username&sort_dir=asc", admin);
        Answer assets = get("/api/v3_0/assets?account_id=" + account + "&sort_by=name&sort_dir=asc", admin);

        assertThat(users.list()).extracting(u -> u.get("username")).containsExactly("alpha", "Beta", "charlie");
        assertThat(assets.list()).extracting(a -> a.get("name")).containsExactly("alpha", "Beta", "charlie");
    }

    @Test
    @SuppressWarnings("unchecked")
    // FlexMeasures' get_sensor_stats: key f"{data_source.description} (ID: {id})", times isoformat in the sensor's zone;
    // get_asset_sensors_metadata: resolution, staleness and staleness_since through naturaldelta
    void keys_stats_by_source_description_and_id_and_humanises_the_status() {
        long site = asset(home, "Stats site");
        long power = sensor(site, "stats power", "PT15M");
        Answer posted = post("/api/v3_0/sensors/" + power + "/data", "{\"values\": [1, 2], \"start\": \"2026-01-01T00:00:00Z\", "
                + "\"duration\": \"PT30M\", \"unit\": \"kW\"}", admin);
        assertThat(posted.status()).as(posted.raw()).isEqualTo(200);

        Map<String, Object> stats = get("/api/v3_0/sensors/" + power + "/stats", admin).map();
        assertThat(stats.keySet()).singleElement().asString().matches("admin@example\\.org \\(ID: \\d+\\)");
        Map<String, Object> figures = (Map<String, Object>) stats.values().iterator().next();
        assertThat(figures).containsEntry("First event start", "2026-01-01T00:00:00+00:00")
                .containsEntry("Last event end", "2026-01-01T00:30:00+00:00");

        Map<String, Object> status = ((List<Map<String, Object>>) get("/api/v3_0/sensors/" + power + "/status", admin)
                .get("sensors_data")).get(0);
        assertThat(status).containsEntry("resolution", "15 minutes");
        assertThat((String) status.get("staleness")).doesNotStartWith("P").matches("\\d+ (days|months)|a month|.*years?.*");
        assertThat((String) status.get("staleness_since")).doesNotStartWith("P").doesNotContain("T");
    }

    @Test
    // test_accounts_api.py::test_get_one_account_audit_log, ::test_get_one_user_audit_log_consultant (AuditLog.account_table_acl)
    void shows_an_accounts_audit_log_to_its_account_admins_consultants_and_admins() {
        long consultancy = id(post("/api/v3_0/accounts", "{\"name\": \"Audit consultancy\", \"account_roles\": [\"Consultancy\"]}", admin));
        long client = id(post("/api/v3_0/accounts", "{\"name\": \"Audit client\", \"consultancy_account_id\": " + consultancy + "}", admin));
        post("/api/v3_0/users", "{\"email\": \"ada@client.org\", \"password\": \"ada-password\", \"account_id\": " + client
                + ", \"flexmeasures_roles\": [\"account-admin\"]}", admin);
        post("/api/v3_0/users", "{\"email\": \"max@client.org\", \"password\": \"max-password\", \"account_id\": " + client + "}", admin);
        post("/api/v3_0/users", "{\"email\": \"con@consult.org\", \"password\": \"con-password\", \"account_id\": " + consultancy
                + ", \"flexmeasures_roles\": [\"consultant\"]}", admin);
        post("/api/v3_0/users", "{\"email\": \"plain@consult.org\", \"password\": \"plain-password\", \"account_id\": "
                + consultancy + "}", admin);
        assertThat(patch("/api/v3_0/accounts/" + client, "{\"name\": \"Audit client renamed\"}", admin).status()).isEqualTo(200);
        String path = "/api/v3_0/accounts/" + client + "/auditlog";

        Answer log = get(path, tokenFor("ada@client.org", "ada-password"));
        assertThat(log.status()).as(log.raw()).isEqualTo(200);
        assertThat(log.list().get(0)).containsOnlyKeys("event", "event_datetime", "active_user_id")
                .containsEntry("event", "Account Updated, Field: name");
        assertThat(get(path, tokenFor("con@consult.org", "con-password")).status()).isEqualTo(200);
        assertThat(get(path, admin).status()).isEqualTo(200);
        assertThat(get(path, null).status()).isEqualTo(401);
        Answer member = get(path, tokenFor("max@client.org", "max-password"));
        assertThat(member.status()).isEqualTo(403);
        assertThat(member.map()).containsEntry("message", "You cannot be authorized for this content or functionality.")
                .containsEntry("status", "INVALID_SENDER");
        assertThat(get(path, tokenFor("plain@consult.org", "plain-password")).status()).isEqualTo(403);
        assertThat(get(path, otherAdmin).status()).isEqualTo(403);
    }

    @Test
    // test_assets_api.py::test_get_asset_nonaccount_access (404 "No asset found with ID …", 403 FORBIDDEN_MSG)
    void names_a_missing_asset_and_refuses_another_accounts_asset_with_flexmeasures_sentences() {
        Answer missing = get("/api/v3_0/assets/8171766575", admin);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.map()).containsEntry("message", "No asset found with ID 8171766575.");
        Answer missingSensor = get("/api/v3_0/sensors/8171766575", admin);
        assertThat(missingSensor.status()).isEqualTo(404);
        assertThat(missingSensor.map()).containsEntry("message", "No sensor found with ID 8171766575.");
        assertThat(get("/api/v3_0/sensors/8171766575/data?start=2021-06-07T00:00:00%2B02:00&duration=PT1H&unit=kW", admin).map())
                .containsEntry("message", "No sensor found with ID 8171766575.");

        Answer foreign = get("/api/v3_0/assets/" + asset(home, "Not yours"), otherAdmin);
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.map()).containsEntry("message", "You cannot be authorized for this content or functionality.")
                .containsEntry("status", "INVALID_SENDER");
    }

    @Test
    // test_api_v3_0_users.py::test_user_reset_password / the deactivation audit: event="Active status set to 'False'."
    void audits_a_deactivation_and_a_role_change_in_flexmeasures_words() {
        long user = id(post("/api/v3_0/users", "{\"email\": \"dee@home.org\", \"password\": \"dee-password\", \"account_id\": "
                + home + "}", admin));
        assertThat(patch("/api/v3_0/users/" + user, "{\"active\": false}", admin).status()).isEqualTo(200);
        assertThat(patch("/api/v3_0/users/" + user, "{\"active\": true, \"flexmeasures_roles\": [3]}", admin).status()).isEqualTo(200);

        List<Map<String, Object>> log = get("/api/v3_0/users/" + user + "/auditlog", admin).list();
        assertThat(log).extracting(e -> e.get("event"))
                .contains("Active status set to 'False'.", "Added role(s): [account-admin].Active status set to 'True'.");
    }

    @Test
    // test_assets_api.py::test_posting_multiple_assets: a list of assets → 422, message.json._schema == ["Invalid input type."]
    void refuses_a_list_where_one_asset_is_expected_under_schema() {
        Answer answer = post("/api/v3_0/assets", "[{\"name\": \"One\", \"generic_asset_type_id\": 1}, "
                + "{\"name\": \"Two\", \"generic_asset_type_id\": 1}]", admin);

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.map()).containsEntry("message", Map.of("json", Map.of("_schema", List.of("Invalid input type."))));
    }

    private static List<Object> names(Answer answer) {
        return answer.list().stream().map(a -> a.get("name")).toList();
    }
}
