package io.gridflex.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridflex.application.account.port.out.LoadUsersPort;
import io.gridflex.application.account.port.out.TokenClaims;
import io.gridflex.application.account.port.out.TokenIssuer;
import io.gridflex.domain.account.Email;
import io.gridflex.domain.account.User;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every authenticated endpoint with no token, a good one, an expired one and a tampered one. */
class TokenAuthTest extends ApiTest {

    static Stream<Arguments> protectedEndpoints() {
        return Stream.of(
                Arguments.of("GET", "/api/v3_0/users", null),
                Arguments.of("GET", "/api/v3_0/users/1", null),
                Arguments.of("PATCH", "/api/v3_0/users/1", "{\"timezone\": \"Europe/Amsterdam\"}"),
                Arguments.of("GET", "/api/v3_0/users/1/auditlog", null),
                Arguments.of("POST", "/api/v3_0/users", "{\"email\": \"new@example.org\", \"password\": \"long-enough-1\"}"),
                Arguments.of("GET", "/api/v3_0/accounts", null),
                Arguments.of("POST", "/api/v3_0/accounts", "{\"name\": \"Token test account\"}"),
                Arguments.of("GET", "/api/v3_0/accounts/1", null),
                Arguments.of("PATCH", "/api/v3_0/accounts/1", "{\"name\": \"gridflex administrators\"}"),
                Arguments.of("PATCH", "/api/v3_0/users/{other}/password-reset", null));
    }

    private Long other;

    /** A user besides the admin, whose password may be reset without locking the admin out. */
    private String resolve(String path) {
        if (other == null) {
            other = id(post("/api/v3_0/users", "{\"email\": \"other@example.org\", \"password\": \"other-password\"}",
                    adminToken()));
        }
        return path.replace("{other}", other.toString());
    }

    private Answer call(String method, String rawPath, String body, String token) {
        String path = resolve(rawPath);
        return switch (method) {
            case "GET" -> get(path, token);
            case "POST" -> post(path, body, token);
            case "PATCH" -> body == null ? send(io.micronaut.http.HttpRequest.PATCH(path, ""), token) : patch(path, body, token);
            default -> throw new IllegalArgumentException(method);
        };
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("protectedEndpoints")
    void refuses_a_missing_expired_or_tampered_token_and_accepts_a_good_one(String method, String path, String body) {
        String good = adminToken();

        Answer none = call(method, path, body, null);
        Answer expired = call(method, path, body, expiredAdminToken());
        Answer tampered = call(method, path, body, tamper(good));
        Answer unsigned = call(method, path, body, unsignedToken(good));

        for (Answer refused : new Answer[] {none, expired, tampered, unsigned}) {
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.map()).containsEntry("status", "UNAUTHORIZED");
        }
        Answer accepted = call(method, path, body, "Bearer " + good);
        assertThat(accepted.status()).isBetween(200, 204);
    }

    @Test
    void takes_the_token_bare_or_as_bearer() {
        String token = adminToken();

        assertThat(get("/api/v3_0/users", token).status()).isEqualTo(200);
        assertThat(get("/api/v3_0/users", "Bearer " + token).status()).isEqualTo(200);
        assertThat(get("/api/v3_0/users", "bearer " + token).status()).isEqualTo(200);
    }

    @Test
    void refuses_the_token_of_a_deactivated_user() {
        String admin = adminToken();
        Answer created = post("/api/v3_0/users",
                "{\"email\": \"leaver@example.org\", \"password\": \"leaver-password\"}", admin);
        String leaverToken = tokenFor("leaver@example.org", "leaver-password");
        assertThat(get("/api/v3_0/users/" + id(created), leaverToken).status()).isEqualTo(200);

        patch("/api/v3_0/users/" + id(created), "{\"active\": false}", admin);

        assertThat(get("/api/v3_0/users/" + id(created), leaverToken).status()).isEqualTo(401);
        assertThat(post("/api/requestAuthToken", "{\"email\": \"leaver@example.org\", \"password\": \"leaver-password\"}", null)
                .status()).isEqualTo(401);
    }

    private String expiredAdminToken() {
        User admin = server.getApplicationContext().getBean(LoadUsersPort.class).findUserByEmail(Email.of(ADMIN_EMAIL)).orElseThrow();
        Instant now = Instant.now();
        return server.getApplicationContext().getBean(TokenIssuer.class).issue(
                new TokenClaims(admin.id(), admin.tokenStamp(), now.minus(7, ChronoUnit.HOURS), now.minus(1, ChronoUnit.HOURS)));
    }

    /** Changes one character of the payload: the signature no longer fits. */
    static String tamper(String token) {
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]));
        String changed = payload.replaceFirst("\"sub\":\"(\\d+)\"", "\"sub\":\"9$1\"");
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(changed.getBytes()) + "." + parts[2];
    }

    /** The same claims under {"alg":"none"} and without signature. */
    static String unsignedToken(String token) {
        String header = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes());
        return header + "." + token.split("\\.")[1] + ".";
    }
}
