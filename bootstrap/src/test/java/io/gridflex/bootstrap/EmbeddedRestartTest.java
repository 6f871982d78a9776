package io.gridflex.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The embedded default keeps its data in the data folder across a stop and a start. */
class EmbeddedRestartTest {

    @Test
    void keeps_the_data_across_a_restart() throws Exception {
        Path data = Files.createTempDirectory("gridflex-restart").resolve("postgres");

        try (EmbeddedDatabase first = EmbeddedDatabase.start(data);
             Connection connection = DriverManager.getConnection(first.jdbcUrl(), "postgres", first.password());
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE kept (value TEXT)");
            statement.execute("INSERT INTO kept VALUES ('still here')");
        }

        try (EmbeddedDatabase second = EmbeddedDatabase.start(data);
             Connection connection = DriverManager.getConnection(second.jdbcUrl(), "postgres", second.password());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT value FROM kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("still here");
        }
    }
}
