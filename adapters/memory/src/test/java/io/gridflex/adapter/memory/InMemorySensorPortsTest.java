package io.gridflex.adapter.memory;

import io.gridflex.application.contract.SensorPortsContract;
import io.gridflex.application.contract.StoreFixture;

class InMemorySensorPortsTest extends SensorPortsContract {

    private final StoreFixture fixture = InMemoryFixture.fresh();

    @Override
    protected StoreFixture fixture() {
        return fixture;
    }
}
