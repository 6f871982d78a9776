package io.gridflex.adapter.jdbc;

import io.gridflex.application.contract.StoreFixture;
import io.gridflex.application.contract.UserPortsContract;

class JdbcUserPortsTest extends UserPortsContract {

    private final StoreFixture fixture = JdbcFixture.emptied();

    @Override
    protected StoreFixture fixture() {
        return fixture;
    }
}
