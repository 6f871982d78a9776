package io.gridflex.adapter.jdbc;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The TimescaleDB-in-WebAssembly server of ../shared/timescale-wasm, started on a free loopback
 * port. It is for correctness only, and serves one session: use a pool of one connection.
 * Required in CI (the CI environment variable is set); skipped elsewhere when shared/ is absent.
 */
public final class TimescaleTestServer implements AutoCloseable {

    private final Path home;
    private final int port;
    private final String jdbcUrl;

    private TimescaleTestServer(Path home, int port, String jdbcUrl) {
        this.home = home;
        this.port = port;
        this.jdbcUrl = jdbcUrl;
    }

    private static TimescaleTestServer shared;
    private static io.micronaut.context.ApplicationContext sharedContext;

    /**
     * One server and one migrated context per test JVM, shared by the TimescaleDB tests (it starts
     * in seconds and serves one session); stopped when the JVM ends.
     */
    public static synchronized io.micronaut.context.ApplicationContext sharedContext() throws IOException, InterruptedException {
        if (sharedContext == null) {
            shared = start();
            sharedContext = TestDatabase.contextFor(shared.jdbcUrl(), "postgres", "postgres", true);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                sharedContext.close();
                try {
                    shared.close();
                } catch (IOException | InterruptedException ignored) {
                    // going away anyway
                }
            }));
        }
        return sharedContext;
    }

    public static TimescaleTestServer start() throws IOException, InterruptedException {
        Optional<Path> home = locate();
        if (home.isEmpty()) {
            if (System.getenv("CI") != null) {
                throw new IllegalStateException("../shared/timescale-wasm not found above " + Path.of("").toAbsolutePath());
            }
            Assumptions.abort("../shared/timescale-wasm is not beside this checkout");
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Process start = new ProcessBuilder("bash", home.get().resolve("start.sh").toString(), Integer.toString(port))
                .redirectErrorStream(true).start();
        String output = new String(start.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!start.waitFor(5, TimeUnit.MINUTES) || start.exitValue() != 0) {
            throw new IllegalStateException("timescale-wasm did not start:\n" + output);
        }
        String url = output.lines().filter(l -> l.startsWith("jdbc:postgresql:")).reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalStateException("start.sh printed no JDBC URL:\n" + output));
        return new TimescaleTestServer(home.get(), port, url);
    }

    private static Optional<Path> locate() {
        String configured = System.getProperty("gridflex.timescale-wasm");
        if (configured != null) {
            return Optional.of(Path.of(configured));
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("timescale-wasm");
            if (Files.isRegularFile(candidate.resolve("start.sh"))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        new ProcessBuilder("bash", home.resolve("stop.sh").toString(), Integer.toString(port))
                .redirectErrorStream(true).start().waitFor(1, TimeUnit.MINUTES);
    }
}
