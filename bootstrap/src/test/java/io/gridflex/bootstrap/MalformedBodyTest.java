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
    void refuses_a_broken_body_with_400_in_the_api_shape(String method, String path, String body) {
        Answer answer = method.equals("POST") ? post(path, body, admin) : patch(path, body, admin);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.map()).containsEntry("status", "BAD_REQUEST").containsEntry("result", "Rejected");
        assertThat(answer.raw()).doesNotContain("Exception").doesNotContain("at io.");
        assertThat(get("/api/v3_0/users/1", admin).map()).containsEntry("email", ADMIN_EMAIL);
        assertThat(get("/api/v3_0/accounts/1", admin).map()).containsEntry("name", "gridflex administrators");
    }
}
