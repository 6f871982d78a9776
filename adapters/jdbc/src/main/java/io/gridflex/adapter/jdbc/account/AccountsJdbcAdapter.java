package io.gridflex.adapter.jdbc.account;

import java.sql.ResultSet;
import static io.gridflex.adapter.jdbc.ConstraintViolations.translated;

import io.gridflex.adapter.jdbc.PagedSelect;
import io.gridflex.adapter.jdbc.SqlSearch;
import io.gridflex.application.account.port.out.LoadAccountsPort;
import io.gridflex.application.account.port.out.LoadUsersPort;
import io.gridflex.application.account.port.out.SaveAccountPort;
import io.gridflex.application.account.port.out.SaveUserPort;
import io.gridflex.application.account.query.UserQuery;
import io.gridflex.domain.failure.NotFoundException;
import io.gridflex.application.page.Page;
import io.gridflex.application.page.PageRequest;
import io.gridflex.application.page.SortDirection;
import io.gridflex.domain.account.Account;
import io.gridflex.domain.account.AccountId;
import io.gridflex.domain.account.Email;
import io.gridflex.domain.account.NewAccount;
import io.gridflex.domain.account.NewUser;
import io.gridflex.domain.account.PasswordHash;
import io.gridflex.domain.account.Role;
import io.gridflex.domain.account.User;
import io.gridflex.domain.account.UserId;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

@Singleton
@Transactional // every port call is one transaction, or joins the caller's unit of work
public class AccountsJdbcAdapter implements LoadAccountsPort, SaveAccountPort, LoadUsersPort, SaveUserPort {

    private final AccountRows accountRows;
    private final UserRows userRows;
    private final JdbcOperations jdbc;

    AccountsJdbcAdapter(AccountRows accountRows, UserRows userRows, JdbcOperations jdbc) {
        this.accountRows = accountRows;
        this.userRows = userRows;
        this.jdbc = jdbc;
    }

    // --- accounts ---

