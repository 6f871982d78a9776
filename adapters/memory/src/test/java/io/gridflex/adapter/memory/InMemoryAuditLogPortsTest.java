package io.gridflex.adapter.memory;

import io.gridflex.application.contract.AuditLogPortsContract;
import io.gridflex.application.contract.AccountStoreFixture;

class InMemoryAuditLogPortsTest extends AuditLogPortsContract {

    private final AccountStoreFixture fixture = InMemoryFixture.fresh();

    @Override
    protected AccountStoreFixture fixture() {
        return fixture;
    }
}
