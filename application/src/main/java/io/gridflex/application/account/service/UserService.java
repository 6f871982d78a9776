package io.gridflex.application.account.service;

import io.gridflex.application.account.port.in.GetUserUseCase;
import io.gridflex.application.account.port.in.ListAccountAuditLogUseCase;
import io.gridflex.application.account.port.in.ListUserAuditLogUseCase;
import io.gridflex.application.account.port.in.ListUsersCommand;
import io.gridflex.application.account.port.in.ListUsersUseCase;
import io.gridflex.application.account.port.in.RegisterUserCommand;
import io.gridflex.application.account.port.in.RegisterUserUseCase;
import io.gridflex.application.account.port.in.ResetPasswordUseCase;
import io.gridflex.application.account.port.in.UpdateUserUseCase;
import io.gridflex.application.account.port.out.LoadAccountsPort;
import io.gridflex.application.account.port.out.LoadUsersPort;
import io.gridflex.application.account.port.out.PasswordHasher;
import io.gridflex.application.account.port.out.SaveUserPort;
import io.gridflex.application.account.query.UserQuery;
import io.gridflex.application.audit.query.AuditLogQuery;
import io.gridflex.application.audit.port.out.LoadAuditLogPort;
import io.gridflex.application.audit.port.out.RecordAuditEventPort;
import io.gridflex.application.audit.service.AuditTrail;
import io.gridflex.domain.failure.ConflictException;
import io.gridflex.domain.failure.ForbiddenException;
import io.gridflex.domain.failure.NotFoundException;
import io.gridflex.application.page.Page;
import io.gridflex.application.page.PageRequest;
import io.gridflex.application.page.SearchTerms;
import io.gridflex.application.page.SortDirection;
import io.gridflex.application.transaction.TransactionPort;
import io.gridflex.domain.account.AccessPolicy;
import io.gridflex.domain.account.Account;
import io.gridflex.domain.account.AccountId;
import io.gridflex.domain.account.LastActiveAdmin;
import io.gridflex.domain.account.Actor;
import io.gridflex.domain.account.NewUser;
import io.gridflex.domain.account.Role;
import io.gridflex.domain.account.User;
import io.gridflex.domain.account.UserChanges;
import io.gridflex.domain.account.UserId;
import io.gridflex.domain.audit.AuditEvent;
import io.gridflex.domain.audit.AuditedEntity;
import io.gridflex.domain.failure.InvalidValueException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.TreeSet;
import java.util.Set;
import java.util.Optional;
import java.util.stream.Collectors;

