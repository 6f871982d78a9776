package io.gridflex.adapter.jdbc.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

@MappedEntity("audit_event")
record AuditEventRow(
        @Id @GeneratedValue @Nullable Long id,
        Instant eventDatetime,
        String event,
        @Nullable Long activeUserId,
        @Nullable String activeUserName,
        String subjectKind,
        Long subjectId) {
}
