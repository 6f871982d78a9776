package io.gridflex.adapter.memory;

import io.gridflex.application.contract.TransactionPortContract;
import io.gridflex.application.contract.AccountStoreFixture;

class InMemoryTransactionPortTest extends TransactionPortContract {

    private final AccountStoreFixture fixture = InMemoryFixture.fresh();

    @Override
    protected AccountStoreFixture fixture() {
        return fixture;
    }
}
