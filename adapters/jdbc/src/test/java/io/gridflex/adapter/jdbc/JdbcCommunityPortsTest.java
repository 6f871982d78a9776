package io.gridflex.adapter.jdbc;

import io.gridflex.application.contract.CommunityPortsContract;
import io.gridflex.application.contract.StoreFixture;

class JdbcCommunityPortsTest extends CommunityPortsContract {

    private final StoreFixture fixture = JdbcFixture.emptied();

    @Override
    protected StoreFixture fixture() {
        return fixture;
    }
}
