package io.gridflex.adapter.jdbc;

import io.gridflex.application.contract.AccountStoreFixture;
import io.gridflex.application.contract.UserPortsContract;

class JdbcUserPortsTest extends UserPortsContract {

    private final AccountStoreFixture fixture = JdbcFixture.emptied();

    @Override
    protected AccountStoreFixture fixture() {
        return fixture;
    }
}
