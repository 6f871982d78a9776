package io.gridflex.bootstrap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL 15 (binaries from Maven Central, via zonky) that gridflex runs itself, on a free
 * loopback port, with its data kept in a folder across restarts.
 *
 * <p>zonky is made for tests; here it runs as a real server: every commit is flushed to disk
 * before it is acknowledged (fsync, synchronous_commit and full_page_writes on, overriding zonky's
 * {@code -F} and {@code synchronous_commit=off}), it listens on loopback only, and every
 * connection, TCP or Unix socket, needs the password of the {@code postgres} superuser
 * (scram-sha-256). The password is generated once and kept beside the data folder in
 * {@code postgres-password} (600), where the token secret is kept too. gridflex connects as
 * {@code postgres}: the database is gridflex's own, and Flyway needs to create extensions.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    static final String USER = "postgres";
    static final String PASSWORD_FILE = "postgres-password";

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final String SCRAM = "scram-sha-256";
    /** Every way in asks for the password; nothing else is accepted. */
    private static final String PG_HBA = """
            # Written by gridflex: every connection needs the password in ../postgres-password.
            # TYPE  DATABASE     USER  ADDRESS        METHOD
            local   all          all                  scram-sha-256
            host    all          all   127.0.0.1/32   scram-sha-256
            host    all          all   ::1/128        scram-sha-256
            local   replication  all                  scram-sha-256
            host    replication  all   127.0.0.1/32   scram-sha-256
            host    replication  all   ::1/128        scram-sha-256
            """;

    private final EmbeddedPostgres postgres;
    private final String password;

    private EmbeddedDatabase(EmbeddedPostgres postgres, String password) {
        this.postgres = postgres;
        this.password = password;
    }

    public static EmbeddedDatabase start(Path dataDirectory) {
        Path folder = dataDirectory.toAbsolutePath();
        Path passwordFile = folder.resolveSibling(PASSWORD_FILE);
        try {
            Files.createDirectories(folder);
            boolean fresh = !Files.exists(folder.resolve("postgresql.conf"));
            String password = SecretFile.kept(passwordFile);
            removeStalePid(folder);
            EmbeddedPostgres postgres = builder(folder, password, fresh ? Optional.of(passwordFile) : Optional.empty()).start();
            if (!passwordOnly(folder.resolve("pg_hba.conf"))) {
                postgres = requirePassword(postgres, folder, password);
            }
            return new EmbeddedDatabase(postgres, password);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + folder, e);
        }
    }

    private static EmbeddedPostgres.Builder builder(Path folder, String password, Optional<Path> newClusterPasswordFile) {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(folder)
                .setCleanDataDirectory(false)
                // recovery after a crash replays the WAL before the server accepts connections
                .setPGStartupWait(Duration.ofSeconds(120))
                // zonky's test settings lose acknowledged commits in a power cut; these come after its -F
                // on the postgres command line, and the last setting wins.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("password_encryption", SCRAM)
                // zonky's own readiness check connects too: it needs the password as well
                .setConnectConfig("password", password);
        // zonky runs initdb with "-A trust" and then these "locale" options as --key=value: a new cluster
        // never trusts anyone, not even between initdb and the first start.
        newClusterPasswordFile.ifPresent(file -> builder
                .setLocaleConfig("auth", SCRAM)
                .setLocaleConfig("pwfile", file.toString()));
        return builder;
    }

    /**
     * A folder of an earlier gridflex trusts every local connection: while it still does, give
     * {@code postgres} the password, then ask for it from every connection and restart so that it holds.
     */
    private static EmbeddedPostgres requirePassword(EmbeddedPostgres postgres, Path folder, String password) throws IOException {
        LOG.warn("The embedded PostgreSQL in {} accepts connections without a password: setting the password "
                + "kept in {} and requiring it (scram-sha-256)", folder, folder.resolveSibling(PASSWORD_FILE));
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            // hashed by the driver: the password itself never reaches the server or its log
            connection.unwrap(PGConnection.class).alterUserPassword(USER, password.toCharArray(), SCRAM);
        } catch (SQLException e) {
            postgres.close();
            throw new IOException("Could not set the password of the embedded PostgreSQL", e);
        }
        Path hba = folder.resolve("pg_hba.conf");
        Path written = folder.resolve("pg_hba.conf.new");
        Files.writeString(written, PG_HBA, StandardCharsets.UTF_8);
        Files.move(written, hba, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        postgres.close(); // a restart, unlike a reload, is done when it returns: no connection slips in on the old rules
        return builder(folder, password, Optional.empty()).start();
    }

    /** Whether every rule of pg_hba.conf asks for a SCRAM password (comments and blank lines aside). */
    static boolean passwordOnly(Path hba) throws IOException {
        List<String> rules = Files.readAllLines(hba, StandardCharsets.UTF_8).stream()
                .map(line -> line.replaceFirst("#.*", "").strip())
                .filter(line -> !line.isEmpty())
                .toList();
        return rules.stream().allMatch(rule -> {
            String[] fields = rule.split("\\s+");
            int method = fields[0].equals("local") ? 3 : 4; // host rules have an address column
            return fields.length > method && fields[method].equals(SCRAM);
        });
    }

    /**
     * After a crash (kill -9, power cut) postmaster.pid stays behind. PostgreSQL ignores it when its
     * process is gone, but refuses to start when the pid has since been taken by another process
     * (likely in a container, whose pids are few and reused): such a file is removed here. A pid that
     * is a running postgres is left, and PostgreSQL refuses to start beside it.
     */
    private static void removeStalePid(Path folder) throws IOException {
        Path pidFile = folder.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(Files.readAllLines(pidFile, StandardCharsets.UTF_8).get(0).strip());
        } catch (RuntimeException unreadable) {
            return; // PostgreSQL has its own checks for a half-written file
        }
        boolean otherProcess = ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .flatMap(process -> process.info().command())
                .map(command -> !Path.of(command).getFileName().toString().startsWith("postgres"))
                .orElse(false);
        if (otherProcess) {
            LOG.warn("Removing the stale {}: its pid {} now belongs to another process", pidFile, pid);
            Files.delete(pidFile);
        }
    }

    /**
     * Runs only the embedded database of a data folder, for psql and for the start-up benchmark's
     * baseline: {@code java -cp gridflex.jar io.gridflex.bootstrap.EmbeddedDatabase data/postgres}.
     * Prints {@code ready <jdbc url>} once it accepts connections and runs until stopped.
     */
    public static void main(String[] args) throws InterruptedException {
        EmbeddedDatabase database = start(Path.of(args.length > 0 ? args[0] : "data/postgres").toAbsolutePath());
        Runtime.getRuntime().addShutdownHook(new Thread(database::close));
        System.out.println("ready " + database.jdbcUrl());
        Thread.currentThread().join();
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
    }

    public int port() {
        return postgres.getPort();
    }

    public String password() {
        return password;
    }

    public Map<String, Object> datasourceProperties() {
        return Map.of(
                "datasources.default.url", jdbcUrl(),
                "datasources.default.username", USER,
                "datasources.default.password", password);
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
