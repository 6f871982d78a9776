package io.gridflex.adapter.memory;

import io.gridflex.application.contract.UserPortsContract;
import io.gridflex.application.contract.StoreFixture;

class InMemoryUserPortsTest extends UserPortsContract {

    private final StoreFixture fixture = InMemoryFixture.fresh();

    @Override
    protected StoreFixture fixture() {
        return fixture;
    }
}