    @Override
    public Optional<Account> findAccount(AccountId id) {
        // plain JDBC: looked up on most requests (see SensorsJdbcAdapter.findSensor)
        return jdbc.prepareStatement("SELECT id, name, consultancy_account_id, account_roles FROM account WHERE id = ?", statement -> {
            statement.setLong(1, id.value());
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? Optional.of(toAccount(new AccountRow(rs.getLong(1), rs.getString(2),
                        rs.getObject(3, Long.class), strings(rs.getArray(4))))) : Optional.<Account>empty();
            }
        });
    }

    private static String[] strings(java.sql.Array array) throws java.sql.SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }

    @Override
    public Optional<Account> findAccountByName(String name) {
        return accountRows.findByName(name.strip()).map(AccountsJdbcAdapter::toAccount);
    }

    @Override
    public List<Account> listAccounts() {
        return accountRows.listOrderById().stream().map(AccountsJdbcAdapter::toAccount).toList();
    }

    @Override
    public List<Account> listClientsOf(AccountId consultancy) {
        return accountRows.findByConsultancyAccountIdOrderById(consultancy.value()).stream()
                .map(AccountsJdbcAdapter::toAccount).toList();
    }

    @Override
    public Account createAccount(NewAccount draft) {
        AccountRow row = new AccountRow(null, draft.name(), draft.consultancyAccountId().map(AccountId::value).orElse(null),
                draft.accountRoles().stream().sorted().toArray(String[]::new));
        return toAccount(translated(() -> accountRows.save(row)));
    }

    @Override
    public Account updateAccount(Account account) {
        if (!accountRows.existsById(account.id().value())) {
            throw new NotFoundException("Account " + account.id() + " not found.");
        }
        AccountRow row = new AccountRow(account.id().value(), account.name(),
                account.consultancyAccountId().map(AccountId::value).orElse(null),
                account.accountRoles().stream().sorted().toArray(String[]::new));
        return toAccount(translated(() -> accountRows.update(row)));
    }

    private static Account toAccount(AccountRow row) {
        return Account.restore(AccountId.of(row.id()), row.name(),
                Optional.ofNullable(row.consultancyAccountId()).map(AccountId::of),
                Set.of(row.accountRoles() == null ? new String[0] : row.accountRoles()));
    }

    // --- users ---

    @Override
    public Optional<User> findUser(UserId id) {
        // plain JDBC: every authenticated request looks its user up
        return jdbc.prepareStatement("SELECT id, account_id, email, username, password_hash, active, timezone, roles, token_stamp, "
                + "last_login_at FROM app_user WHERE id = ?", statement -> {
                    statement.setLong(1, id.value());
                    try (ResultSet rs = statement.executeQuery()) {
                        if (!rs.next()) {
                            return Optional.<User>empty();
                        }
                        java.time.OffsetDateTime lastLogin = rs.getObject(10, java.time.OffsetDateTime.class);
                        return Optional.of(toUser(new UserRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getBoolean(6), rs.getString(7), strings(rs.getArray(8)), rs.getString(9),
                                lastLogin == null ? null : lastLogin.toInstant())));
                    }
                });
    }

    @Override
    public Optional<User> findUserByEmail(Email email) {
        return userRows.findByEmail(email.value()).map(AccountsJdbcAdapter::toUser);
    }

    @Override
    public boolean anyUserExists() {
        return userRows.count() > 0;
    }

    @Override
    public Page<User> listUsers(UserQuery query, Optional<PageRequest> page) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder scope = new StringBuilder("FROM app_user u JOIN account a ON a.id = u.account_id WHERE TRUE");
        query.accountId().ifPresent(account -> {
            scope.append(" AND u.account_id = ?");
            parameters.add(account.value());
        });
        if (!query.includeInactive()) {
            scope.append(" AND u.active");
        }
        String direction = query.direction() == SortDirection.DESC ? "DESC" : "ASC";
        // text sorts regardless of case, as FlexMeasures' listings on a PostgreSQL with a linguistic collation
        String orderColumn = switch (query.sortBy()) {
            case ID -> "u.id";
            case USERNAME -> "lower(u.username)";
            case EMAIL -> "lower(u.email)";
            case ACCOUNT -> "lower(a.name)";
        };
        return new PagedSelect("u.*", scope.toString(), parameters)
                .fetch(jdbc, SqlSearch.of(query.search(), "u.username", "u.email", "a.name"),
                        orderColumn + " " + direction + ", u.id " + direction, page, UserRow.class)
                .map(AccountsJdbcAdapter::toUser);
    }

    @Override
    public User createUser(NewUser draft) {
        UserRow row = new UserRow(null, draft.accountId().value(), draft.email().value(), draft.username(),
                draft.passwordHash().value(), draft.active(), draft.timezone().getId(), roleNames(draft.roles()),
                draft.tokenStamp(), null);
        return toUser(translated(() -> userRows.save(row)));
    }

    @Override
    public User updateUser(User user) {
        if (!userRows.existsById(user.id().value())) {
            throw new NotFoundException("User " + user.id() + " not found.");
        }
        UserRow row = new UserRow(user.id().value(), user.accountId().value(), user.email().value(), user.username(),
                user.passwordHash().value(), user.active(), user.timezone().getId(), roleNames(user.roles()),
                user.tokenStamp(), user.lastLoginAt().orElse(null));
        return toUser(translated(() -> userRows.update(row)));
    }

    private static String[] roleNames(Set<Role> roles) {
        return roles.stream().map(Role::roleName).sorted().toArray(String[]::new);
    }

    private static User toUser(UserRow row) {
        Set<Role> roles = Arrays.stream(row.roles() == null ? new String[0] : row.roles())
                .map(name -> Role.byName(name).orElseThrow(() -> new IllegalStateException("Unknown stored role " + name)))
                .collect(Collectors.toSet());
        return new User(UserId.of(row.id()), AccountId.of(row.accountId()), Email.of(row.email()), row.username(),
                new PasswordHash(row.passwordHash()), row.active(), ZoneId.of(row.timezone()), roles, row.tokenStamp(),
                Optional.ofNullable(row.lastLoginAt()));
    }
}
