package io.gridflex.adapter.memory;

import io.gridflex.application.contract.SchedulingJobsPortContract;
import io.gridflex.application.contract.StoreFixture;

class InMemorySchedulingJobsPortTest extends SchedulingJobsPortContract {

    private final StoreFixture fixture = InMemoryFixture.fresh();

    @Override
    protected StoreFixture fixture() {
        return fixture;
    }
}
