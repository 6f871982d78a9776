package io.gridflex.adapter.jdbc.sensor;

import java.sql.ResultSet;
import static io.gridflex.adapter.jdbc.ConstraintViolations.translated;

import io.gridflex.adapter.jdbc.JsonColumns;
import io.gridflex.adapter.jdbc.PagedSelect;
import io.gridflex.adapter.jdbc.SqlSearch;
import io.gridflex.domain.failure.NotFoundException;
import io.gridflex.application.page.Page;
import io.gridflex.application.page.PageRequest;
import io.gridflex.application.page.SortDirection;
import io.gridflex.application.sensor.port.out.LoadSensorsPort;
import io.gridflex.application.sensor.port.out.SaveSensorPort;
import io.gridflex.application.sensor.port.out.SensorQuery;
import io.gridflex.domain.account.AccountId;
import io.gridflex.domain.asset.AssetId;
import io.gridflex.domain.sensor.KnowledgeHorizon;
import io.gridflex.domain.sensor.NewSensor;
import io.gridflex.domain.sensor.Sensor;
import io.gridflex.domain.sensor.SensorId;
import io.gridflex.domain.unit.SensorUnit;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@Singleton
@Transactional // every port call is one transaction, or joins the caller's unit of work
public class SensorsJdbcAdapter implements LoadSensorsPort, SaveSensorPort {

    private final SensorRows rows;
    private final JdbcOperations jdbc;
    private final JsonColumns json;

