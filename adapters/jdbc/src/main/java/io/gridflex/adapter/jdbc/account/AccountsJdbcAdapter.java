package io.gridflex.adapter.jdbc.account;

import java.sql.ResultSet;
import static io.gridflex.adapter.jdbc.ConstraintViolations.translated;

import io.gridflex.adapter.jdbc.PagedSelect;
import io.gridflex.adapter.jdbc.SqlSearch;
import io.gridflex.application.account.port.out.CountAccountHoldingsPort;
import io.gridflex.application.account.port.out.LoadAccountsPort;
import io.gridflex.application.account.port.out.LoadUsersPort;
import io.gridflex.application.account.port.out.SaveAccountPort;
import io.gridflex.application.account.port.out.SaveUserPort;
import io.gridflex.application.account.query.AccountHoldings;
import io.gridflex.application.account.query.UserQuery;
import io.gridflex.domain.failure.NotFoundException;
import io.gridflex.application.page.Page;
import io.gridflex.application.page.PageRequest;
import io.gridflex.application.page.SortDirection;
import io.gridflex.domain.account.Account;
import io.gridflex.domain.account.AccountId;
import io.gridflex.domain.account.AccountRole;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

@Singleton
@Transactional // every port call is one transaction, or joins the caller's unit of work
public class AccountsJdbcAdapter implements LoadAccountsPort, SaveAccountPort, CountAccountHoldingsPort, LoadUsersPort,
        SaveUserPort {

    private final AccountRows accountRows;
    private final UserRows userRows;
    private final JdbcOperations jdbc;

    AccountsJdbcAdapter(AccountRows accountRows, UserRows userRows, JdbcOperations jdbc) {
        this.accountRows = accountRows;
        this.userRows = userRows;
        this.jdbc = jdbc;
    }

    // --- accounts ---

    /** An account with its roles (ids and names, by id), one row per account. */
    private static final String SELECT_ACCOUNTS = "SELECT a.id, a.name, a.consultancy_account_id, "
            + "array_remove(array_agg(r.id ORDER BY r.id), NULL), array_remove(array_agg(r.name ORDER BY r.id), NULL) "
            + "FROM account a LEFT JOIN account_account_role ar ON ar.account_id = a.id "
            + "LEFT JOIN account_role r ON r.id = ar.account_role_id ";

    @Override
    public Optional<Account> findAccount(AccountId id) {
        // plain JDBC: looked up on most requests (see SensorsJdbcAdapter.findSensor)
        return selectAccounts("WHERE a.id = ?", id.value()).stream().findFirst();
    }

    @Override
    public Optional<Account> findAccountByName(String name) {
        return selectAccounts("WHERE a.name = ?", name.strip()).stream().findFirst();
    }

    @Override
    public List<Account> listAccounts() {
        return selectAccounts("", null);
    }

    @Override
    public List<Account> listClientsOf(AccountId consultancy) {
        return selectAccounts("WHERE a.consultancy_account_id = ?", consultancy.value());
    }

    private List<Account> selectAccounts(String where, Object parameter) {
        return jdbc.prepareStatement(SELECT_ACCOUNTS + where + " GROUP BY a.id ORDER BY a.id", statement -> {
            if (parameter != null) {
                statement.setObject(1, parameter);
            }
            List<Account> found = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    Long[] roleIds = (Long[]) rs.getArray(4).getArray();
                    String[] roleNames = (String[]) rs.getArray(5).getArray();
                    Set<AccountRole> roles = new HashSet<>();
                    for (int i = 0; i < roleIds.length; i++) {
                        roles.add(new AccountRole(roleIds[i], roleNames[i]));
                    }
                    found.add(Account.restore(AccountId.of(rs.getLong(1)), rs.getString(2),
                            Optional.ofNullable(rs.getObject(3, Long.class)).map(AccountId::of), roles));
                }
            }
            return found;
        });
    }

    @Override
    public Account createAccount(NewAccount draft) {
        AccountRow row = translated(() -> accountRows.save(
                new AccountRow(null, draft.name(), draft.consultancyAccountId().map(AccountId::value).orElse(null))));
        Set<AccountRole> roles = registerAccountRoles(draft.accountRoles());
        linkRoles(row.id(), roles);
        return draft.withIds(AccountId.of(row.id()), roles);
    }

    @Override
    public Account updateAccount(Account account) {
        if (!accountRows.existsById(account.id().value())) {
            throw new NotFoundException("Account " + account.id() + " not found.");
        }
        translated(() -> accountRows.update(new AccountRow(account.id().value(), account.name(),
                account.consultancyAccountId().map(AccountId::value).orElse(null))));
        jdbc.prepareStatement("DELETE FROM account_account_role WHERE account_id = ?", statement -> {
            statement.setLong(1, account.id().value());
            return statement.executeUpdate();
        });
        linkRoles(account.id().value(), account.accountRoles());
        return findAccount(account.id()).orElseThrow();
    }

    @Override
    public Set<AccountRole> registerAccountRoles(Set<String> names) {
        if (names.isEmpty()) {
            return Set.of();
        }
        String[] sorted = names.stream().sorted().toArray(String[]::new);
        // only the new names (ON CONFLICT alone would spend an id on each known one), in the order of their names
        return jdbc.prepareStatement("INSERT INTO account_role (name) SELECT n FROM unnest(?::varchar[]) AS n "
                + "WHERE NOT EXISTS (SELECT 1 FROM account_role r WHERE r.name = n) ORDER BY n ON CONFLICT (name) DO NOTHING", insert -> {
                    insert.setArray(1, insert.getConnection().createArrayOf("varchar", sorted));
                    insert.executeUpdate();
                    try (var select = insert.getConnection().prepareStatement("SELECT id, name FROM account_role WHERE name = ANY(?)")) {
                        select.setArray(1, insert.getConnection().createArrayOf("varchar", sorted));
                        Set<AccountRole> roles = new HashSet<>();
                        try (ResultSet rs = select.executeQuery()) {
                            while (rs.next()) {
                                roles.add(new AccountRole(rs.getLong(1), rs.getString(2)));
                            }
                        }
                        return Set.copyOf(roles);
                    }
                });
    }

    @Override
    public Map<AccountId, AccountHoldings> countHoldings(Set<AccountId> accounts) {
        if (accounts.isEmpty()) {
            return Map.of();
        }
        Long[] ids = accounts.stream().map(AccountId::value).toArray(Long[]::new);
        // one statement for a page of accounts, each count on its index (app_user_account_idx, generic_asset_account_idx)
        return jdbc.prepareStatement("SELECT a.id, (SELECT count(*) FROM app_user u WHERE u.account_id = a.id), "
                + "(SELECT count(*) FROM generic_asset g WHERE g.account_id = a.id) FROM unnest(?::bigint[]) AS a(id)", statement -> {
                    statement.setArray(1, statement.getConnection().createArrayOf("bigint", ids));
                    Map<AccountId, AccountHoldings> counted = new HashMap<>();
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            counted.put(AccountId.of(rs.getLong(1)), new AccountHoldings(rs.getLong(2), rs.getLong(3)));
                        }
                    }
                    return counted;
                });
    }

    private void linkRoles(long account, Set<AccountRole> roles) {
        if (roles.isEmpty()) {
            return;
        }
        Long[] ids = roles.stream().map(AccountRole::id).toArray(Long[]::new);
        jdbc.prepareStatement("INSERT INTO account_account_role (account_id, account_role_id) SELECT ?, unnest(?::bigint[])",
                statement -> {
                    statement.setLong(1, account);
                    statement.setArray(2, statement.getConnection().createArrayOf("bigint", ids));
                    return statement.executeUpdate();
                });
    }

    // --- users ---

    private static String[] strings(java.sql.Array array) throws java.sql.SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }

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
        query.accounts().ifPresent(accounts -> {
            scope.append(" AND u.account_id = ANY(?)");
            parameters.add(accounts.stream().map(AccountId::value).toArray(Long[]::new));
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
            case LAST_LOGIN -> "u.last_login_at";
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
