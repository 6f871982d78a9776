package io.gridflex.adapter.jdbc;

import io.gridflex.application.contract.AccountStoreFixture;
import io.gridflex.application.contract.TransactionPortContract;

class JdbcTransactionPortTest extends TransactionPortContract {

    private final AccountStoreFixture fixture = JdbcFixture.emptied();

    @Override
    protected AccountStoreFixture fixture() {
        return fixture;
    }
}
