package io.gridflex.bootstrap;

import io.gridflex.adapter.memory.Pbkdf2PasswordHasher;
import io.gridflex.application.account.port.out.LoadAccountsPort;
import io.gridflex.application.account.port.out.LoadUsersPort;
import io.gridflex.application.account.port.out.PasswordHasher;
import io.gridflex.application.account.port.out.SaveAccountPort;
import io.gridflex.application.account.port.out.SaveUserPort;
import io.gridflex.application.account.port.out.TokenIssuer;
import io.gridflex.application.account.service.AccountService;
import io.gridflex.application.account.service.AuthenticationService;
import io.gridflex.application.account.service.UserService;
import io.gridflex.application.audit.port.out.LoadAuditLogPort;
import io.gridflex.application.audit.port.out.RecordAuditEventPort;
import io.gridflex.application.health.port.out.ProbeStorePort;
import io.gridflex.application.health.service.ReadinessService;
import io.gridflex.application.transaction.TransactionPort;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;

/**
 * The one place where the application's services meet their adapters. An embedder builds the
 * same services by hand from the in-memory adapter (see docs/architecture.md).
 */
@Factory
public class ServicesFactory {

    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Singleton
    PasswordHasher passwordHasher() {
        return new Pbkdf2PasswordHasher();
    }

    @Singleton
    AuthenticationService authenticationService(LoadUsersPort users, SaveUserPort saveUser, LoadAccountsPort accounts,
                                                SaveAccountPort saveAccount, RecordAuditEventPort audit,
                                                PasswordHasher hasher, TokenIssuer tokens, TransactionPort transactions,
                                                Clock clock,
                                                @Value("${gridflex.auth.token-lifetime:6h}") Duration tokenLifetime) {
        return new AuthenticationService(users, saveUser, accounts, saveAccount, audit, hasher, tokens, transactions,
                clock, tokenLifetime);
    }

    @Singleton
    UserService userService(LoadUsersPort users, SaveUserPort saveUser, LoadAccountsPort accounts,
                            RecordAuditEventPort audit, LoadAuditLogPort auditLog, PasswordHasher hasher,
                            TransactionPort transactions, Clock clock) {
        return new UserService(users, saveUser, accounts, audit, auditLog, hasher, transactions, clock);
    }

    @Singleton
    AccountService accountService(LoadAccountsPort accounts, SaveAccountPort saveAccount, LoadUsersPort users,
                                  RecordAuditEventPort audit, TransactionPort transactions, Clock clock) {
        return new AccountService(accounts, saveAccount, users, audit, transactions, clock);
    }

    @Singleton
    ReadinessService readinessService(ProbeStorePort probe) {
        return new ReadinessService(probe);
    }
}
