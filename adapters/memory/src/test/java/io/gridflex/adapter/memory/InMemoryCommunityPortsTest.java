package io.gridflex.adapter.memory;

import io.gridflex.application.contract.CommunityPortsContract;
import io.gridflex.application.contract.StoreFixture;

class InMemoryCommunityPortsTest extends CommunityPortsContract {

    private final StoreFixture fixture = InMemoryFixture.fresh();

    @Override
    protected StoreFixture fixture() {
        return fixture;
    }
}
