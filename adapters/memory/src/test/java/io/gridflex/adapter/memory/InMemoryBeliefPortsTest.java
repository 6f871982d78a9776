package io.gridflex.adapter.memory;

import io.gridflex.application.contract.BeliefPortsContract;
import io.gridflex.application.contract.StoreFixture;

class InMemoryBeliefPortsTest extends BeliefPortsContract {

    private final StoreFixture fixture = InMemoryFixture.fresh();

    @Override
    protected StoreFixture fixture() {
        return fixture;
    }
}
