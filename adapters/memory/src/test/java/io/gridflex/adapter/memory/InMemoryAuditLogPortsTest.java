package io.gridflex.adapter.memory;

import io.gridflex.application.contract.AuditLogPortsContract;
import io.gridflex.application.contract.StoreFixture;

class InMemoryAuditLogPortsTest extends AuditLogPortsContract {

    private final StoreFixture fixture = InMemoryFixture.fresh();

    @Override
    protected StoreFixture fixture() {
        return fixture;
    }
}
