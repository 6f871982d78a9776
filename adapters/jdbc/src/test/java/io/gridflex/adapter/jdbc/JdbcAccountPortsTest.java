package io.gridflex.adapter.jdbc;

import io.gridflex.application.contract.AccountStoreFixture;
import io.gridflex.application.contract.AccountPortsContract;

class JdbcAccountPortsTest extends AccountPortsContract {

    private final AccountStoreFixture fixture = JdbcFixture.emptied();

    @Override
    protected AccountStoreFixture fixture() {
        return fixture;
    }
}
