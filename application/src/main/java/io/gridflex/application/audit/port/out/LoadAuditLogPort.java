package io.gridflex.application.audit.port.out;

import io.gridflex.application.audit.query.AuditLogQuery;

import io.gridflex.application.page.Page;
import io.gridflex.application.page.PageRequest;
import io.gridflex.domain.audit.AuditEvent;
import java.util.Optional;

public interface LoadAuditLogPort {
    /** The matching events; all of them when no page is asked for. */
    Page<AuditEvent> load(AuditLogQuery query, Optional<PageRequest> page);
}
