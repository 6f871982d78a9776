package io.gridflex.adapter.jdbc.asset;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface AssetTypeRows extends CrudRepository<AssetTypeRow, Long> {

    List<AssetTypeRow> listOrderById();
}
