package io.gridflex.bootstrap;

import static io.gridflex.bootstrap.PublicApiTest.fieldErrors;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Asset and Sensor sections of seed 001, replayed with their documented requests and shapes. */
class AssetsApiTest extends ApiTest {

    private String admin;
    private long acme;

    @BeforeAll
    void accountTwo() {
        admin = adminToken();
        acme = id(post("/api/v3_0/accounts", "{\"name\": \"ACME\"}", admin));
        assertThat(acme).as("the seed's examples use account 2").isEqualTo(2);
    }

    @SuppressWarnings("unchecked")
    @Test
    void lists_the_asset_types_for_clients_to_pick_from() {
        Answer types = get("/api/v3_0/assets/types", admin);

        assertThat(types.status()).isEqualTo(200);
        assertThat(types.list()).extracting(t -> t.get("name")).contains("battery", "solar", "building", "charge point",
                "heat pump", "meter", "site", "weather station", "market");
        assertThat(types.list().get(0)).containsKeys("id", "name", "description");

        Answer added = post("/api/v3_0/assets/types", "{\"name\": \"electrolyser\", \"description\": \"Makes hydrogen\"}", admin);
        assertThat(added.status()).isEqualTo(201);
        assertThat(post("/api/v3_0/assets/types", "{\"name\": \"electrolyser\"}", admin).status()).isEqualTo(409);
    }

    @Test
    void replays_the_seed_asset_examples() {
        // Example request A (the seed's trailing comma removed: it is not JSON)
        Answer a = post("/api/v3_0/assets", "{\"name\": \"Test battery\", \"generic_asset_type_id\": 2, \"account_id\": 2, "
                + "\"latitude\": 40, \"longitude\": 170.3}", admin);
        assertThat(a.status()).isEqualTo(201);
        assertThat(a.map()).containsEntry("name", "Test battery").containsEntry("generic_asset_type_id", 2)
                .containsEntry("account_id", 2).containsEntry("latitude", 40.0).containsEntry("longitude", 170.3);

        // Example request B: a child of another asset
        Answer b = post("/api/v3_0/assets", "{\"name\": \"Test battery\", \"generic_asset_type_id\": 2, \"account_id\": 2, "
                + "\"parent_asset_id\": " + id(a) + ", \"latitude\": 40, \"longitude\": 170.3}", admin);
        assertThat(b.status()).isEqualTo(201);
        assertThat(b.map()).containsEntry("parent_asset_id", (int) id(a));

        // GET /assets/(id)
        Answer got = get("/api/v3_0/assets/" + id(a), admin);
        assertThat(got.status()).isEqualTo(200);
        assertThat(got.map()).containsKeys("generic_asset_type_id", "name", "id", "latitude", "longitude", "account_id");
        assertThat(got.get("child_assets")).asList().hasSize(1);

        // PATCH /assets/(id): the whole asset comes back
        Answer patched = patch("/api/v3_0/assets/" + id(a), "{\"latitude\": 11.1, \"longitude\": 99.9}", admin);
        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.map()).containsEntry("latitude", 11.1).containsEntry("longitude", 99.9)
                .containsEntry("name", "Test battery").containsEntry("account_id", 2).containsKey("generic_asset_type_id");

