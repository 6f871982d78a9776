package io.gridflex.application.account.port.in;

import io.gridflex.domain.account.AccountId;
import io.gridflex.domain.account.Actor;
import io.gridflex.domain.audit.AuditEvent;
import java.util.List;

/** What happened to an account (not to its users or assets), newest first. */
public interface ListAccountAuditLogUseCase {

    List<AuditEvent> listAccountAuditLog(Actor actor, AccountId id);
}
