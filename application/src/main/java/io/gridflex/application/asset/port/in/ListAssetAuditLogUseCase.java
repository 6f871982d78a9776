package io.gridflex.application.asset.port.in;

import io.gridflex.application.audit.query.AuditLogQuery;
import io.gridflex.application.page.Page;
import io.gridflex.application.page.PageRequest;
import io.gridflex.domain.account.Actor;
import io.gridflex.domain.asset.AssetId;
import io.gridflex.domain.audit.AuditEvent;
import java.util.Optional;

public interface ListAssetAuditLogUseCase {
    /** The asset's audit log; the query's subject is set to that asset whatever the caller put there. */
    Page<AuditEvent> listAssetAuditLog(Actor actor, AssetId id, AuditLogQuery query, Optional<PageRequest> page);
}
