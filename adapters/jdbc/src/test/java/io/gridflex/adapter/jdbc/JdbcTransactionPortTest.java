package io.gridflex.adapter.jdbc;

import io.gridflex.application.contract.StoreFixture;
import io.gridflex.application.contract.TransactionPortContract;

class JdbcTransactionPortTest extends TransactionPortContract {

    private final StoreFixture fixture = JdbcFixture.emptied();

    @Override
    protected StoreFixture fixture() {
        return fixture;
    }
}
