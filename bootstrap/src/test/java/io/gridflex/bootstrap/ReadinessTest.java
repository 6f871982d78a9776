package io.gridflex.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The server says it is not ready while its database is away, and ready again once it is back. */
class ReadinessTest {

    @Test
    void reports_503_while_the_database_is_down() throws Exception {
        Path data = Files.createTempDirectory("gridflex-readiness").resolve("postgres");
        EmbeddedDatabase database = EmbeddedDatabase.start(data);
        Map<String, Object> config = new java.util.HashMap<>(database.datasourceProperties());
        config.put("gridflex.auth.token-secret", "a-test-secret-that-is-long-enough-for-hs256");
        config.put("gridflex.admin.email", "admin@example.org");
        config.put("gridflex.admin.password", "admin-password-1");
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, config);
             HttpClient client = server.getApplicationContext().createBean(HttpClient.class, server.getURL())) {
            assertThat(client.toBlocking().exchange(HttpRequest.GET("/api/v3_0/health/ready"), String.class).code()).isEqualTo(200);

            database.close();

            HttpClientResponseException down = org.junit.jupiter.api.Assertions.assertThrows(HttpClientResponseException.class,
                    () -> client.toBlocking().exchange(HttpRequest.GET("/api/v3_0/health/ready"), Argument.STRING, Argument.STRING));
            assertThat(down.code()).isEqualTo(503);
            assertThat(down.getResponse().getBody(String.class).orElseThrow()).contains("\"database_sql\":false");
        }
    }
}
