package io.gridflex.application.audit.port.out;

import io.gridflex.domain.audit.AuditEvent;

public interface RecordAuditEventPort {
    void record(AuditEvent event);
}
