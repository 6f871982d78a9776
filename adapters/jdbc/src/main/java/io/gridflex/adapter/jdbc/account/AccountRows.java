package io.gridflex.adapter.jdbc.account;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface AccountRows extends CrudRepository<AccountRow, Long> {

    Optional<AccountRow> findByName(String name);

    List<AccountRow> listOrderById();

    List<AccountRow> findByConsultancyAccountIdOrderById(Long consultancyAccountId);
}
