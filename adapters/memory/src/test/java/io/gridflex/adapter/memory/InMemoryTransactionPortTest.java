package io.gridflex.adapter.memory;

import io.gridflex.application.contract.TransactionPortContract;
import io.gridflex.application.contract.StoreFixture;

class InMemoryTransactionPortTest extends TransactionPortContract {

    private final StoreFixture fixture = InMemoryFixture.fresh();

    @Override
    protected StoreFixture fixture() {
        return fixture;
    }
}
