package io.gridflex.adapter.jdbc.health;

import io.gridflex.application.health.port.out.ProbeStorePort;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.Statement;
import javax.sql.DataSource;

@Singleton
public class JdbcStoreProbe implements ProbeStorePort {

    private static final int TIMEOUT_SECONDS = 2;

    private final DataSource dataSource;

    JdbcStoreProbe(DataSource dataSource) {
        // The bean is a transaction-aware proxy that demands a surrounding connection; the probe wants the pool itself.
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    @Override
    public boolean storeIsReachable() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(TIMEOUT_SECONDS);
            return statement.execute("SELECT 1");
        } catch (Exception unreachable) {
            return false;
        }
    }
}
