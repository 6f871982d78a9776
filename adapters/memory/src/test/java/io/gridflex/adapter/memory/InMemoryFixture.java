package io.gridflex.adapter.memory;

import io.gridflex.application.account.port.out.LoadAccountsPort;
import io.gridflex.application.account.port.out.LoadUsersPort;
import io.gridflex.application.account.port.out.SaveAccountPort;
import io.gridflex.application.account.port.out.SaveUserPort;
import io.gridflex.application.audit.port.out.LoadAuditLogPort;
import io.gridflex.application.audit.port.out.RecordAuditEventPort;
import io.gridflex.application.contract.AccountStoreFixture;
import io.gridflex.application.transaction.TransactionPort;

record InMemoryFixture(InMemoryStores stores) implements AccountStoreFixture {

    static InMemoryFixture fresh() {
        return new InMemoryFixture(new InMemoryStores());
    }

    @Override
    public LoadAccountsPort loadAccounts() {
        return stores.accounts;
    }

    @Override
    public SaveAccountPort saveAccount() {
        return stores.accounts;
    }

    @Override
    public LoadUsersPort loadUsers() {
        return stores.accounts;
    }

    @Override
    public SaveUserPort saveUser() {
        return stores.accounts;
    }

    @Override
    public RecordAuditEventPort recordAuditEvent() {
        return stores.auditLog;
    }

    @Override
    public LoadAuditLogPort loadAuditLog() {
        return stores.auditLog;
    }

    @Override
    public TransactionPort transactions() {
        return stores.transactions;
    }
}
