package io.gridflex.bootstrap;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts gridflex. With no database configured ({@code DATASOURCES_DEFAULT_URL}) it runs its own
 * PostgreSQL in the data folder ({@code GRIDFLEX_DATA_DIR}, default {@code ./data}), so a new
 * user needs no database set-up and the data survives restarts.
 */
public final class GridflexServer {

    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(30);
    private static final Logger LOG = LoggerFactory.getLogger(GridflexServer.class);

    private GridflexServer() {
    }

    public static void main(String[] args) {
        Map<String, Object> properties = new HashMap<>();
        Path dataDir = Path.of(setting("GRIDFLEX_DATA_DIR", "gridflex.data-dir").orElse("data")).toAbsolutePath();
        Optional<EmbeddedDatabase> embedded = Optional.empty();
        if (setting("DATASOURCES_DEFAULT_URL", "datasources.default.url").isEmpty()) {
            EmbeddedDatabase database = EmbeddedDatabase.start(dataDir.resolve("postgres"));
            properties.putAll(database.datasourceProperties());
            embedded = Optional.of(database);
            LOG.info("No DATASOURCES_DEFAULT_URL set: using the embedded PostgreSQL in {}", dataDir.resolve("postgres"));
            if (setting("GRIDFLEX_DEMO_DATA", "gridflex.demo-data").isEmpty()) {
                properties.put("gridflex.demo-data", true); // a first start on the embedded default has something to try
            }
        }
        if (setting("GRIDFLEX_AUTH_TOKEN_SECRET", "gridflex.auth.token-secret").isEmpty()) {
            properties.put("gridflex.auth.token-secret", TokenSecret.kept(dataDir, embedded.isPresent()));
        }
        ApplicationContext context = Micronaut.build(args)
                .mainClass(GridflexServer.class)
                .properties(properties)
                .start();
        // Micronaut's own shutdown hook closes the context; this one stops the database after it,
        // so that no request or pool is cut off mid-way. (Hooks run concurrently: wait, don't close.)
        embedded.ifPresent(database -> Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            long deadline = System.nanoTime() + SHUTDOWN_WAIT.toNanos();
            while (context.isRunning() && System.nanoTime() < deadline) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            database.close();
        }, "gridflex-embedded-postgres-stop")));
    }

    /** An environment variable, or the equivalent system property. */
    static Optional<String> setting(String environmentVariable, String property) {
        return Optional.ofNullable(System.getenv(environmentVariable))
                .or(() -> Optional.ofNullable(System.getProperty(property)))
                .filter(value -> !value.isBlank());
    }
}
