package io.gridflex.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every endpoint that takes a body answers a broken one with a clean 4xx and changes nothing. */
class MalformedBodyTest extends ApiTest {

    private String admin;

    @BeforeAll
    void token() {
        admin = adminToken();
    }

    static Stream<Arguments> bodies() {
        String[][] endpoints = {
                {"POST", "/api/requestAuthToken"},
                {"POST", "/api/v3_0/users"},
                {"PATCH", "/api/v3_0/users/1"},
                {"POST", "/api/v3_0/accounts"},
                {"PATCH", "/api/v3_0/accounts/1"}};
        String[] broken = {"{\"email\": ", "[1, 2]", "\"just a string\"", "null", "{\"a\": 1} trailing", "\u0000\u0001"};
        return Stream.of(endpoints).flatMap(e -> Stream.of(broken).map(b -> Arguments.of(e[0], e[1], b)));
    }

    @ParameterizedTest(name = "{0} {1} with {2}")
    @MethodSource("bodies")
    void refuses_a_broken_body_with_400_or_a_non_object_with_422_in_the_api_shape(String method, String path, String body) {
        Answer answer = method.equals("POST") ? post(path, body, admin) : patch(path, body, admin);

        if ((body.startsWith("[") || body.startsWith("\"")) && !path.equals("/api/requestAuthToken")) {
            // JSON, but not an object: FlexMeasures' schemas refuse it under _schema (test_posting_multiple_assets);
            // its token request reads the body without a schema (400)
            assertThat(answer.status()).isEqualTo(422);
            assertThat(answer.map()).containsEntry("status", "UNPROCESSABLE_ENTITY").containsEntry("result", "Rejected")
                    .containsEntry("message", java.util.Map.of("json", java.util.Map.of("_schema", java.util.List.of("Invalid input type."))));
        } else {
            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.map()).containsEntry("status", "BAD_REQUEST").containsEntry("result", "Rejected");
        }
        assertThat(answer.raw()).doesNotContain("Exception").doesNotContain("at io.");
        assertThat(get("/api/v3_0/users/1", admin).map()).containsEntry("email", ADMIN_EMAIL);
        assertThat(get("/api/v3_0/accounts/1", admin).map()).containsEntry("name", "gridflex administrators");
    }
}
