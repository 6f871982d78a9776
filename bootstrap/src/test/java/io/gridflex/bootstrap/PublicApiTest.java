package io.gridflex.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

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
