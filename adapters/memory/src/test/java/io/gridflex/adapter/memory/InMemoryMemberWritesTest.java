package io.gridflex.adapter.memory;

import io.gridflex.application.contract.MemberWritesContract;
import io.gridflex.application.contract.StoreFixture;

class InMemoryMemberWritesTest extends MemberWritesContract {

    private final StoreFixture fixture = InMemoryFixture.fresh();

    @Override
    protected StoreFixture fixture() {
        return fixture;
    }
}
