package io.gridflex.adapter.jdbc;

import io.gridflex.adapter.jdbc.account.AccountsJdbcAdapter;
import io.gridflex.adapter.jdbc.audit.AuditLogJdbcAdapter;
import io.gridflex.adapter.jdbc.transaction.JdbcTransactions;
import io.gridflex.application.account.port.out.LoadAccountsPort;
import io.gridflex.application.account.port.out.LoadUsersPort;
import io.gridflex.application.account.port.out.SaveAccountPort;
import io.gridflex.application.account.port.out.SaveUserPort;
import io.gridflex.application.audit.port.out.LoadAuditLogPort;
import io.gridflex.application.audit.port.out.RecordAuditEventPort;
import io.gridflex.application.contract.AccountStoreFixture;
import io.gridflex.application.transaction.TransactionPort;
import io.micronaut.context.ApplicationContext;

record JdbcFixture(ApplicationContext context) implements AccountStoreFixture {

    static JdbcFixture emptied() {
        ApplicationContext context = TestDatabase.context();
        TestDatabase.truncateAll(context);
        return new JdbcFixture(context);
    }

    @Override
    public LoadAccountsPort loadAccounts() {
        return context.getBean(AccountsJdbcAdapter.class);
    }

    @Override
    public SaveAccountPort saveAccount() {
        return context.getBean(AccountsJdbcAdapter.class);
    }

    @Override
    public LoadUsersPort loadUsers() {
        return context.getBean(AccountsJdbcAdapter.class);
    }

    @Override
    public SaveUserPort saveUser() {
        return context.getBean(AccountsJdbcAdapter.class);
    }

    @Override
    public RecordAuditEventPort recordAuditEvent() {
        return context.getBean(AuditLogJdbcAdapter.class);
    }

    @Override
    public LoadAuditLogPort loadAuditLog() {
        return context.getBean(AuditLogJdbcAdapter.class);
    }

    @Override
    public TransactionPort transactions() {
        return context.getBean(JdbcTransactions.class);
    }
}
