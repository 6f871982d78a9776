package io.gridflex.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database runs as a real server: durable commits, loopback only, and no way in
 * without the password kept in the data folder; and a folder of an earlier gridflex (trust) is
 * moved to that on its first start.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmbeddedDatabaseSecurityTest {

    private static final Path PSQL = Path.of("/usr/bin/psql");

    private Path data;
    private EmbeddedDatabase database;

    @BeforeAll
    void start(@TempDir Path folder) {
        data = folder; // removed after the class, once the database has stopped
        database = EmbeddedDatabase.start(data.resolve("postgres"));
    }

    @AfterAll
    void stop() {
        database.close();
    }

    @Test
    void flushes_every_commit_to_disk() throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), "postgres", database.password())) {
            assertThat(show(connection, "fsync")).isEqualTo("on");
            assertThat(show(connection, "synchronous_commit")).isEqualTo("on");
            assertThat(show(connection, "full_page_writes")).isEqualTo("on");
            assertThat(show(connection, "listen_addresses")).isEqualTo("localhost");
            assertThat(show(connection, "password_encryption")).isEqualTo("scram-sha-256");
        }
    }

    @Test
    void keeps_a_strong_password_beside_the_data_readable_by_its_owner_only() throws IOException {
        Path file = data.resolve("postgres-password");
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(database.password());
        assertThat(database.password()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(EmbeddedDatabase.passwordOnly(data.resolve("postgres/pg_hba.conf"))).isTrue();
    }

    @Test
    void refuses_jdbc_connections_without_the_password() {
        assertRefused(database, null);
        assertRefused(database, "postgres"); // zonky's (and earlier gridflex's) well-known one
        assertRefused(database, database.password() + "x");
    }

    @Test
    void refuses_psql_without_the_password_and_accepts_it_with() throws Exception {
        assumeTrue(Files.isExecutable(PSQL), "psql is not installed");

        Run without = psql(database.port(), Map.of());
        assertThat(without.exitCode()).isNotZero();
        assertThat(without.output()).contains("no password supplied");

        // the Unix socket too (its folder is the fifth line of postmaster.pid)
        String socketFolder = Files.readAllLines(data.resolve("postgres/postmaster.pid")).get(4).strip();
        Run overSocket = psql(socketFolder, database.port(), Map.of());
        assertThat(overSocket.exitCode()).isNotZero();
        assertThat(overSocket.output()).contains("no password supplied");

        Run wrong = psql(database.port(), Map.of("PGPASSWORD", "postgres"));
        assertThat(wrong.exitCode()).isNotZero();
        assertThat(wrong.output()).contains("password authentication failed");

        Run right = psql(database.port(), Map.of("PGPASSWORD", database.password()));
        assertThat(right.exitCode()).as(right.output()).isZero();
        assertThat(right.output().strip()).isEqualTo("1");
    }

    @Test
    void moves_a_trusting_folder_of_an_earlier_version_to_the_password(@TempDir Path old) throws Exception {
        Path folder = old.resolve("postgres");
        // what gridflex made before: zonky's defaults, trust for everyone, no password file
        try (EmbeddedPostgres earlier = EmbeddedPostgres.builder().setDataDirectory(folder).setCleanDataDirectory(false).start();
             Connection connection = earlier.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE kept (value TEXT)");
            statement.execute("INSERT INTO kept VALUES ('from before')");
        }
        assertThat(EmbeddedDatabase.passwordOnly(folder.resolve("pg_hba.conf"))).isFalse();
        assertThat(old.resolve("postgres-password")).doesNotExist();

        try (EmbeddedDatabase migrated = EmbeddedDatabase.start(folder)) {
            assertThat(kept(migrated)).isEqualTo("from before");
            assertRefused(migrated, null);
            assertRefused(migrated, "postgres");
            assertThat(Files.readString(old.resolve("postgres-password"), StandardCharsets.UTF_8)).isEqualTo(migrated.password());
            assertThat(EmbeddedDatabase.passwordOnly(folder.resolve("pg_hba.conf"))).isTrue();
            if (Files.isExecutable(PSQL)) {
                assertThat(psql(migrated.port(), Map.of()).exitCode()).isNotZero();
            }
        }
        // and the next start takes the ordinary path
        try (EmbeddedDatabase again = EmbeddedDatabase.start(folder)) {
            assertThat(kept(again)).isEqualTo("from before");
            assertRefused(again, null);
        }
    }

    @Test
    void starts_over_a_stale_pid_file_whose_pid_another_process_took(@TempDir Path stale) throws Exception {
        Path folder = stale.resolve("postgres");
        EmbeddedDatabase.start(folder).close();
        // as after a crash: the file stays, and by the next start its pid belongs to someone else (here: this JVM)
        Files.writeString(folder.resolve("postmaster.pid"), ProcessHandle.current().pid() + "\n" + folder
                + "\n1700000000\n5432\n/tmp\nlocalhost\n  5432001         0\nready   \n");

        try (EmbeddedDatabase restarted = EmbeddedDatabase.start(folder);
             Connection connection = DriverManager.getConnection(restarted.jdbcUrl(), "postgres", restarted.password())) {
            assertThat(show(connection, "fsync")).isEqualTo("on");
        }
    }

    private static void assertRefused(EmbeddedDatabase database, String password) {
        Properties properties = new Properties();
        properties.setProperty("user", "postgres");
        if (password != null) {
            properties.setProperty("password", password);
        }
        assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), properties).close())
                .isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(e.getMessage()).containsAnyOf("password authentication failed", "no password was provided"));
    }

    private static String kept(EmbeddedDatabase database) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), "postgres", database.password());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT value FROM kept")) {
            assertThat(rows.next()).isTrue();
            return rows.getString(1);
        }
    }

    private static String show(Connection connection, String setting) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("SHOW " + setting)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private record Run(int exitCode, String output) {
    }

    /** psql as a user would run it; -w: fail rather than prompt for a password. */
    private static Run psql(int port, Map<String, String> environment) throws Exception {
        return psql("127.0.0.1", port, environment);
    }

    private static Run psql(String host, int port, Map<String, String> environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(List.of(PSQL.toString(), "-X", "-t", "-A", "-w",
                "-h", host, "-p", Integer.toString(port), "-U", "postgres", "-d", "postgres", "-c", "select 1"))
                .redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("PG"));
        builder.environment().put("PGPASSFILE", "/nonexistent/.pgpass"); // no ~/.pgpass of the machine's user
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), output);
    }
}
