package io.gridflex.adapter.jdbc.sensor;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface SensorRows extends CrudRepository<SensorRow, Long> {

    Optional<SensorRow> findByGenericAssetIdAndName(Long genericAssetId, String name);

    List<SensorRow> findByGenericAssetIdOrderById(Long genericAssetId);
}
