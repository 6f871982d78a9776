package io.gridflex.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every asset and sensor endpoint, called by every kind of principal on an asset of ACME (and its
 * sensor), answers what FlexMeasures' policy gives; refused writes change nothing. The other v3
 * routes are in {@link PermissionMatrixTest}.
 */
class AssetPermissionMatrixTest extends ApiTest {

    /** The principals, in the column order of the expectations below. */
    private static final String[] PRINCIPALS = {"nobody", "member", "stranger", "account-admin", "consultant", "admin-reader", "admin"};

    private final Map<String, String> tokens = new LinkedHashMap<>();
    private final AtomicInteger counter = new AtomicInteger();
    private String admin;
    private long acme;

    @BeforeAll
    void principals() {
        admin = adminToken();
        long consultancy = id(post("/api/v3_0/accounts", "{\"name\": \"Consult\", \"account_roles\": [\"Consultancy\"]}", admin));
        acme = id(post("/api/v3_0/accounts", "{\"name\": \"ACME\", \"consultancy_account_id\": " + consultancy + "}", admin));
        long other = id(post("/api/v3_0/accounts", "{\"name\": \"Other\"}", admin));
        tokens.put("nobody", null);
        tokens.put("member", user("member@acme.org", acme, "[]"));
        tokens.put("stranger", user("stranger@other.org", other, "[]"));
        tokens.put("account-admin", user("boss@acme.org", acme, "[\"account-admin\"]"));
        tokens.put("consultant", user("carl@consult.org", consultancy, "[\"consultant\"]"));
        tokens.put("admin-reader", user("reader@other.org", other, "[\"admin-reader\"]"));
        tokens.put("admin", admin);
    }

    private String user(String email, long account, String roles) {
        Answer created = post("/api/v3_0/users", "{\"email\": \"" + email + "\", \"password\": \"password-1\", \"account_id\": "
                + account + ", \"flexmeasures_roles\": " + roles + "}", admin);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return tokenFor(email, "password-1");
    }

    static Stream<Arguments> matrix() {
        return Stream.of(
                row("GET", "/api/v3_0/assets", null, 401, 200, 200, 200, 200, 200, 200),
                row("GET", "/api/v3_0/assets?account_id={acme}", null, 401, 200, 403, 200, 200, 200, 200),
                row("GET", "/api/v3_0/assets?all_accessible=true", null, 401, 200, 200, 200, 200, 200, 200),
                row("GET", "/api/v3_0/assets/public", null, 401, 200, 200, 200, 200, 200, 200),
                row("GET", "/api/v3_0/assets/types", null, 401, 200, 200, 200, 200, 200, 200),
                row("POST", "/api/v3_0/assets/types", "{\"name\": \"type {n}\"}", 401, 403, 403, 403, 403, 403, 201),
                row("POST", "/api/v3_0/assets/default_asset_view", "{\"default_asset_view\": \"Graphs\"}", 401, 200, 200, 200, 200, 200, 200),
                // a top-level asset: create-children on the account (account-admins, consultants); before that, FlexMeasures'
                // asset schema refuses (422 on account_id) an account other than the caller's own to all but admins —
                // consultants too, who thus add client assets in FlexMeasures only through its CLI
                row("POST", "/api/v3_0/assets", "{\"name\": \"new {n}\", \"generic_asset_type_id\": 1, \"account_id\": {acme}}",
                        401, 403, 422, 201, 422, 422, 201),
                // a sub-asset: create-children on the parent (every member of its account)
                row("POST", "/api/v3_0/assets", "{\"name\": \"new {n}\", \"generic_asset_type_id\": 1, \"account_id\": {acme}, "
                        + "\"parent_asset_id\": {asset}}", 401, 201, 422, 201, 422, 422, 201),
                // under a public asset: create-children on it, admins only
                row("POST", "/api/v3_0/assets", "{\"name\": \"new {n}\", \"generic_asset_type_id\": 1, \"account_id\": {acme}, "
                        + "\"parent_asset_id\": {public}}", 401, 403, 422, 403, 422, 422, 201),
                row("POST", "/api/v3_0/assets", "{\"name\": \"public {n}\", \"generic_asset_type_id\": 1, \"account_id\": null}",
                        401, 403, 403, 403, 403, 403, 201),
                row("POST", "/api/v3_0/assets", "{\"name\": \"public {n}\", \"generic_asset_type_id\": 1, \"account_id\": null, "
                        + "\"parent_asset_id\": {public}}", 401, 403, 403, 403, 403, 403, 201),
                row("GET", "/api/v3_0/assets/{asset}", null, 401, 200, 403, 200, 200, 200, 200),
                row("GET", "/api/v3_0/assets/{public}", null, 401, 200, 200, 200, 200, 200, 200),
                row("PATCH", "/api/v3_0/assets/{asset}", "{\"latitude\": 10}", 401, 200, 403, 200, 200, 403, 200),
                row("PATCH", "/api/v3_0/assets/{public}", "{\"latitude\": 10}", 401, 403, 403, 403, 403, 403, 200),
                row("DELETE", "/api/v3_0/assets/{asset}", null, 401, 403, 403, 204, 204, 403, 204),
                row("DELETE", "/api/v3_0/assets/{public}", null, 401, 403, 403, 403, 403, 403, 204),
                row("GET", "/api/v3_0/assets/{asset}/sensors", null, 401, 200, 403, 200, 200, 200, 200),
                row("GET", "/api/v3_0/assets/{asset}/auditlog", null, 401, 200, 403, 200, 200, 200, 200),
                row("GET", "/api/v3_0/sensors", null, 401, 200, 200, 200, 200, 200, 200),
                row("GET", "/api/v3_0/sensors?account_id={acme}", null, 401, 200, 403, 200, 200, 200, 200),
                row("GET", "/api/v3_0/sensors?asset={asset}", null, 401, 200, 403, 200, 200, 200, 200),
                row("POST", "/api/v3_0/sensors", "{\"name\": \"s {n}\", \"unit\": \"kW\", \"event_resolution\": \"PT15M\", "
                        + "\"generic_asset_id\": {asset}}", 401, 201, 403, 201, 201, 403, 201),
                row("POST", "/api/v3_0/sensors", "{\"name\": \"s {n}\", \"unit\": \"kW\", \"event_resolution\": \"PT15M\", "
                        + "\"generic_asset_id\": {public}}", 401, 403, 403, 403, 403, 403, 201),
                row("GET", "/api/v3_0/sensors/{sensor}", null, 401, 200, 403, 200, 200, 200, 200),
                // "update" on a sensor: account-admins and consultants (FlexMeasures' docs say admins only; its code, this)
                row("PATCH", "/api/v3_0/sensors/{sensor}", "{\"name\": \"renamed {n}\"}", 401, 403, 403, 200, 200, 403, 200),
                row("DELETE", "/api/v3_0/sensors/{sensor}", null, 401, 403, 403, 204, 204, 403, 204));
    }

