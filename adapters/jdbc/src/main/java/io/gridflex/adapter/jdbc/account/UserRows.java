package io.gridflex.adapter.jdbc.account;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface UserRows extends CrudRepository<UserRow, Long> {

    Optional<UserRow> findByEmail(String email);
}
