package io.gridflex.adapter.jdbc;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;

/**
 * A real PostgreSQL 15 (zonky's binaries from Maven Central) on a loopback port, started once per
 * test JVM, and a Micronaut context of the JDBC adapter against it.
 */
public final class TestDatabase {

    private static EmbeddedPostgres postgres;
    private static ApplicationContext context;

    private TestDatabase() {
    }

    public static synchronized ApplicationContext context() {
        if (context == null) {
            context = contextFor(jdbcUrl(), "postgres", "postgres", false);
        }
        return context;
    }

    public static synchronized String jdbcUrl() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is going away anyway
                }
            }));
        }
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    /** A context with the adapter's beans and Flyway, against any PostgreSQL-compatible server. */
    public static ApplicationContext contextFor(String url, String user, String password, boolean singleSession) {
        return ApplicationContext.run(Map.of(
                "datasources.default.url", url,
                "datasources.default.username", user,
                "datasources.default.password", password,
                "datasources.default.dialect", "POSTGRES",
                "datasources.default.maximum-pool-size", singleSession ? 1 : 4,
                "flyway.datasources.default.enabled", true,
                // Flyway's default lock holds a transaction on a second connection, which a single-session server cannot serve.
                "flyway.datasources.default.properties.flyway.postgresql.transactional.lock", false));
    }

    /** Empties every table but the seeded asset types, so that each contract test starts from nothing. */
    public static void truncateAll(ApplicationContext context) {
        try (Connection connection = DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class)).getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("TRUNCATE account, account_role, app_user, audit_event, generic_asset, sensor, user_preference, belief_series, timed_belief, data_source, scheduling_job, community RESTART IDENTITY CASCADE; "
                    + "DELETE FROM generic_asset_type WHERE id > 13" /* the 13 types V3 seeds */);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The single number a query answers, read outside any transaction. */
    public static long queryLong(ApplicationContext context, String sql) {
        try (Connection connection = DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class)).getConnection();
             Statement statement = connection.createStatement();
             java.sql.ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