    private static Arguments row(String method, String path, String body, int... expected) {
        return Arguments.of(method, path, body, expected);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("matrix")
    void each_principal_gets_what_the_policy_gives(String method, String path, String body, int[] expected) {
        for (int i = 0; i < PRINCIPALS.length; i++) {
            // a fresh asset, public asset and sensor for each call, so that deletions do not interfere
            int n = counter.incrementAndGet();
            long asset = id(post("/api/v3_0/assets", "{\"name\": \"asset " + n + "\", \"generic_asset_type_id\": 1, "
                    + "\"account_id\": " + acme + "}", admin));
            long publicAsset = id(post("/api/v3_0/assets", "{\"name\": \"public asset " + n + "\", \"generic_asset_type_id\": 1, "
                    + "\"account_id\": null}", admin));
            long sensor = id(post("/api/v3_0/sensors", "{\"name\": \"power\", \"unit\": \"kW\", \"event_resolution\": \"PT15M\", "
                    + "\"generic_asset_id\": " + asset + "}", admin));
            String resolvedPath = fill(path, n, asset, publicAsset, sensor);
            String resolvedBody = body == null ? null : fill(body, n, asset, publicAsset, sensor);
            String token = tokens.get(PRINCIPALS[i]);

            Answer answer = switch (method) {
                case "GET" -> get(resolvedPath, token);
                case "POST" -> post(resolvedPath, resolvedBody, token);
                case "PATCH" -> patch(resolvedPath, resolvedBody, token);
                case "DELETE" -> send(HttpRequest.DELETE(resolvedPath), token);
                default -> throw new IllegalArgumentException(method);
            };

            assertThat(answer.status()).as("%s %s as %s: %s", method, resolvedPath, PRINCIPALS[i], answer.raw())
                    .isEqualTo(expected[i]);
            if (answer.status() >= 400) {
                assertUnchanged(asset, publicAsset, sensor, n);
            }
        }
    }

    private void assertUnchanged(long asset, long publicAsset, long sensor, int n) {
        assertThat(get("/api/v3_0/assets/" + asset, admin).map()).containsEntry("latitude", null)
                .containsEntry("name", "asset " + n);
        assertThat(get("/api/v3_0/assets/" + publicAsset, admin).map()).containsEntry("latitude", null);
        assertThat(get("/api/v3_0/sensors/" + sensor, admin).map()).containsEntry("name", "power");
    }

    private String fill(String template, int n, long asset, long publicAsset, long sensor) {
        return template.replace("{n}", Integer.toString(n)).replace("{acme}", Long.toString(acme))
                .replace("{asset}", Long.toString(asset)).replace("{public}", Long.toString(publicAsset))
                .replace("{sensor}", Long.toString(sensor));
    }

    @Test
    void no_principal_sees_another_accounts_assets_in_listings() {
        String stranger = tokens.get("stranger");
        id(post("/api/v3_0/assets", "{\"name\": \"secret\", \"generic_asset_type_id\": 1, \"account_id\": " + acme + "}", admin));

        assertThat(get("/api/v3_0/assets?all_accessible=true", stranger).list()).extracting(a -> a.get("account_id"))
                .doesNotContain((int) acme);
        assertThat(get("/api/v3_0/sensors", stranger).list()).isEmpty();
        assertThat(get("/api/v3_0/assets?all_accessible=true", tokens.get("consultant")).list()).extracting(a -> a.get("name"))
                .contains("secret");
    }
}
