package io.gridflex.adapter.jdbc;

import io.gridflex.application.contract.SchedulingJobsPortContract;
import io.gridflex.application.contract.StoreFixture;

class JdbcSchedulingJobsPortTest extends SchedulingJobsPortContract {

    private final StoreFixture fixture = JdbcFixture.emptied();

    @Override
    protected StoreFixture fixture() {
        return fixture;
    }
}
