package io.gridflex.adapter.jdbc;

import io.gridflex.application.contract.AssetPortsContract;
import io.gridflex.application.contract.StoreFixture;

class JdbcAssetPortsTest extends AssetPortsContract {

    private final StoreFixture fixture = JdbcFixture.emptied();

    @Override
    protected StoreFixture fixture() {
        return fixture;
    }
}
