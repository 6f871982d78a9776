package io.gridflex.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridflex.adapter.jdbc.account.AccountsJdbcAdapter;
import io.gridflex.adapter.jdbc.schema.TimescaleSupport;
import io.gridflex.application.contract.TestAccounts;
import io.gridflex.domain.account.Account;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The migrations run on a real TimescaleDB, create the extension there, and the schema works on it. */
class TimescaleMigrationTest {

    private static ApplicationContext context;

    @BeforeAll
    static void migrate() throws Exception {
        context = TimescaleTestServer.sharedContext();
    }

    @Test
    void migrates_and_detects_timescaledb() {
        assertThat(context.getBean(TimescaleSupport.class).installed()).isTrue();

        long hypertables = TestDatabase.queryLong(context,
                "SELECT count(*) FROM timescaledb_information.hypertables WHERE hypertable_name = 'timed_belief'");
        assertThat(hypertables).as("timed_belief is a hypertable").isEqualTo(1);

        TestDatabase.truncateAll(context);
        AccountsJdbcAdapter accounts = context.getBean(AccountsJdbcAdapter.class);
        Account created = accounts.createAccount(TestAccounts.account("On TimescaleDB"));
        assertThat(accounts.findAccount(created.id())).contains(created);
    }

    @Test
    void plain_postgresql_runs_without_timescaledb() {
        assertThat(TestDatabase.context().getBean(TimescaleSupport.class).installed()).isFalse();
    }
}
