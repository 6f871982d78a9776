package io.gridflex.application.contract;

import io.gridflex.application.account.port.out.LoadAccountsPort;
import io.gridflex.application.account.port.out.LoadUsersPort;
import io.gridflex.application.account.port.out.SaveAccountPort;
import io.gridflex.application.account.port.out.SaveUserPort;
import io.gridflex.application.audit.port.out.LoadAuditLogPort;
import io.gridflex.application.audit.port.out.RecordAuditEventPort;
import io.gridflex.application.transaction.TransactionPort;

/** The store ports of one adapter, empty at the start of each test. */
public interface AccountStoreFixture {
    LoadAccountsPort loadAccounts();

    SaveAccountPort saveAccount();

    LoadUsersPort loadUsers();

    SaveUserPort saveUser();

    RecordAuditEventPort recordAuditEvent();

    LoadAuditLogPort loadAuditLog();

    TransactionPort transactions();
}
