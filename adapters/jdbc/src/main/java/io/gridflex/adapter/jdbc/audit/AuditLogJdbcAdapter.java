package io.gridflex.adapter.jdbc.audit;

import io.gridflex.adapter.jdbc.PagedSelect;
import io.gridflex.adapter.jdbc.SqlSearch;
import io.gridflex.application.audit.query.AuditLogQuery;
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
        String direction = query.direction() == SortDirection.DESC ? "DESC" : "ASC";
        String orderColumn = switch (query.sortBy()) {
            case EVENT_DATETIME -> "event_datetime";
            case EVENT -> "event";
            case ACTIVE_USER_NAME -> "COALESCE(active_user_name, '')";
            case ACTIVE_USER_ID -> "COALESCE(active_user_id, 0)";
        };
        return new PagedSelect("*", "FROM audit_event WHERE subject_kind = ? AND subject_id = ?",
                List.of(query.subject().kind().name(), query.subject().id()))
                .fetch(jdbc, SqlSearch.of(query.search(), "event", "active_user_name"),
                        orderColumn + " " + direction + ", id " + direction, page, AuditEventRow.class)
                .map(AuditLogJdbcAdapter::toEvent);
    }

    private static AuditEvent toEvent(AuditEventRow row) {
        return new AuditEvent(row.eventDatetime(), row.event(), Optional.ofNullable(row.activeUserId()).map(UserId::of),
                Optional.ofNullable(row.activeUserName()),
                new AuditedEntity(AuditedEntity.Kind.valueOf(row.subjectKind()), row.subjectId()));
    }
}
