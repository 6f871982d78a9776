package io.gridflex.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.multipart.MultipartBody;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every v3 route that is not an asset's or a sensor's own (those are in
 * {@link AssetPermissionMatrixTest}) — accounts, users, sensor data, schedules, health and the
 * public ones — called by each of the seven principals, answers what FlexMeasures' ACLs give
 * ({@code __acl__} of Account, User, GenericAsset and Sensor, {@code AuditLog.user_table_acl},
 * {@code FlexMeasuresPlatform}, the account schemas and the v3 endpoints' checks). Where gridflex
 * deliberately differs, the row says why.
 *
 * <p>Principals: nobody (no token); a plain member of ACME; a stranger (plain member of another
 * account); an account-admin of ACME; a consultant of Consult, ACME's consultancy; an admin-reader
 * (of the other account); the admin. Each call gets fresh objects where a row names them.
 */
class PermissionMatrixTest extends ApiTest {

    private static final String[] PRINCIPALS = {"nobody", "member", "stranger", "account-admin", "consultant", "admin-reader", "admin"};

    private static final String VALUES = "{\"values\": [1, 2], \"start\": \"2026-01-01T00:00:00+00:00\", \"duration\": \"PT30M\", "
            + "\"unit\": \"kW\"";
    private static final String READ = "start=2026-01-01T00:00:00%2B00:00&duration=PT1H&unit=kW";
    private static final String FLEX = "\"soc-at-start\": \"0 kWh\", \"soc-max\": \"10 kWh\", \"power-capacity\": \"5 kW\"";
    private static final String TRIGGER = "\"start\": \"2026-01-01T00:00:00+00:00\", \"duration\": \"PT2H\", "
            + "\"flex-context\": {\"consumption-price\": \"100 EUR/MWh\"}";

    private final Map<String, String> tokens = new LinkedHashMap<>();
    private final Map<String, Long> userIds = new HashMap<>();
    private final AtomicInteger counter = new AtomicInteger();
    private String admin;
    private long acme;
    private long consult;
    private long other;

    @Override
    protected Map<String, Object> properties() {
        return Map.of("gridflex.scheduling.workers", 0); // triggers are checked and queued, not run
    }

    @BeforeAll
    void principals() {
        admin = adminToken();
        consult = id(post("/api/v3_0/accounts", "{\"name\": \"Consult\", \"account_roles\": [\"Consultancy\"]}", admin));
        acme = id(post("/api/v3_0/accounts", "{\"name\": \"ACME\", \"consultancy_account_id\": " + consult + "}", admin));
        other = id(post("/api/v3_0/accounts", "{\"name\": \"Other\"}", admin));
        tokens.put("nobody", null);
        tokens.put("member", user("member", "member@acme.org", acme, "[]"));
        tokens.put("stranger", user("stranger", "stranger@other.org", other, "[]"));
        tokens.put("account-admin", user("account-admin", "boss@acme.org", acme, "[\"account-admin\"]"));
        tokens.put("consultant", user("consultant", "carl@consult.org", consult, "[\"consultant\"]"));
        tokens.put("admin-reader", user("admin-reader", "reader@other.org", other, "[\"admin-reader\"]"));
        tokens.put("admin", admin);
        Answer login = post("/api/requestAuthToken", "{\"email\": \"" + ADMIN_EMAIL + "\", \"password\": \"" + ADMIN_PASSWORD + "\"}", null);
        userIds.put("admin", ((Number) login.get("user_id")).longValue());
        userIds.put("nobody", userIds.get("admin"));
    }

    private long adminAccount() {
        return ((Number) get("/api/v3_0/users/" + userIds.get("admin"), admin).get("account_id")).longValue();
    }

    private String user(String principal, String email, long account, String roles) {
        Answer created = post("/api/v3_0/users", "{\"email\": \"" + email + "\", \"password\": \"password-1\", \"account_id\": "
                + account + ", \"flexmeasures_roles\": " + roles + "}", admin);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        userIds.put(principal, id(created));
        return tokenFor(email, "password-1");
    }

    static Stream<Arguments> matrix() {
        return Stream.of(
                // --- public routes: no token needed, a token does no harm
                row("GET", "/api/", null, 200, 200, 200, 200, 200, 200, 200),
                row("GET", "/api/v3_0", null, 200, 200, 200, 200, 200, 200, 200),
                row("GET", "/api/v3_0/versions", null, 200, 200, 200, 200, 200, 200, 200),
                row("POST", "/api/requestAuthToken", "{\"email\": \"member@acme.org\", \"password\": \"password-1\"}",
                        200, 200, 200, 200, 200, 200, 200),
                row("GET", "/api/v3_0/health/ready", null, 200, 200, 200, 200, 200, 200, 200),
                row("GET", "/api/ops/ping", null, 200, 200, 200, 200, 200, 200, 200),

                // --- accounts (Account.__acl__, FlexMeasuresPlatform, AccountCreateSchema / AccountPatchSchema)
                row("GET", "/api/v3_0/accounts", null, 401, 200, 200, 200, 200, 200, 200),
                // create-children on the platform: admins; consultants of a Consultancy account (a client of theirs by default)
                row("POST", "/api/v3_0/accounts", "{\"name\": \"account {n}\"}", 401, 403, 403, 403, 201, 403, 201),
                row("POST", "/api/v3_0/accounts", "{\"name\": \"account {n}\", \"consultancy_account_id\": {consult}}",
                        401, 403, 403, 403, 201, 403, 201),
                row("GET", "/api/v3_0/accounts/{acme}", null, 401, 200, 403, 200, 200, 200, 200),
                // the account's audit log: its account-admins, its consultants, admins (Account.__acl__ read-audit-log)
                row("GET", "/api/v3_0/accounts/{acme}/auditlog", null, 401, 403, 403, 200, 200, 200, 200),
                row("PATCH", "/api/v3_0/accounts/{acme}", "{\"name\": \"ACME\"}", 401, 200, 403, 200, 200, 403, 200),
                // only admins, and consultants or account-admins of a Consultancy account naming their own account
                row("PATCH", "/api/v3_0/accounts/{acme}", "{\"consultancy_account_id\": {consult}}", 401, 403, 403, 403, 200, 403, 200),
                row("PATCH", "/api/v3_0/accounts/{client}", "{\"consultancy_account_id\": {other}}", 401, 403, 403, 403, 403, 403, 200),
                row("PATCH", "/api/v3_0/accounts/{client}", "{\"consultancy_account_id\": null}", 401, 403, 403, 403, 200, 403, 200),
                // gridflex: account roles only by admins. FlexMeasures lets everyone who may update the account set
                // them (member, account-admin and consultant: 200), so a member could make its account a Consultancy.
                row("PATCH", "/api/v3_0/accounts/{acme}", "{\"account_roles\": []}", 401, 403, 403, 403, 403, 403, 200),

                // --- users (User.__acl__, create-children on the account, can_modify_role, AuditLog.user_table_acl)
                row("GET", "/api/v3_0/users", null, 401, 200, 200, 200, 200, 200, 200),
                row("GET", "/api/v3_0/users?account_id={acme}", null, 401, 200, 403, 200, 200, 200, 200),
                row("POST", "/api/v3_0/users", "{\"email\": \"new{n}@acme.org\", \"password\": \"password-1\", \"account_id\": {acme}}",
                        401, 403, 403, 201, 201, 403, 201),
                row("GET", "/api/v3_0/users/{user}", null, 401, 200, 403, 200, 200, 200, 200),
                row("PATCH", "/api/v3_0/users/{user}", "{\"timezone\": \"Europe/Paris\"}", 401, 403, 403, 200, 200, 403, 200),
                row("PATCH", "/api/v3_0/users/{user}", "{\"active\": false}", 401, 403, 403, 200, 200, 403, 200),
                row("PATCH", "/api/v3_0/users/{self}", "{\"timezone\": \"Europe/Amsterdam\"}", 401, 200, 200, 200, 200, 200, 200),
                // nobody edits their own active flag or roles — so the only admin cannot lock itself out
                row("PATCH", "/api/v3_0/users/{self}", "{\"active\": false}", 401, 403, 403, 403, 403, 403, 403),
                row("PATCH", "/api/v3_0/users/{self}", "{\"flexmeasures_roles\": []}", 401, 403, 403, 403, 403, 403, 403),
                // "update" on the user: the user (not run here: it voids the caller's token), account-admins, consultants
                row("PATCH", "/api/v3_0/users/{user}/password-reset", null, 401, 403, 403, 200, 200, 403, 200),
                // the user, account-admins of its account, its consultants, admins and admin-readers; not colleagues
                row("GET", "/api/v3_0/users/{user}/auditlog", null, 401, 403, 403, 200, 200, 200, 200),
                row("GET", "/api/v3_0/users/{self}/auditlog", null, 401, 200, 200, 200, 200, 200, 200),

                // --- sensor data (Sensor.__acl__: create-children = post, read, delete)
                row("POST", "/api/v3_0/sensors/{sensor}/data", VALUES + "}", 401, 200, 403, 200, 200, 403, 200),
                row("POST", "/api/v3_0/sensors/data", VALUES + ", \"sensor\": \"{address}\"}", 401, 200, 403, 200, 200, 403, 200),
                row("UPLOAD", "/api/v3_0/sensors/{sensor}/data/upload", null, 401, 200, 403, 200, 200, 403, 200),
                row("POST", "/api/v3_0/sensors/{publicSensor}/data", VALUES + "}", 401, 403, 403, 403, 403, 403, 200),
                row("GET", "/api/v3_0/sensors/{sensor}/data?" + READ, null, 401, 200, 403, 200, 200, 200, 200),
                row("GET", "/api/v3_0/sensors/data?sensor={address}&" + READ, null, 401, 200, 403, 200, 200, 200, 200),
                row("GET", "/api/v3_0/sensors/{publicSensor}/data?" + READ, null, 401, 200, 200, 200, 200, 200, 200),
                row("DELETE", "/api/v3_0/sensors/{sensor}/data", null, 401, 403, 403, 204, 204, 403, 204),
                row("GET", "/api/v3_0/sensors/{sensor}/stats", null, 401, 200, 403, 200, 200, 200, 200),
                row("GET", "/api/v3_0/sensors/{sensor}/status", null, 401, 200, 403, 200, 200, 200, 200),
                // an asset's KPIs and jobs: read on the asset
                row("GET", "/api/v3_0/assets/{asset}/kpis?start=2026-01-01T00:00:00%2B00:00&end=2026-01-02T00:00:00%2B00:00", null,
                        401, 200, 403, 200, 200, 200, 200),
                row("GET", "/api/v3_0/assets/{asset}/jobs", null, 401, 200, 403, 200, 200, 200, 200),

                // --- schedules (create-children on the sensor or asset; read on the sensor)
                row("POST", "/api/v3_0/sensors/{sensor}/schedules/trigger", "{" + TRIGGER + ", \"flex-model\": {" + FLEX + "}}",
                        401, 200, 403, 200, 200, 403, 200),
                row("POST", "/api/v3_0/assets/{asset}/schedules/trigger", "{" + TRIGGER + ", \"flex-model\": [{\"sensor\": {sensor}, "
                        + FLEX + "}]}", 401, 200, 403, 200, 200, 403, 200),
                // an unknown job: 400 UNRECOGNIZED_UDI_EVENT for who may read the sensor
                row("GET", "/api/v3_0/sensors/{sensor}/schedules/7a1e2c3d-0000-4000-8000-000000000000", null,
                        401, 400, 403, 400, 400, 400, 400));
    }

    private static Arguments row(String method, String path, String body, int... expected) {
        return Arguments.of(method, path, body, expected);
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("matrix")
    void each_principal_gets_what_flexmeasures_gives(String method, String path, String body, int[] expected) {
        for (int i = 0; i < PRINCIPALS.length; i++) {
            Fixtures fixtures = new Fixtures(PRINCIPALS[i]);
            String resolvedPath = fixtures.fill(path);
            String resolvedBody = body == null ? null : fixtures.fill(body);
            String token = tokens.get(PRINCIPALS[i]);

            Answer answer = switch (method) {
                case "GET" -> get(resolvedPath, token);
                case "POST" -> post(resolvedPath, resolvedBody, token);
                case "PATCH" -> patch(resolvedPath, resolvedBody == null ? "{}" : resolvedBody, token);
                case "DELETE" -> send(HttpRequest.DELETE(resolvedPath), token);
                case "UPLOAD" -> send(HttpRequest.POST(resolvedPath, MultipartBody.builder().addPart("uploaded-files", "data.csv",
                                MediaType.TEXT_CSV_TYPE, "event_start,event_value\n2026-01-01T00:00:00+00:00,1.5\n"
                                        .getBytes(StandardCharsets.UTF_8)).build())
                        .contentType(MediaType.MULTIPART_FORM_DATA_TYPE), token);
                default -> throw new IllegalArgumentException(method);
            };

            assertThat(answer.status()).as("%s %s %s as %s: %s", method, resolvedPath, resolvedBody, PRINCIPALS[i], answer.raw())
                    .isEqualTo(expected[i]);
            if (answer.status() == 401) {
                assertThat(answer.map()).containsEntry("status", "UNAUTHORIZED");
            } else if (answer.status() == 403) {
                assertThat(answer.map()).containsEntry("status", "INVALID_SENDER").containsEntry("result", "Rejected");
            }
        }
    }

    /**
     * gridflex's own guard, which FlexMeasures lacks: the last active admin is not deactivated by an
     * account-admin of its account either (FlexMeasures would let that lock the server out for good).
     */
    @Test
    void the_last_active_admin_is_not_deactivated_by_anyone() {
        long adminId = userIds.get("admin");
        String rootsBoss = user("roots-boss", "boss@root.org", adminAccount(), "[\"account-admin\"]");

        Answer refused = patch("/api/v3_0/users/" + adminId, "{\"active\": false}", rootsBoss);

        assertThat(refused.status()).as(refused.raw()).isEqualTo(409);
        assertThat(refused.map()).containsEntry("status", "CONFLICT").containsEntry("result", "Rejected").containsEntry("field", "active");
        assertThat(refused.get("message").toString()).contains("is the last active admin");
        assertThat(get("/api/v3_0/users/" + adminId, admin).map()).containsEntry("active", true);
    }

    /** The objects one call may name, made on first use: fresh for every principal's call. */
    private final class Fixtures {

        private final String principal;
        private final int n = counter.incrementAndGet();
        private final Map<String, Long> made = new HashMap<>();

        Fixtures(String principal) {
            this.principal = principal;
        }

        String fill(String template) {
            String result = template.replace("{n}", Integer.toString(n)).replace("{acme}", Long.toString(acme))
                    .replace("{consult}", Long.toString(consult)).replace("{other}", Long.toString(other))
                    .replace("{self}", Long.toString(userIds.get(principal)));
            result = replace(result, "{client}", () -> id(post("/api/v3_0/accounts", "{\"name\": \"client " + n
                    + "\", \"consultancy_account_id\": " + consult + "}", admin)));
            result = replace(result, "{user}", () -> id(post("/api/v3_0/users", "{\"email\": \"colleague" + n
                    + "@acme.org\", \"password\": \"password-1\", \"account_id\": " + acme + "}", admin)));
            result = replace(result, "{asset}", this::asset);
            result = replace(result, "{sensor}", this::sensor);
            result = replace(result, "{publicSensor}", () -> sensorOn(id(post("/api/v3_0/assets", "{\"name\": \"public " + n
                    + "\", \"generic_asset_type_id\": 1, \"account_id\": null}", admin))));
            if (result.contains("{address}")) {
                result = result.replace("{address}", (String) get("/api/v3_0/sensors/" + sensor(), admin).get("entity_address"));
            }
            return result;
        }

        private String replace(String template, String key, LongSupplier make) {
            return template.contains(key) ? template.replace(key, Long.toString(once(key, make))) : template;
        }

        private long once(String key, LongSupplier make) {
            Long known = made.get(key);
            if (known == null) {
                known = make.getAsLong();
                made.put(key, known);
            }
            return known;
        }

        private long asset() {
            return once("{asset}", () -> id(post("/api/v3_0/assets", "{\"name\": \"site " + n
                    + "\", \"generic_asset_type_id\": 1, \"account_id\": " + acme + "}", admin)));
        }

        private long sensor() {
            return once("{sensor}", () -> sensorOn(asset()));
        }

        private long sensorOn(long asset) {
            Answer created = post("/api/v3_0/sensors", "{\"name\": \"power\", \"unit\": \"kW\", \"event_resolution\": \"PT15M\", "
                    + "\"generic_asset_id\": " + asset + "}", admin);
            assertThat(created.status()).as(created.raw()).isEqualTo(201);
            return id(created);
        }
    }
}