        // GET /assets with page: the paginated shape of the seed
        Answer page = get("/api/v3_0/assets?account_id=2&page=1&per_page=1", admin);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.map()).containsKeys("data", "num-records", "filtered-records");
        @SuppressWarnings("unchecked")
        Map<String, Object> first = ((List<Map<String, Object>>) page.get("data")).get(0);
        assertThat(first).containsKeys("id", "name", "latitude", "longitude", "account_id", "generic_asset_type");
        assertThat(((Map<?, ?>) first.get("generic_asset_type")).keySet()).map(Object::toString).containsOnly("id", "name");

        // without page: a plain list
        assertThat(get("/api/v3_0/assets?account_id=2", admin).list()).hasSizeGreaterThanOrEqualTo(2);

        // DELETE answers 204 and takes the children along
        assertThat(send(io.micronaut.http.HttpRequest.DELETE("/api/v3_0/assets/" + id(a)), admin).status()).isEqualTo(204);
        assertThat(get("/api/v3_0/assets/" + id(b), admin).status()).isEqualTo(404);
    }

    @Test
    void replays_the_seed_sensor_examples() {
        long asset = id(post("/api/v3_0/assets", "{\"name\": \"Gas site\", \"generic_asset_type_id\": 4}", admin));

        Answer created = post("/api/v3_0/sensors", "{\"name\": \"power\", \"event_resolution\": \"PT1H\", \"unit\": \"kWh\", "
                + "\"generic_asset_id\": " + asset + "}", admin);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.map()).containsEntry("name", "power").containsEntry("unit", "kWh")
                .containsEntry("event_resolution", "PT1H").containsEntry("generic_asset_id", (int) asset)
                .containsEntry("timezone", "UTC")
                .containsEntry("entity_address", "ea1.2026-01.localhost:fm1." + id(created));

        Answer gas = post("/api/v3_0/sensors", "{\"name\": \"some gas sensor\", \"event_resolution\": \"PT10M\", "
                + "\"unit\": \"m³/h\", \"generic_asset_id\": " + asset + "}", admin);
        assertThat(get("/api/v3_0/sensors/" + id(gas), admin).map()).containsEntry("unit", "m³/h")
                .containsEntry("event_resolution", "PT10M");

        Answer renamed = patch("/api/v3_0/sensors/" + id(created), "{\"name\": \"POWER\"}", admin);
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.map()).containsEntry("name", "POWER").containsEntry("unit", "kWh");

        Answer list = get("/api/v3_0/sensors?account_id=1&page=1", admin);
        assertThat(list.map()).containsKeys("data", "num-records", "filtered-records");
        assertThat(get("/api/v3_0/sensors?unit=kWh", admin).list()).extracting(s -> s.get("name")).containsExactly("POWER");
        assertThat(get("/api/v3_0/assets/" + asset + "/sensors", admin).get("data")).asList().hasSize(2);
        assertThat(get("/api/v3_0/assets/" + asset, admin).get("sensors")).asList().hasSize(2);

        assertThat(send(io.micronaut.http.HttpRequest.DELETE("/api/v3_0/sensors/" + id(created)), admin).status()).isEqualTo(204);
        assertThat(get("/api/v3_0/sensors/" + id(created), admin).status()).isEqualTo(404);
    }

    @Test
    void stores_the_default_asset_view_per_user() {
        Answer set = post("/api/v3_0/assets/default_asset_view", "{\"default_asset_view\": \"Graphs\", \"use_as_default\": true}", admin);
        assertThat(set.status()).isEqualTo(200);
        assertThat(set.map()).containsEntry("default_asset_view", "Graphs");

        Answer cleared = post("/api/v3_0/assets/default_asset_view", "{\"default_asset_view\": \"Graphs\", \"use_as_default\": false}", admin);
        assertThat(cleared.map()).containsEntry("default_asset_view", null);
    }

    @Test
    void inherits_flex_context_and_flex_model_down_the_tree() {
        long site = id(post("/api/v3_0/assets", "{\"name\": \"Flex site\", \"generic_asset_type_id\": 5, \"flex_context\": "
                + "{\"site-power-capacity\": \"100 kW\", \"consumption-price\": {\"sensor\": 9}}}", admin));
        long battery = id(post("/api/v3_0/assets", "{\"name\": \"Flex battery\", \"generic_asset_type_id\": 1, \"parent_asset_id\": "
                + site + ", \"flex_context\": \"{\\\"site-power-capacity\\\": \\\"50 kW\\\"}\", \"flex_model\": {\"soc-unit\": \"kWh\"}}",
                admin));

        Answer child = get("/api/v3_0/assets/" + battery, admin);

        assertThat(child.get("flex_context")).isEqualTo("{\"site-power-capacity\":\"50 kW\"}");
        assertThat((String) child.get("effective_flex_context")).contains("\"site-power-capacity\":\"50 kW\"")
                .contains("\"consumption-price\":{\"sensor\":9}");
        assertThat(child.get("effective_flex_model")).isEqualTo("{\"soc-unit\":\"kWh\"}");
    }

    @Test
    void keeps_an_audit_log_per_asset() {
        long asset = id(post("/api/v3_0/assets", "{\"name\": \"Audited\", \"generic_asset_type_id\": 1}", admin));
        patch("/api/v3_0/assets/" + asset, "{\"name\": \"Audited twice\"}", admin);
        post("/api/v3_0/sensors", "{\"name\": \"power\", \"event_resolution\": \"PT15M\", \"unit\": \"kW\", \"generic_asset_id\": "
                + asset + "}", admin);

        Answer log = get("/api/v3_0/assets/" + asset + "/auditlog", admin);
        assertThat(log.list()).extracting(e -> e.get("event").toString())
                .anySatisfy(e -> assertThat(e).startsWith("Created sensor 'power'"))
                .anySatisfy(e -> assertThat(e).isEqualTo("Updated: name, From: Audited, To: Audited twice"))
                .anySatisfy(e -> assertThat(e).startsWith("Created asset 'Audited'"));
        assertThat(log.list().get(0)).containsEntry("active_user_name", ADMIN_EMAIL);
        Answer page = get("/api/v3_0/assets/" + asset + "/auditlog?page=1&per_page=1&filter=sensor", admin);
        assertThat(page.map()).containsEntry("num-records", 3).containsEntry("filtered-records", 1);
    }

    @Test
    void refuses_bad_asset_input_and_changes_nothing() {
        long parent = id(post("/api/v3_0/assets", "{\"name\": \"Parent\", \"generic_asset_type_id\": 1, \"account_id\": 2}", admin));
        long child = id(post("/api/v3_0/assets", "{\"name\": \"Child\", \"generic_asset_type_id\": 1, \"account_id\": 2, "
                + "\"parent_asset_id\": " + parent + "}", admin));
        long foreign = id(post("/api/v3_0/assets", "{\"name\": \"Foreign\", \"generic_asset_type_id\": 1, \"account_id\": 1}", admin));

        Answer typed = post("/api/v3_0/assets", "{\"name\": 5, \"generic_asset_type_id\": \"x\", \"latitude\": 91, "
                + "\"longitude\": -181, \"attributes\": \"not json\", \"colour\": \"red\"}", admin);
        assertThat(typed.status()).isEqualTo(422);
        assertThat(fieldErrors(typed)).containsKeys("name", "generic_asset_type_id", "latitude", "longitude", "attributes", "colour");

        Answer unknownType = post("/api/v3_0/assets", "{\"name\": \"X\", \"generic_asset_type_id\": 999}", admin);
        assertThat(fieldErrors(unknownType)).containsOnlyKeys("generic_asset_type_id");
        Answer otherAccountParent = post("/api/v3_0/assets", "{\"name\": \"X\", \"generic_asset_type_id\": 1, \"account_id\": 2, "
                + "\"parent_asset_id\": " + foreign + "}", admin);
        assertThat(fieldErrors(otherAccountParent)).containsOnlyKeys("parent_asset_id");
        Answer duplicate = post("/api/v3_0/assets", "{\"name\": \"Child\", \"generic_asset_type_id\": 1, \"account_id\": 2, "
                + "\"parent_asset_id\": " + parent + "}", admin);
        assertThat(fieldErrors(duplicate)).containsOnlyKeys("name");

        Answer cycle = patch("/api/v3_0/assets/" + parent, "{\"parent_asset_id\": " + child + "}", admin);
        assertThat(fieldErrors(cycle)).containsOnlyKeys("parent_asset_id");
        Answer self = patch("/api/v3_0/assets/" + parent, "{\"parent_asset_id\": " + parent + "}", admin);
        assertThat(self.status()).isEqualTo(422);
        Answer forbidden = patch("/api/v3_0/assets/" + parent, "{\"id\": 7, \"account_id\": 1}", admin);
        assertThat(fieldErrors(forbidden)).containsOnlyKeys("id", "account_id");

        Answer stored = get("/api/v3_0/assets/" + parent, admin);
        assertThat(stored.map()).containsEntry("parent_asset_id", null).containsEntry("account_id", 2).containsEntry("name", "Parent");
        assertThat(get("/api/v3_0/assets?account_id=2", admin).list()).extracting(a -> a.get("name")).doesNotContain("X");
    }

    @Test
    void refuses_bad_sensor_input_and_changes_nothing() {
        long asset = id(post("/api/v3_0/assets", "{\"name\": \"Sensor home\", \"generic_asset_type_id\": 1}", admin));
        long sensor = id(post("/api/v3_0/sensors", "{\"name\": \"power\", \"event_resolution\": \"PT15M\", \"unit\": \"kW\", "
                + "\"generic_asset_id\": " + asset + "}", admin));

        Answer bad = post("/api/v3_0/sensors", "{\"name\": \"x\", \"event_resolution\": \"15 minutes\", \"unit\": \"furlong/fortnight²\", "
                + "\"timezone\": \"Europe/Atlantis\", \"generic_asset_id\": " + asset + ", \"knowledge_horizon_fnc\": \"guess\"}", admin);
        assertThat(bad.status()).isEqualTo(422);
        assertThat(fieldErrors(bad)).containsKeys("event_resolution", "unit", "timezone", "knowledge_horizon_fnc");

        Answer missing = post("/api/v3_0/sensors", "{\"name\": \"x\"}", admin);
        assertThat(fieldErrors(missing)).containsKeys("unit", "event_resolution", "generic_asset_id");
        Answer duplicate = post("/api/v3_0/sensors", "{\"name\": \"power\", \"event_resolution\": \"PT15M\", \"unit\": \"kW\", "
                + "\"generic_asset_id\": " + asset + "}", admin);
        assertThat(fieldErrors(duplicate)).containsOnlyKeys("name");
        Answer forbidden = patch("/api/v3_0/sensors/" + sensor, "{\"id\": 3, \"generic_asset_id\": 1, \"entity_address\": \"ea1.x\"}", admin);
        assertThat(fieldErrors(forbidden)).containsOnlyKeys("id", "generic_asset_id", "entity_address");
        Answer negative = patch("/api/v3_0/sensors/" + sensor, "{\"event_resolution\": \"-PT15M\"}", admin);
        assertThat(fieldErrors(negative)).containsOnlyKeys("event_resolution");

        assertThat(get("/api/v3_0/sensors/" + sensor, admin).map()).containsEntry("event_resolution", "PT15M")
                .containsEntry("generic_asset_id", (int) asset);
        assertThat(get("/api/v3_0/assets/" + asset + "/sensors", admin).get("data")).asList().hasSize(1);
    }

    @Test
    void takes_knowledge_horizons_for_day_ahead_prices() {
        long market = id(post("/api/v3_0/assets", "{\"name\": \"EPEX\", \"generic_asset_type_id\": 12, \"account_id\": null}", admin));

        Answer prices = post("/api/v3_0/sensors", "{\"name\": \"day-ahead prices\", \"event_resolution\": \"PT1H\", "
                + "\"unit\": \"EUR/MWh\", \"timezone\": \"Europe/Amsterdam\", \"generic_asset_id\": " + market + ", "
                + "\"knowledge_horizon_fnc\": \"x_days_ago_at_y_oclock\", \"knowledge_horizon_par\": {\"x\": 1, \"y\": 12, "
                + "\"z\": \"Europe/Amsterdam\"}}", admin);

        assertThat(prices.status()).isEqualTo(201);
        assertThat(prices.map()).containsEntry("knowledge_horizon_fnc", "x_days_ago_at_y_oclock")
                .containsEntry("knowledge_horizon_par", Map.of("x", 1, "y", 12, "z", "Europe/Amsterdam"));
        assertThat(get("/api/v3_0/assets/public", admin).list()).extracting(a -> a.get("name")).contains("EPEX");
    }
}
