package io.gridflex.adapter.memory.usecase;

import io.gridflex.adapter.memory.InMemoryStores;
import io.gridflex.adapter.memory.InMemoryTokenIssuer;
import io.gridflex.adapter.memory.Pbkdf2PasswordHasher;
import io.gridflex.application.account.port.in.RegisterUserCommand;
import io.gridflex.application.account.service.AccountService;
import io.gridflex.application.account.service.AuthenticationService;
import io.gridflex.application.account.service.UserService;
import io.gridflex.application.asset.service.AssetService;
import io.gridflex.application.audit.query.AuditLogQuery;
import io.gridflex.application.belief.service.BeliefService;
import io.gridflex.application.sensor.service.SensorService;
import io.gridflex.domain.account.Account;
import io.gridflex.domain.account.AccountId;
import io.gridflex.domain.account.Actor;
import io.gridflex.domain.account.Email;
import io.gridflex.domain.account.NewAccount;
import io.gridflex.domain.account.Role;
import io.gridflex.domain.asset.AssetId;
import io.gridflex.domain.audit.AuditEvent;
import io.gridflex.domain.audit.AuditedEntity;
import java.time.Duration;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The services of assets, sensors and beliefs, built by hand over a fresh {@link InMemoryStores}
 * and a {@link TestClock} (as bootstrap's ServicesFactory builds them over the JDBC adapter), with
 * one user of each kind FlexMeasures' policy knows. Build one per test.
 *
 * <p>Accounts: ACME (its consultancy is Consult), Consult (a Consultancy account) and Other.
 */
final class UseCaseFixture {

    /** The kinds of principal FlexMeasures' asset policy tells apart, as seen from ACME's assets. */
    enum Principal {
        /** A user of ACME without roles. */
        MEMBER,
        /** An account-admin of ACME. */
        ACCOUNT_ADMIN,
        /** A consultant of Consult, ACME's consultancy. */
        CONSULTANT,
        /** An admin-reader of Other. */
        ADMIN_READER,
        /** A user of Other without roles. */
        STRANGER,
        /** The first admin. */
        ADMIN
    }

    final TestClock clock = new TestClock();
    final InMemoryStores stores = new InMemoryStores();

    final AccountService accounts;
    final UserService users;
    final AssetService assets;
    final SensorService sensors;
    /** Beliefs as the server runs them by default: replacing a stored value is refused. */
    final BeliefService beliefs;

    final Account acme;
    final Account consult;
    final Account other;
    private final Map<Principal, Actor> principals = new EnumMap<>(Principal.class);

    UseCaseFixture() {
        Pbkdf2PasswordHasher hasher = new Pbkdf2PasswordHasher(1_000);
        AuthenticationService authentication = new AuthenticationService(stores.accounts, stores.accounts, stores.accounts,
                stores.accounts, stores.auditLog, hasher, new InMemoryTokenIssuer(), stores.transactions, clock, Duration.ofHours(6));
        users = new UserService(stores.accounts, stores.accounts, stores.accounts, stores.auditLog, stores.auditLog, hasher,
                stores.transactions, clock);
        accounts = new AccountService(stores.accounts, stores.accounts, stores.countAccountHoldings(), stores.accounts, stores.auditLog, stores.transactions, clock);
        assets = new AssetService(stores.assets, stores.assets, stores.assets, stores.assets, stores.accounts, stores.accounts,
                stores.assets, stores.auditLog, stores.auditLog, stores.accounts, stores.transactions, clock);
        sensors = new SensorService(stores.assets, stores.assets, stores.assets, stores.accounts, stores.accounts, stores.auditLog,
                stores.transactions, clock);
        beliefs = beliefService(false);

        Actor admin = Actor.of(authentication.ensureFirstAdmin("root@example.org", "root-password").orElseThrow());
        principals.put(Principal.ADMIN, admin);
        consult = accounts.registerAccount(admin, new NewAccount("Consult", Optional.empty(), Set.of(Account.CONSULTANCY)));
        acme = accounts.registerAccount(admin, new NewAccount("ACME", Optional.of(consult.id()), Set.of()));
        other = accounts.registerAccount(admin, new NewAccount("Other", Optional.empty(), Set.of()));
        principals.put(Principal.MEMBER, user("member@acme.org", acme.id()));
        principals.put(Principal.ACCOUNT_ADMIN, user("boss@acme.org", acme.id(), Role.ACCOUNT_ADMIN));
        principals.put(Principal.CONSULTANT, user("carl@consult.org", consult.id(), Role.CONSULTANT));
        principals.put(Principal.ADMIN_READER, user("reader@other.org", other.id(), Role.ADMIN_READER));
        principals.put(Principal.STRANGER, user("stranger@other.org", other.id()));
    }

    /** The belief service over the same stores, with replacing stored values allowed or not. */
    BeliefService beliefService(boolean allowOverwrite) {
        return new BeliefService(stores.assets, stores.assets, stores.accounts, stores.accounts, stores.beliefs, stores.beliefs,
                stores.beliefs, stores.beliefs, stores.beliefs, stores.beliefs, stores.transactions, clock, allowOverwrite);
    }

    Actor as(Principal principal) {
        return principals.get(principal);
    }

    Actor admin() {
        return as(Principal.ADMIN);
    }

    /** A further user of the given account, e.g. a second source of data. */
    Actor user(String email, AccountId account, Role... roles) {
        return Actor.of(users.registerUser(admin(), new RegisterUserCommand(account, Email.of(email), null, "password-" + email,
                true, ZoneId.of("UTC"), Set.of(roles))));
    }

    /** The texts of an asset's audit log, newest first (events of one instant in the order they were recorded). */
    List<String> auditLogOf(AssetId asset) {
        return stores.auditLog.load(AuditLogQuery.newestFirst(AuditedEntity.asset(asset.value())), Optional.empty()).items().stream()
                .map(AuditEvent::event).toList();
    }

    List<AuditEvent> auditEventsOf(AssetId asset) {
        return stores.auditLog.load(AuditLogQuery.newestFirst(AuditedEntity.asset(asset.value())), Optional.empty()).items();
    }
}
