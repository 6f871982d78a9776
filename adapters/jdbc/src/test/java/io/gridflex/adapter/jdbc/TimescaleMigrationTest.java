package io.gridflex.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridflex.adapter.jdbc.account.AccountsJdbcAdapter;
import io.gridflex.adapter.jdbc.schema.TimescaleSupport;
import io.gridflex.application.contract.TestAccounts;
import io.gridflex.domain.account.Account;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The migrations run on a real TimescaleDB, create the extension there, and the schema works on it. */
class TimescaleMigrationTest {

    private static TimescaleTestServer server;
    private static ApplicationContext context;

    @BeforeAll
    static void migrate() throws Exception {
        server = TimescaleTestServer.start();
        context = TestDatabase.contextFor(server.jdbcUrl(), "postgres", "postgres", true);
    }

    @AfterAll
    static void stop() throws Exception {
        if (context != null) {
            context.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void migrates_and_detects_timescaledb() {
        assertThat(context.getBean(TimescaleSupport.class).installed()).isTrue();

        AccountsJdbcAdapter accounts = context.getBean(AccountsJdbcAdapter.class);
        Account created = accounts.createAccount(TestAccounts.account("On TimescaleDB"));
        assertThat(accounts.findAccount(created.id())).contains(created);
    }

    @Test
    void plain_postgresql_runs_without_timescaledb() {
        assertThat(TestDatabase.context().getBean(TimescaleSupport.class).installed()).isFalse();
    }
}
