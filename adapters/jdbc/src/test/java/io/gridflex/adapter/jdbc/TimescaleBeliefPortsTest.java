package io.gridflex.adapter.jdbc;

import io.gridflex.application.contract.BeliefPortsContract;
import io.gridflex.application.contract.StoreFixture;
import io.micronaut.context.ApplicationContext;

/** The belief-store contract on a real TimescaleDB, where timed_belief is a hypertable. */
class TimescaleBeliefPortsTest extends BeliefPortsContract {

    // a field initializer: it runs before the contract's own @BeforeEach
    private final StoreFixture fixture = emptied();

    private static StoreFixture emptied() {
        try {
            ApplicationContext context = TimescaleTestServer.sharedContext();
            TestDatabase.truncateAll(context);
            return new JdbcFixture(context);
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException("TimescaleDB test server unavailable", e);
        }
    }

    @Override
    protected StoreFixture fixture() {
        return fixture;
    }
}
