package io.gridflex.adapter.jdbc;

import io.gridflex.application.contract.SensorPortsContract;
import io.gridflex.application.contract.StoreFixture;

class JdbcSensorPortsTest extends SensorPortsContract {

    private final StoreFixture fixture = JdbcFixture.emptied();

    @Override
    protected StoreFixture fixture() {
        return fixture;
    }
}
