package io.gridflex.adapter.memory;

import io.gridflex.application.contract.AccountPortsContract;
import io.gridflex.application.contract.AccountStoreFixture;

class InMemoryAccountPortsTest extends AccountPortsContract {

    private final AccountStoreFixture fixture = InMemoryFixture.fresh();

    @Override
    protected AccountStoreFixture fixture() {
        return fixture;
    }
}
