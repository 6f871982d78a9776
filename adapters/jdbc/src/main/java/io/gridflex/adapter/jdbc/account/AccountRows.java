package io.gridflex.adapter.jdbc.account;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

/** Writes accounts' own rows; reads go through {@link AccountsJdbcAdapter}'s one query, roles included. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface AccountRows extends CrudRepository<AccountRow, Long> {
}
