package io.gridflex.application.account.service;

import io.gridflex.application.account.port.in.AuthToken;
import io.gridflex.application.account.port.in.AuthenticateTokenUseCase;
import io.gridflex.application.account.port.in.EnsureFirstAdminUseCase;
import io.gridflex.application.account.port.in.RequestAuthTokenUseCase;
import io.gridflex.application.account.port.out.LoadAccountsPort;
import io.gridflex.application.account.port.out.LoadUsersPort;
import io.gridflex.application.account.port.out.PasswordHasher;
import io.gridflex.application.account.port.out.SaveAccountPort;
import io.gridflex.application.account.port.out.SaveUserPort;
import io.gridflex.application.account.port.out.TokenClaims;
import io.gridflex.application.account.port.out.TokenIssuer;
import io.gridflex.application.audit.port.out.RecordAuditEventPort;
import io.gridflex.application.audit.service.AuditTrail;
import io.gridflex.domain.failure.AuthenticationFailedException;
import io.gridflex.application.transaction.TransactionPort;
import io.gridflex.domain.account.Account;
import io.gridflex.domain.account.Actor;
import io.gridflex.domain.account.Email;
import io.gridflex.domain.account.NewAccount;
import io.gridflex.domain.account.NewUser;
import io.gridflex.domain.account.PasswordHash;
import io.gridflex.domain.account.Role;
import io.gridflex.domain.account.User;
import io.gridflex.domain.audit.AuditedEntity;
import io.gridflex.domain.failure.InvalidValueException;
import io.gridflex.domain.invariant.Require;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

public final class AuthenticationService implements RequestAuthTokenUseCase, AuthenticateTokenUseCase, EnsureFirstAdminUseCase {

    public static final Duration DEFAULT_TOKEN_LIFETIME = Duration.ofHours(6);
    static final String FIRST_ADMIN_ACCOUNT = "gridflex administrators";

    private final LoadUsersPort users;
    private final SaveUserPort saveUser;
    private final LoadAccountsPort accounts;
    private final SaveAccountPort saveAccount;
    private final AuditTrail audit;
    private final PasswordHasher hasher;
    private final TokenIssuer tokens;
    private final TransactionPort transactions;
    private final Clock clock;
    private final Duration tokenLifetime;
    /** Compared against when the e-mail is unknown, so that both failures take the same time. */
    private final PasswordHash decoy;

    public AuthenticationService(LoadUsersPort users, SaveUserPort saveUser, LoadAccountsPort accounts,
                                 SaveAccountPort saveAccount, RecordAuditEventPort audit, PasswordHasher hasher,
                                 TokenIssuer tokens, TransactionPort transactions, Clock clock, Duration tokenLifetime) {
        this.users = users;
        this.saveUser = saveUser;
        this.accounts = accounts;
        this.saveAccount = saveAccount;
        this.audit = new AuditTrail(audit, users, clock);
        this.hasher = hasher;
        this.tokens = tokens;
        this.transactions = transactions;
        this.clock = clock;
        Require.that(!tokenLifetime.isNegative() && !tokenLifetime.isZero(), "token_lifetime", "Must be positive.");
        this.tokenLifetime = tokenLifetime;
        this.decoy = hasher.hash(Secrets.randomToken(16));
    }

    @Override
    public AuthToken requestAuthToken(String email, String password) {
        if (email == null || password == null) {
            throw new AuthenticationFailedException();
        }
        Optional<User> found;
        try {
            found = users.findUserByEmail(Email.of(email));
        } catch (InvalidValueException malformed) {
            found = Optional.empty();
        }
        boolean passwordMatches = hasher.matches(password, found.map(User::passwordHash).orElse(decoy));
        if (found.isEmpty() || !passwordMatches || !found.get().active()) {
            throw new AuthenticationFailedException();
        }
        Instant now = clock.instant();
        User user = saveUser.updateUser(found.get().loggedInAt(now));
        Instant expiresAt = now.plus(tokenLifetime);
        String token = tokens.issue(new TokenClaims(user.id(), user.tokenStamp(), now, expiresAt));
        return new AuthToken(token, user.id(), expiresAt);
    }

    @Override
    public Optional<Actor> authenticateToken(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return tokens.verify(token.strip(), clock.instant())
                .flatMap(claims -> users.findUser(claims.userId())
                        .filter(User::active)
                        .filter(user -> user.tokenStamp().equals(claims.tokenStamp())))
                .map(Actor::of);
    }

    @Override
    public Optional<User> ensureFirstAdmin(String email, String password) {
        Email address = Email.of(email);
        Require.present("password", password);
        Require.that(password.length() >= 8, "password", "The first admin's password needs at least 8 characters.");
        return transactions.inTransaction(() -> {
            if (users.anyUserExists()) {
                return Optional.<User>empty();
            }
            Account account = accounts.findAccountByName(FIRST_ADMIN_ACCOUNT)
                    .orElseGet(() -> saveAccount.createAccount(new NewAccount(FIRST_ADMIN_ACCOUNT, Optional.empty(), Set.of())));
            User admin = saveUser.createUser(new NewUser(account.id(), address, address.value(), hasher.hash(password),
                    true, User.DEFAULT_TIMEZONE, Set.of(Role.ADMIN), Secrets.newTokenStamp()));
            audit.recordBySystem("First admin user " + admin.username() + " created at start-up.",
                    AuditedEntity.user(admin.id().value()));
            return Optional.of(admin);
        });
    }
}
