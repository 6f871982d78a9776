package io.gridflex.adapter.memory;

import io.gridflex.application.contract.AccountPortsContract;
import io.gridflex.application.contract.StoreFixture;

class InMemoryAccountPortsTest extends AccountPortsContract {

    private final StoreFixture fixture = InMemoryFixture.fresh();

    @Override
    protected StoreFixture fixture() {
        return fixture;
    }
}
