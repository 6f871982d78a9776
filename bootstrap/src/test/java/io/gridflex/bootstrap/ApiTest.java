package io.gridflex.bootstrap;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * A whole gridflex server (every adapter wired by bootstrap) on a random port, against a fresh
 * PostgreSQL database, and a raw HTTP client that shows status and JSON exactly as a client sees them.
 */
@org.junit.jupiter.api.TestInstance(org.junit.jupiter.api.TestInstance.Lifecycle.PER_CLASS)
abstract class ApiTest {

    static final String ADMIN_EMAIL = "admin@example.org";
    static final String ADMIN_PASSWORD = "admin-password-1";

    protected EmbeddedServer server;
    /** The configuration the server was started with (its database among it). */
    protected Map<String, Object> config;
    protected HttpClient client;
    protected JsonMapper json;

    /** Extra configuration of a test class. */
    protected Map<String, Object> properties() {
        return Map.of();
    }

    /** The JDBC URL the server gets for its fresh database: a subclass may route it through another driver. */
    protected String databaseUrl(String url) {
        return url;
    }

    @BeforeAll
    void startServer() {
        config = new HashMap<>();
        config.put("datasources.default.url", databaseUrl(TestDatabases.freshDatabaseUrl()));
        config.put("datasources.default.username", "postgres");
        config.put("datasources.default.password", "postgres");
        config.put("gridflex.auth.token-secret", "a-test-secret-that-is-long-enough-for-hs256");
        config.put("gridflex.admin.email", ADMIN_EMAIL);
        config.put("gridflex.admin.password", ADMIN_PASSWORD);
        config.putAll(properties());
        start(config);
    }

    private void start(Map<String, Object> configuration) {
        server = ApplicationContext.run(EmbeddedServer.class, configuration);
        client = server.getApplicationContext().createBean(HttpClient.class, server.getURL());
        json = server.getApplicationContext().getBean(JsonMapper.class);
    }

    /** Stops the server and starts another on the same database, with some configuration changed. */
    protected void restart(Map<String, Object> changes) {
        stopServer();
        config.putAll(changes);
        start(config);
    }

    @AfterAll
    void stopServer() {
        if (client != null) {
            client.close();
        }
        if (server != null) {
            server.stop();
        }
    }

    /** What came back: the status and the body parsed as JSON (null when empty). */
    record Answer(int status, Object body, String raw) {
        @SuppressWarnings("unchecked")
        Map<String, Object> map() {
            return (Map<String, Object>) body;
        }

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> list() {
            return (List<Map<String, Object>>) body;
        }

        Object get(String key) {
            return map().get(key);
        }
    }

    Answer get(String path, String token) {
        return send(HttpRequest.GET(path), token);
    }

    Answer post(String path, String body, String token) {
        return send(HttpRequest.POST(path, body).contentType(MediaType.APPLICATION_JSON_TYPE), token);
    }

    Answer patch(String path, String body, String token) {
        return send(HttpRequest.PATCH(path, body).contentType(MediaType.APPLICATION_JSON_TYPE), token);
    }

    Answer send(MutableHttpRequest<?> request, String token) {
        if (token != null) {
            request.header("Authorization", token);
        }
        try {
            HttpResponse<String> response = client.toBlocking().exchange(request, Argument.STRING, Argument.STRING);
            return answer(response.code(), response.body());
        } catch (HttpClientResponseException e) {
            return answer(e.code(), e.getResponse().getBody(String.class).orElse(null));
        }
    }

    private Answer answer(int status, String raw) {
        if (raw == null || raw.isBlank()) {
            return new Answer(status, null, raw);
        }
        try {
            return new Answer(status, json.readValue(raw, Object.class), raw);
        } catch (IOException e) {
            return new Answer(status, null, raw); // not JSON (a YAML export): the test reads raw
        }
    }

    /** A token for the user, through the public token endpoint. */
    String tokenFor(String email, String password) {
        Answer answer = post("/api/requestAuthToken",
                "{\"email\": \"" + email + "\", \"password\": \"" + password + "\"}", null);
        if (answer.status() != 200) {
            throw new IllegalStateException("No token for " + email + ": " + answer);
        }
        return (String) answer.get("auth_token");
    }

    String adminToken() {
        return tokenFor(ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    static long id(Answer answer) {
        return ((Number) answer.get("id")).longValue();
    }
}
