package io.gridflex.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PublicApiTest extends ApiTest {

    @Test
    void lists_the_api_versions() {
        Answer answer = get("/api/", null);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.get("versions")).isEqualTo(List.of("v1", "v1_1", "v3_0"));
    }

    @Test
    void lists_the_services_of_v3() {
        Answer answer = get("/api/v3_0", null);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.get("version")).isEqualTo("3.0");
        @SuppressWarnings("unchecked")
        List<Map<String, String>> services = (List<Map<String, String>>) answer.get("services");
        assertThat(services).extracting(s -> s.get("endpoint")).contains("POST /api/requestAuthToken", "GET /api/v3_0/users");
    }

    @Test
    void reports_the_flexmeasures_release_it_follows_and_its_own_version_not_the_api_version() {
        Answer versions = get("/api/", null);
        Answer listing = get("/api/v3_0", null);

        assertThat(versions.get("flexmeasures_version")).isEqualTo("0.29.1");
        assertThat(listing.get("flexmeasures_version")).isEqualTo("0.29.1");
        assertThat(listing.get("version")).isEqualTo("3.0");
        assertThat(versions.get("gridflex_version")).isEqualTo(MAVEN_VERSION);
        assertThat(listing.get("gridflex_version")).isEqualTo(MAVEN_VERSION);
    }

    @Test
    void sends_the_version_headers_on_every_api_answer_errors_included() {
        for (String path : List.of("/api/", "/api/v3_0", "/api/v3_0/users", "/api/v3_0/no-such-thing")) {
            HttpResponse<?> response;
            try {
                response = client.toBlocking().exchange(HttpRequest.GET(path), Argument.STRING, Argument.STRING);
            } catch (HttpClientResponseException e) {
                response = e.getResponse();
            }
            assertThat(response.header("FlexMeasures-Version")).as(path).isEqualTo("0.29.1");
            assertThat(response.header("X-Gridflex-Version")).as(path).isEqualTo(MAVEN_VERSION);
            assertThat(response.header("API-Version")).as(path).isEqualTo(path.startsWith("/api/v3_0") ? "v3_0" : null);
        }
    }

    /** The Maven project version (pom.xml); the server must report it from its build, not from a copy. */
    private static final String MAVEN_VERSION = "0.1.0-SNAPSHOT";

    @Test
    void gives_a_token_for_the_right_password() {
        Answer answer = post("/api/requestAuthToken", "{\"email\": \"admin@example.org\", \"password\": \"admin-password-1\"}", null);

        assertThat(answer.status()).isEqualTo(200);
        assertThat((String) answer.get("auth_token")).isNotBlank();
        assertThat(((Number) answer.get("user_id")).longValue()).isPositive();
    }

    @Test
    void refuses_a_wrong_password_and_an_unknown_email_alike() {
        Answer wrongPassword = post("/api/requestAuthToken", "{\"email\": \"admin@example.org\", \"password\": \"nope-nope\"}", null);
        Answer unknownEmail = post("/api/requestAuthToken", "{\"email\": \"who@example.org\", \"password\": \"nope-nope\"}", null);

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(unknownEmail.status()).isEqualTo(401);
        assertThat(wrongPassword.body()).isEqualTo(unknownEmail.body());
        assertThat(wrongPassword.map()).containsEntry("status", "UNAUTHORIZED").containsKey("message");
    }

    @Test
    void refuses_malformed_token_requests_with_the_bad_fields_named() {
        Answer notJson = post("/api/requestAuthToken", "{email: ", null);
        Answer missing = post("/api/requestAuthToken", "{}", null);
        Answer wrongTypes = post("/api/requestAuthToken", "{\"email\": 5, \"password\": [\"x\"], \"extra\": 1}", null);
        Answer array = post("/api/requestAuthToken", "[1, 2]", null);

        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.map()).containsEntry("status", "BAD_REQUEST");
        assertThat(array.status()).isEqualTo(400);
        assertThat(missing.status()).isEqualTo(422);
        assertThat(fieldErrors(missing)).containsOnlyKeys("email", "password");
        assertThat(wrongTypes.status()).isEqualTo(422);
        assertThat(fieldErrors(wrongTypes)).containsOnlyKeys("email", "password", "extra");
        assertThat(notJson.raw()).doesNotContain("Exception").doesNotContain("at io.");
    }

    @Test
    void is_ready_while_the_database_answers() {
        Answer answer = get("/api/v3_0/health/ready", null);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo(Map.of("database_sql", true));
    }

    @Test
    void answers_unknown_routes_with_404_in_the_api_shape() {
        Answer answer = get("/api/v3_0/nothing-here", null);

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.map()).containsEntry("status", 404);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> fieldErrors(Answer answer) {
        assertThat(answer.map()).containsEntry("status", "UNPROCESSABLE_ENTITY").containsEntry("result", "Rejected");
        return (Map<String, Object>) ((Map<String, Object>) answer.get("message")).get("json");
    }
}
