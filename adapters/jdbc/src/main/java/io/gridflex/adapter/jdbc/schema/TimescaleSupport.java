package io.gridflex.adapter.jdbc.schema;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;

/**
 * Whether the connected database has TimescaleDB. Migrations create the extension where the server
 * offers it; queries ask here to choose between {@code time_bucket} and {@code date_bin}.
 */
@Singleton
@Transactional // every port call is one transaction, or joins the caller's unit of work
public class TimescaleSupport {

    private final JdbcOperations jdbc;

    TimescaleSupport(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public boolean installed() {
        return jdbc.prepareStatement("SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'timescaledb')", statement -> {
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        });
    }
}