    SensorsJdbcAdapter(SensorRows rows, JdbcOperations jdbc, JsonColumns json) {
        this.rows = rows;
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public java.util.Set<SensorId> existingSensors(java.util.Collection<SensorId> ids) {
        return jdbc.prepareStatement("SELECT id FROM sensor WHERE id = ANY(?)", statement -> {
            statement.setArray(1, statement.getConnection().createArrayOf("int8", ids.stream().map(SensorId::value).toArray()));
            java.util.Set<SensorId> existing = new java.util.HashSet<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    existing.add(SensorId.of(rs.getLong(1)));
                }
            }
            return existing;
        });
    }

    @Override
    public Optional<Sensor> findSensor(SensorId id) {
        // plain JDBC: every data request looks its sensor up, and the repository's findById costs a millisecond of CPU
        return jdbc.prepareStatement("SELECT id, generic_asset_id, name, unit, event_resolution_seconds, timezone, "
                + "knowledge_horizon_fnc, knowledge_horizon_par, attributes FROM sensor WHERE id = ?", statement -> {
                    statement.setLong(1, id.value());
                    try (ResultSet rs = statement.executeQuery()) {
                        return rs.next() ? Optional.of(toSensor(new SensorRow(rs.getLong(1), rs.getLong(2), rs.getString(3),
                                rs.getString(4), rs.getLong(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9))))
                                : Optional.<Sensor>empty();
                    }
                });
    }

    @Override
    public Optional<Sensor> findSensorByName(AssetId asset, String name) {
        return rows.findByGenericAssetIdAndName(asset.value(), name.strip()).map(this::toSensor);
    }

    @Override
    public List<Sensor> listSensorsOf(AssetId asset) {
        return rows.findByGenericAssetIdOrderById(asset.value()).stream().map(this::toSensor).toList();
    }

    @Override
    public Page<Sensor> listSensors(SensorQuery query, Optional<PageRequest> page) {
        List<Object> parameters = new ArrayList<>();
        String inScope;
        if (query.underAsset().isPresent()) {
            inScope = query.withDescendants()
                    ? "s.generic_asset_id IN (WITH RECURSIVE down (id, depth) AS ("
                    + "SELECT id, 0 FROM generic_asset WHERE id = ? UNION ALL "
                    + "SELECT c.id, down.depth + 1 FROM generic_asset c JOIN down ON c.parent_asset_id = down.id "
                    + "WHERE down.depth < 1000) SELECT id FROM down)"
                    : "s.generic_asset_id = ?";
            parameters.add(query.underAsset().get().value());
            if (query.accounts().isPresent()) {
                inScope += " AND g.account_id = ANY(?)";
                parameters.add(query.accounts().get().stream().map(AccountId::value).toArray(Long[]::new));
            }
        } else if (query.accounts().isPresent()) {
            inScope = "g.account_id = ANY(?)";
            parameters.add(query.accounts().get().stream().map(AccountId::value).toArray(Long[]::new));
        } else {
            inScope = "g.account_id IS NOT NULL";
        }
        StringBuilder scope = new StringBuilder("FROM sensor s JOIN generic_asset g ON g.id = s.generic_asset_id "
                + "LEFT JOIN account a ON a.id = g.account_id WHERE (" + inScope
                + (query.includePublic() ? " OR g.account_id IS NULL)" : ")"));
        if (query.unit().isPresent()) {
            scope.append(" AND s.unit = ?");
            parameters.add(query.unit().get());
        }
        String direction = query.direction() == SortDirection.DESC ? "DESC" : "ASC";
        String orderColumn = switch (query.sortBy()) {
            case ID -> "s.id";
            case NAME -> "lower(s.name)"; // regardless of case, as FlexMeasures' listings on a linguistic collation
            case RESOLUTION -> "s.event_resolution_seconds";
        };
        SqlSearch search = query.searchAccountNames() ? SqlSearch.of(query.search(), "s.name", "a.name")
                : SqlSearch.of(query.search(), "s.name");
        return new PagedSelect("s.*", scope.toString(), parameters)
                .fetch(jdbc, search, orderColumn + " " + direction + ", s.id " + direction, page, SensorRow.class)
                .map(this::toSensor);
    }

    @Override
    public Sensor createSensor(NewSensor sensor) {
        return toSensor(translated(() -> rows.save(toRow(sensor.withId(SensorId.of(Long.MAX_VALUE)), null))));
    }

    @Override
    public Sensor updateSensor(Sensor sensor) {
        if (!rows.existsById(sensor.id().value())) {
            throw new NotFoundException("Sensor " + sensor.id() + " not found.");
        }
        SensorRow row = toRow(sensor, sensor.id().value());
        // A "plain" series (V5) promises its events sit on the sensor's grid, which the aggregate read relies on:
        // a new resolution breaks that promise for the events stored so far.
        jdbc.prepareStatement("UPDATE belief_series SET plain = false WHERE sensor_id = ? AND EXISTS (SELECT 1 FROM sensor "
                + "WHERE id = ? AND event_resolution_seconds <> ?)", statement -> {
                    statement.setLong(1, sensor.id().value());
                    statement.setLong(2, sensor.id().value());
                    statement.setLong(3, sensor.eventResolution().toSeconds());
                    return statement.executeUpdate();
                });
        return toSensor(translated(() -> rows.update(row)));
    }

    @Override
    public void deleteSensor(SensorId id) {
        rows.deleteById(id.value()); // its data follows by ON DELETE CASCADE
    }

    /** @param id the row id: null for a row the database is to number */
    private SensorRow toRow(Sensor sensor, Long id) {
        return new SensorRow(id, sensor.assetId().value(), sensor.name(), sensor.unit().symbol(),
                sensor.eventResolution().toSeconds(), sensor.timezone().getId(), sensor.knowledgeHorizon().function(),
                json.write(sensor.knowledgeHorizon().parameters()), json.write(sensor.attributes()));
    }

    private Sensor toSensor(SensorRow row) {
        return new Sensor(SensorId.of(row.id()), AssetId.of(row.genericAssetId()), row.name(), SensorUnit.of(row.unit()),
                Duration.ofSeconds(row.eventResolutionSeconds()), ZoneId.of(row.timezone()),
                KnowledgeHorizon.of(row.knowledgeHorizonFnc(), json.readObject(row.knowledgeHorizonPar())),
                json.read(row.attributes()));
    }
}
