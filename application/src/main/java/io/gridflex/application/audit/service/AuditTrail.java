package io.gridflex.application.audit.service;

import io.gridflex.application.account.port.out.LoadUsersPort;
import io.gridflex.application.audit.port.out.RecordAuditEventPort;
import io.gridflex.domain.account.Actor;
import io.gridflex.domain.account.User;
import io.gridflex.domain.audit.AuditEvent;
import io.gridflex.domain.audit.AuditedEntity;
import java.time.Clock;
import java.util.Optional;

/** Writes what an actor did to the audit log, with the actor's name as it is now. */
public final class AuditTrail {

    private final RecordAuditEventPort audit;
    private final LoadUsersPort users;
    private final Clock clock;

    public AuditTrail(RecordAuditEventPort audit, LoadUsersPort users, Clock clock) {
        this.audit = audit;
        this.users = users;
        this.clock = clock;
    }

    public void record(Actor actor, String event, AuditedEntity subject) {
        Optional<String> actingName = users.findUser(actor.userId()).map(User::username);
        audit.record(new AuditEvent(clock.instant(), event, Optional.of(actor.userId()), actingName, subject));
    }

    /** An event no user caused, such as something done at start-up. */
    public void recordBySystem(String event, AuditedEntity subject) {
        audit.record(new AuditEvent(clock.instant(), event, Optional.empty(), Optional.empty(), subject));
    }
}
