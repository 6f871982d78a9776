package org.example.gridflex.withadapter.adapter.foo;

import io.gridflex.domain.sensor.SensorId;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.example.gridflex.withadapter.application.port.out.LoadTariffPort;
import org.example.gridflex.withadapter.domain.Tariff;

/** SQL and a framework are fine in an adapter of the plugin's own. */
@io.micronaut.fixture.Singleton
public class TariffFooAdapter implements LoadTariffPort {
    private final Connection connection;

    public TariffFooAdapter(Connection connection) {
        this.connection = connection;
    }

    @Override
    public Optional<Tariff> load(SensorId sensor) {
        try (var statement = connection.prepareStatement("select price from tariff where sensor = ?")) {
            statement.setLong(1, sensor.value());
            try (var rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(new Tariff(sensor, rows.getDouble(1))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
