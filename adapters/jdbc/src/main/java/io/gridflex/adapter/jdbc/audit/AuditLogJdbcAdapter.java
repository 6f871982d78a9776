package io.gridflex.adapter.jdbc.audit;

import io.gridflex.adapter.jdbc.SqlSearch;
import io.gridflex.application.audit.port.out.AuditLogQuery;
import io.gridflex.application.audit.port.out.LoadAuditLogPort;
import io.gridflex.application.audit.port.out.RecordAuditEventPort;
import io.gridflex.application.page.Page;
import io.gridflex.application.page.PageRequest;
import io.gridflex.application.page.SortDirection;
import io.gridflex.domain.account.UserId;
import io.gridflex.domain.audit.AuditEvent;
import io.gridflex.domain.audit.AuditedEntity;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@Singleton
@Transactional // every port call is one transaction, or joins the caller's unit of work
public class AuditLogJdbcAdapter implements RecordAuditEventPort, LoadAuditLogPort {

    private final AuditEventRows rows;
    private final JdbcOperations jdbc;

    AuditLogJdbcAdapter(AuditEventRows rows, JdbcOperations jdbc) {
        this.rows = rows;
        this.jdbc = jdbc;
    }

    @Override
    public void record(AuditEvent event) {
        rows.save(new AuditEventRow(null, event.at(), event.event(), event.actingUserId().map(UserId::value).orElse(null),
                event.actingUserName().orElse(null), event.subject().kind().name(), event.subject().id()));
    }

    @Override
    public Page<AuditEvent> load(AuditLogQuery query, Optional<PageRequest> page) {
        String scope = "FROM audit_event WHERE subject_kind = ? AND subject_id = ?";
        SqlSearch search = SqlSearch.of(query.search(), "event", "active_user_name");
        List<Object> countParameters = new ArrayList<>(search.parameters());
        countParameters.add(query.subject().kind().name());
        countParameters.add(query.subject().id());
        long[] counts = jdbc.prepareStatement("SELECT count(*), count(*) FILTER (WHERE " + search.condition() + ") " + scope,
                statement -> {
                    for (int i = 0; i < countParameters.size(); i++) {
                        statement.setObject(i + 1, countParameters.get(i));
                    }
                    try (ResultSet rs = statement.executeQuery()) {
                        rs.next();
                        return new long[] {rs.getLong(1), rs.getLong(2)};
                    }
                });

        String direction = query.direction() == SortDirection.DESC ? "DESC" : "ASC";
        String orderColumn = switch (query.sortBy()) {
            case EVENT_DATETIME -> "event_datetime";
            case EVENT -> "event";
            case ACTIVE_USER_NAME -> "COALESCE(active_user_name, '')";
            case ACTIVE_USER_ID -> "COALESCE(active_user_id, 0)";
        };
        List<Object> pageParameters = new ArrayList<>();
        pageParameters.add(query.subject().kind().name());
        pageParameters.add(query.subject().id());
        pageParameters.addAll(search.parameters());
        String sql = "SELECT * " + scope + " AND " + search.condition()
                + " ORDER BY " + orderColumn + " " + direction + ", id " + direction
                + page.map(p -> " LIMIT " + p.perPage() + " OFFSET " + p.offset()).orElse("");
        List<AuditEvent> events = jdbc.prepareStatement(sql, statement -> {
            for (int i = 0; i < pageParameters.size(); i++) {
                statement.setObject(i + 1, pageParameters.get(i));
            }
            try (ResultSet rs = statement.executeQuery()) {
                return jdbc.entityStream(rs, AuditEventRow.class).map(AuditLogJdbcAdapter::toEvent).toList();
            }
        });
        return new Page<>(events, counts[0], counts[1]);
    }

    private static AuditEvent toEvent(AuditEventRow row) {
        return new AuditEvent(row.eventDatetime(), row.event(), Optional.ofNullable(row.activeUserId()).map(UserId::of),
                Optional.ofNullable(row.activeUserName()),
                new AuditedEntity(AuditedEntity.Kind.valueOf(row.subjectKind()), row.subjectId()));
    }
}
