package io.gridflex.adapter.memory;

import io.gridflex.application.contract.UserPortsContract;
import io.gridflex.application.contract.AccountStoreFixture;

class InMemoryUserPortsTest extends UserPortsContract {

    private final AccountStoreFixture fixture = InMemoryFixture.fresh();

    @Override
    protected AccountStoreFixture fixture() {
        return fixture;
    }
}
