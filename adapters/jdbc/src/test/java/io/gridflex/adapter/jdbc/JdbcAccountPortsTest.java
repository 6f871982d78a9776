package io.gridflex.adapter.jdbc;

import io.gridflex.application.contract.StoreFixture;
import io.gridflex.application.contract.AccountPortsContract;

class JdbcAccountPortsTest extends AccountPortsContract {

    private final StoreFixture fixture = JdbcFixture.emptied();

    @Override
    protected StoreFixture fixture() {
        return fixture;
    }
}
