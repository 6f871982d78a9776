package io.gridflex.adapter.jdbc;

import io.gridflex.application.contract.BeliefPortsContract;
import io.gridflex.application.contract.StoreFixture;

class JdbcBeliefPortsTest extends BeliefPortsContract {

    private final StoreFixture fixture = JdbcFixture.emptied();

    @Override
    protected StoreFixture fixture() {
        return fixture;
    }
}
