package io.gridflex.application.account.port.in;

import io.gridflex.application.audit.query.AuditLogQuery;
import io.gridflex.application.page.Page;
import io.gridflex.application.page.PageRequest;
import io.gridflex.domain.account.Actor;
import io.gridflex.domain.account.UserId;
import io.gridflex.domain.audit.AuditEvent;
import java.util.Optional;

public interface ListUserAuditLogUseCase {
    /** The user's audit log; the query's subject is set to that user whatever the caller put there. */
    Page<AuditEvent> listUserAuditLog(Actor actor, UserId id, AuditLogQuery query, Optional<PageRequest> page);
}
