package io.gridflex.adapter.jdbc;

import io.gridflex.application.contract.MemberWritesContract;
import io.gridflex.application.contract.StoreFixture;

class JdbcMemberWritesTest extends MemberWritesContract {

    private final StoreFixture fixture = JdbcFixture.emptied();

    @Override
    protected StoreFixture fixture() {
        return fixture;
    }
}
