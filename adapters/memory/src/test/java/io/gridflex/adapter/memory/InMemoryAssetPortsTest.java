package io.gridflex.adapter.memory;

import io.gridflex.application.contract.AssetPortsContract;
import io.gridflex.application.contract.StoreFixture;

class InMemoryAssetPortsTest extends AssetPortsContract {

    private final StoreFixture fixture = InMemoryFixture.fresh();

    @Override
    protected StoreFixture fixture() {
        return fixture;
    }
}
