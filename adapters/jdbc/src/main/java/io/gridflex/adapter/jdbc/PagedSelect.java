package io.gridflex.adapter.jdbc;

import io.gridflex.application.page.Page;
import io.gridflex.application.page.PageRequest;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A listing with the counts FlexMeasures pages show: one query counts the records in scope and
 * those matching the search, one fetches the page. Two round trips whatever the page size.
 *
 * @param columns   what to select, e.g. {@code u.*}
 * @param scope     {@code FROM … WHERE …}: the records the caller may see
 * @param parameters the scope's bound parameters
 */
public record PagedSelect(String columns, String scope, List<Object> parameters) {

    public PagedSelect {
        parameters = List.copyOf(parameters);
    }

    /** @param orderBy an ORDER BY list built from fixed column names only, never from client text */
    public <R> Page<R> fetch(JdbcOperations jdbc, SqlSearch search, String orderBy, Optional<PageRequest> page, Class<R> rowType) {
        List<Object> countParameters = new ArrayList<>(search.parameters());
        countParameters.addAll(parameters);
        long[] counts = jdbc.prepareStatement(
                "SELECT count(*), count(*) FILTER (WHERE " + search.condition() + ") " + scope, statement -> {
                    bind(statement, countParameters);
                    try (ResultSet rs = statement.executeQuery()) {
                        rs.next();
                        return new long[] {rs.getLong(1), rs.getLong(2)};
                    }
                });
        List<Object> pageParameters = new ArrayList<>(parameters);
        pageParameters.addAll(search.parameters());
        String sql = "SELECT " + columns + " " + scope + " AND " + search.condition() + " ORDER BY " + orderBy
                + page.map(p -> " LIMIT " + p.perPage() + " OFFSET " + p.offset()).orElse("");
        List<R> rows = jdbc.prepareStatement(sql, statement -> {
            bind(statement, pageParameters);
            try (ResultSet rs = statement.executeQuery()) {
                return jdbc.entityStream(rs, rowType).toList();
            }
        });
        return new Page<>(rows, counts[0], counts[1]);
    }

    private static void bind(PreparedStatement statement, List<Object> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            statement.setObject(i + 1, values.get(i));
        }
    }
}