public final class UserService implements ListUsersUseCase, GetUserUseCase, UpdateUserUseCase, ResetPasswordUseCase,
        RegisterUserUseCase, ListUserAuditLogUseCase, ListAccountAuditLogUseCase {

    private final LoadUsersPort users;
    private final SaveUserPort saveUser;
    private final LoadAccountsPort accounts;
    private final AuditTrail audit;
    private final LoadAuditLogPort auditLog;
    private final PasswordHasher hasher;
    private final TransactionPort transactions;

    public UserService(LoadUsersPort users, SaveUserPort saveUser, LoadAccountsPort accounts, RecordAuditEventPort audit,
                       LoadAuditLogPort auditLog, PasswordHasher hasher, TransactionPort transactions, Clock clock) {
        this.users = users;
        this.saveUser = saveUser;
        this.accounts = accounts;
        this.audit = new AuditTrail(audit, users, clock);
        this.auditLog = auditLog;
        this.hasher = hasher;
        this.transactions = transactions;
    }

    @Override
    public Page<User> listUsers(Actor actor, ListUsersCommand command) {
        Optional<Set<AccountId>> scope;
        if (command.query().accounts().isPresent()) {
            for (AccountId accountId : command.query().accounts().get()) {
                Account account = accounts.findAccount(accountId)
                        .orElseThrow(() -> new NotFoundException("Account " + accountId + " not found."));
                AccessPolicy.mayRead(actor, account).orElseThrow(ForbiddenException::new);
            }
            scope = command.query().accounts();
        } else if (actor.readsEverything()) {
            scope = Optional.empty();
        } else {
            // as FlexMeasures' get_accessible_accounts: the own account and, for consultants, its clients
            Set<AccountId> readable = new HashSet<>(Set.of(actor.accountId()));
            if (actor.has(Role.CONSULTANT)) {
                accounts.listClientsOf(actor.accountId()).forEach(client -> readable.add(client.id()));
            }
            scope = Optional.of(readable);
        }
        return users.listUsers(command.query().of(scope), command.page());
    }

    @Override
    public User getUser(Actor actor, UserId id) {
        User user = existing(id);
        AccessPolicy.mayRead(actor, user, accountOf(user)).orElseThrow(ForbiddenException::new);
        return user;
    }

    @Override
    public User updateUser(Actor actor, UserId id, UserChanges changes) {
        return transactions.inTransaction(() -> {
            User user = existing(id);
            AccessPolicy.mayUpdate(actor, user, accountOf(user), changes).orElseThrow(ForbiddenException::new);
            if (LastActiveAdmin.wouldBeRemovedBy(user, changes)) {
                LastActiveAdmin.mayChange(user, changes, anotherActiveAdminThan(user.id()))
                        .orElseThrow(reason -> new ConflictException("active", reason));
            }
            changes.email().filter(e -> !e.equals(user.email())).ifPresent(email -> {
                if (users.findUserByEmail(email).isPresent()) {
                    throw new ConflictException("email", "The email address " + email + " is already taken.");
                }
            });
            User updated = saveUser.updateUser(user.changedBy(changes));
            String event = auditEvent(user, updated);
            if (!event.isEmpty()) {
                record(actor, event, updated.id());
            }
            return updated;
        });
    }

    @Override
    public void resetPassword(Actor actor, UserId id) {
        transactions.inTransaction(() -> {
            User user = existing(id);
            AccessPolicy.mayResetPassword(actor, user, accountOf(user)).orElseThrow(ForbiddenException::new);
            saveUser.updateUser(user.withNewPassword(hasher.hash(Secrets.randomToken(24)), Secrets.newTokenStamp()));
            record(actor, "Password reset for user " + user.username(), user.id()); // FlexMeasures' sentence
        });
    }

    @Override
    public User registerUser(Actor actor, RegisterUserCommand command) {
        return transactions.inTransaction(() -> {
            Account account = accounts.findAccount(command.accountId())
                    .orElseThrow(() -> new InvalidValueException("account_id", "Account " + command.accountId() + " does not exist."));
            AccessPolicy.mayRegister(actor, account, command.roles()).orElseThrow(ForbiddenException::new);
            if (users.findUserByEmail(command.email()).isPresent()) {
                throw new ConflictException("email", "The email address " + command.email() + " is already taken.");
            }
            User user = saveUser.createUser(new NewUser(account.id(), command.email(),
                    command.username() == null ? command.email().value() : command.username(),
                    hasher.hash(command.password() == null ? Secrets.randomToken(24) : command.password()), command.active(), command.timezone(), command.roles(),
                    Secrets.newTokenStamp()));
            record(actor, "Created user " + user.username() + " in account " + account.name()
                    + (user.roles().isEmpty() ? "" : " with roles " + roleNames(user)) + ".", user.id());
            return user;
        });
    }

    @Override
    public Page<AuditEvent> listUserAuditLog(Actor actor, UserId id, AuditLogQuery query, Optional<PageRequest> page) {
        User user = existing(id);
        AccessPolicy.mayReadAuditLog(actor, user, accountOf(user)).orElseThrow(ForbiddenException::new);
        AuditLogQuery ofUser = new AuditLogQuery(AuditedEntity.user(id.value()), query.search(), query.sortBy(), query.direction());
        return auditLog.load(ofUser, page);
    }

    @Override
    public List<AuditEvent> listAccountAuditLog(Actor actor, AccountId id) {
        Account account = accounts.findAccount(id).orElseThrow(() -> new NotFoundException("Account " + id + " not found."));
        AccessPolicy.mayReadAuditLog(actor, account).orElseThrow(ForbiddenException::new);
        return auditLog.load(AuditLogQuery.newestFirst(AuditedEntity.account(id.value())), Optional.empty()).items();
    }

    /** Rarely asked (a patch that would remove an active admin), so all active users are scanned. */
    private boolean anotherActiveAdminThan(UserId id) {
        UserQuery everyActiveUser = new UserQuery(Optional.empty(), false, SearchTerms.NONE, UserQuery.SortField.ID,
                SortDirection.ASC);
        return users.listUsers(everyActiveUser, Optional.empty()).items().stream()
                .anyMatch(other -> !other.id().equals(id) && other.active() && other.has(Role.ADMIN));
    }

    private User existing(UserId id) {
        return users.findUser(id).orElseThrow(() -> new NotFoundException("User " + id + " not found."));
    }

    private Account accountOf(User user) {
        return accounts.findAccount(user.accountId())
                .orElseThrow(() -> new IllegalStateException("User " + user.id() + " has no account " + user.accountId()));
    }

    private void record(Actor actor, String event, UserId subject) {
        audit.record(actor, event, AuditedEntity.user(subject.value()));
    }

    private static String roleNames(User user) {
        return user.roles().stream().map(Role::roleName).sorted().collect(Collectors.joining(", ", "[", "]"));
    }

    /**
     * FlexMeasures' sentences for what it audits (roles removed, roles added, the active status, in that
     * order and run together), then gridflex's own for the other fields FlexMeasures does not audit.
     */
    private static String auditEvent(User before, User after) {
        StringBuilder event = new StringBuilder();
        Set<Role> removed = new TreeSet<>(before.roles());
        removed.removeAll(after.roles());
        Set<Role> added = new TreeSet<>(after.roles());
        added.removeAll(before.roles());
        if (!removed.isEmpty()) {
            event.append("Removed role(s): [").append(names(removed)).append("].");
        }
        if (!added.isEmpty()) {
            event.append("Added role(s): [").append(names(added)).append("].");
        }
        if (before.active() != after.active()) {
            event.append("Active status set to '").append(after.active() ? "True" : "False").append("'.");
        }
        String others = describeOtherChanges(before, after);
        if (!others.isEmpty()) {
            event.append(event.length() == 0 ? "" : " ").append("Updated user ").append(after.username()).append(": ")
                    .append(others).append('.');
        }
        return event.toString();
    }

    private static String names(Set<Role> roles) {
        return String.join(",", roles.stream().map(Role::roleName).toList());
    }

    private static String describeOtherChanges(User before, User after) {
        List<String> parts = new ArrayList<>();
        if (!before.email().equals(after.email())) {
            parts.add("email from " + before.email() + " to " + after.email());
        }
        if (!before.username().equals(after.username())) {
            parts.add("username from " + before.username() + " to " + after.username());
        }
        if (!before.timezone().equals(after.timezone())) {
            parts.add("timezone from " + before.timezone() + " to " + after.timezone());
        }
        return String.join("; ", parts);
    }
}
