package io.gridflex.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every write the server acknowledged is there after a crash: the server (a child JVM running
 * {@link GridflexServer} on its embedded default) and its PostgreSQL are killed with SIGKILL while
 * writes are under way, then started again on the same data folder, stale postmaster.pid and all.
 *
 * <p>A kill keeps the operating system's page cache, so this proves WAL recovery and the restart,
 * not the flush to the disk itself (a power cut): that the flush is on is {@link EmbeddedDatabaseSecurityTest}'s.
 */
class EmbeddedCrashTest {

    private static final String EMAIL = "admin@example.org";
    private static final String PASSWORD = "admin-password-1";
    private static final Pattern TOKEN = Pattern.compile("\"auth_token\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Process> servers = new ArrayList<>();

    @AfterEach
    void stopServers() throws InterruptedException {
        for (Process server : servers) {
            server.destroy(); // SIGTERM: the server stops its database on the way out
            if (!server.waitFor(60, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    @Test
    void finds_every_acknowledged_write_after_a_kill_9(@TempDir Path data) throws Exception {
        int port = freePort();
        Process first = startServer(data, port);
        String token = token(port);

        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicBoolean crashed = new AtomicBoolean();
        Thread writer = new Thread(() -> {
            for (int i = 0; !crashed.get(); i++) {
                String name = "crash test " + i;
                try {
                    HttpResponse<String> answer = post(port, token, "/api/v3_0/accounts", "{\"name\": \"" + name + "\"}");
                    if (answer.statusCode() == 201) {
                        acknowledged.add(name);
                    }
                } catch (IOException | InterruptedException cutOff) {
                    return; // the server is gone: this write was never acknowledged
                }
            }
        });
        writer.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (acknowledged.size() < 150 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        crashed.set(true);
        crash(first, data.resolve("postgres")); // while the writer is still posting
        writer.join(30_000);
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(150);
        // the crash left PostgreSQL's lock file behind: the restart must cope with it
        assertThat(data.resolve("postgres/postmaster.pid")).exists();

        startServer(data, port);
        String[] names = get(port, token(port), "/api/v3_0/accounts").body().split("\"name\"\\s*:\\s*\"");
        Set<String> found = Stream.of(names).skip(1).map(part -> part.substring(0, part.indexOf('"'))).collect(Collectors.toSet());
        assertThat(found).containsAll(acknowledged);
    }

    private Process startServer(Path data, int port) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), GridflexServer.class.getName())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(data.resolve("server.log").toFile()));
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("DATASOURCES_") || name.startsWith("GRIDFLEX_") || name.startsWith("MICRONAUT_"));
        environment.putAll(Map.of("GRIDFLEX_DATA_DIR", data.toString(), "MICRONAUT_SERVER_PORT", Integer.toString(port),
                "GRIDFLEX_ADMIN_EMAIL", EMAIL, "GRIDFLEX_ADMIN_PASSWORD", PASSWORD, "GRIDFLEX_DEMO_DATA", "false"));
        Process server = builder.start();
        servers.add(server);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            assertThat(server.isAlive()).as(() -> log(data)).isTrue();
            try {
                if (get(port, null, "/api/v3_0/health/ready").statusCode() == 200) {
                    return server;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the server did not get ready:\n" + log(data));
    }

    /**
     * SIGKILL to the JVM and, at the same moment, to PostgreSQL: its postmaster is not a child of
     * the JVM (pg_ctl starts it in the background and exits), so it is found by its pid file.
     */
    private static void crash(Process server, Path postgresFolder) {
        List<ProcessHandle> victims = new ArrayList<>();
        victims.add(server.toHandle());
        server.descendants().forEach(victims::add);
        try {
            long postmaster = Long.parseLong(Files.readAllLines(postgresFolder.resolve("postmaster.pid")).get(0).strip());
            ProcessHandle.of(postmaster).ifPresent(handle -> {
                victims.add(handle);
                handle.descendants().forEach(victims::add);
            });
        } catch (IOException | RuntimeException noPostgres) {
            // already stopped
        }
        victims.forEach(ProcessHandle::destroyForcibly);
        victims.forEach(victim -> victim.onExit().orTimeout(30, TimeUnit.SECONDS).join());
    }

    private String token(int port) throws Exception {
        String body = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/requestAuthToken"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"email\": \"" + EMAIL + "\", \"password\": \"" + PASSWORD + "\"}"))
                        .build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = TOKEN.matcher(body);
        assertThat(token.find()).as(body).isTrue();
        return token.group(1);
    }

    private HttpResponse<String> post(int port, String token, String path, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", token).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(int port, String token, String path) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", token);
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String log(Path data) {
        try {
            return Files.readString(data.resolve("server.log"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log)";
        }
    }
}
