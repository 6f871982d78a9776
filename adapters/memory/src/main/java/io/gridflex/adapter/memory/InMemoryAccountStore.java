package io.gridflex.adapter.memory;

import io.gridflex.application.account.port.out.LoadAccountsPort;
import io.gridflex.application.account.port.out.LoadUsersPort;
import io.gridflex.application.account.port.out.SaveAccountPort;
import io.gridflex.application.account.port.out.SaveUserPort;
import io.gridflex.application.account.port.out.UserPreferencesPort;
import io.gridflex.application.account.query.UserQuery;
import io.gridflex.domain.failure.ConflictException;
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
import io.gridflex.domain.account.User;
import io.gridflex.domain.account.UserId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.concurrent.locks.ReentrantLock;

/** Accounts and users in memory; all access goes through one lock shared with {@link InMemoryTransactions}. */
public final class InMemoryAccountStore extends LockedStore<InMemoryAccountStore.State> implements LoadAccountsPort, SaveAccountPort, LoadUsersPort, SaveUserPort, UserPreferencesPort {

    record State(TreeMap<Long, Account> accounts, TreeMap<Long, User> users, long nextAccountId, long nextUserId,
                         Map<String, String> preferences, Map<String, AccountRole> accountRoles) {
        State copy() {
            return new State(new TreeMap<>(accounts), new TreeMap<>(users), nextAccountId, nextUserId, new HashMap<>(preferences),
                    new HashMap<>(accountRoles));
        }
    }


    public InMemoryAccountStore(ReentrantLock sharedLock) {
        super(sharedLock, new State(new TreeMap<>(), new TreeMap<>(), 1, 1, new HashMap<>(), new HashMap<>()));
    }

    @Override
    public Optional<Account> findAccount(AccountId id) {
        return locked(() -> Optional.ofNullable(state.accounts.get(id.value())));
    }

    @Override
    public Optional<Account> findAccountByName(String name) {
        return locked(() -> state.accounts.values().stream().filter(a -> a.name().equals(name.strip())).findFirst());
    }

    @Override
    public List<Account> listAccounts() {
        return locked(() -> List.copyOf(state.accounts.values()));
    }

    @Override
    public List<Account> listClientsOf(AccountId consultancy) {
        return locked(() -> state.accounts.values().stream()
                .filter(a -> a.consultancyAccountId().filter(consultancy::equals).isPresent())
                .toList());
    }

    @Override
    public Account createAccount(NewAccount draft) {
        return locked(() -> {
            requireFreeAccountName(draft.name(), null);
            Account account = draft.withIds(AccountId.of(state.nextAccountId), registerAccountRoles(draft.accountRoles()));
            state.accounts.put(account.id().value(), account);
            state = new State(state.accounts, state.users, state.nextAccountId + 1, state.nextUserId, state.preferences,
                    state.accountRoles);
            return account;
        });
    }

    @Override
    public Set<AccountRole> registerAccountRoles(Set<String> names) {
        return locked(() -> {
            for (String name : new TreeSet<>(names)) {
                state.accountRoles.computeIfAbsent(name, n -> new AccountRole(state.accountRoles.size() + 1L, n));
            }
            return names.stream().map(state.accountRoles::get).collect(Collectors.toUnmodifiableSet());
        });
    }

    @Override
    public Account updateAccount(Account account) {
        return locked(() -> {
            if (!state.accounts.containsKey(account.id().value())) {
                throw new NotFoundException("Account " + account.id() + " not found.");
            }
            requireFreeAccountName(account.name(), account.id());
            state.accounts.put(account.id().value(), account);
            return account;
        });
    }

    private void requireFreeAccountName(String name, AccountId except) {
        boolean taken = state.accounts.values().stream().anyMatch(a -> a.name().equals(name) && !a.id().equals(except));
        if (taken) {
            throw new ConflictException("name", "An account named " + name + " already exists.");
        }
    }

    @Override
    public Optional<User> findUser(UserId id) {
        return locked(() -> Optional.ofNullable(state.users.get(id.value())));
    }

    @Override
    public Optional<User> findUserByEmail(Email email) {
        return locked(() -> state.users.values().stream().filter(u -> u.email().equals(email)).findFirst());
    }

    @Override
    public boolean anyUserExists() {
        return locked(() -> !state.users.isEmpty());
    }

    @Override
    public Page<User> listUsers(UserQuery query, Optional<PageRequest> page) {
        return locked(() -> {
            List<User> inScope = state.users.values().stream()
                    .filter(u -> query.accounts().map(accounts -> accounts.contains(u.accountId())).orElse(true))
                    .filter(u -> query.includeInactive() || u.active())
                    .toList();
            List<User> filtered = inScope.stream()
                    .filter(u -> query.search().matches(u.username(), u.email().value(), accountName(u.accountId())))
                    .sorted(order(query))
                    .toList();
            List<User> items = page.map(p -> filtered.stream().skip(p.offset()).limit(p.perPage()).toList()).orElse(filtered);
            return new Page<>(items, inScope.size(), filtered.size());
        });
    }

    /** The account's users, active or not. */
    long countUsers(AccountId account) {
        return locked(() -> state.users.values().stream().filter(u -> u.accountId().equals(account)).count());
    }

    private String accountName(AccountId id) {
        Account account = state.accounts.get(id.value());
        return account == null ? "" : account.name();
    }

    private Comparator<User> order(UserQuery query) {
        Comparator<User> byField = switch (query.sortBy()) {
            case ID -> Comparator.comparingLong(u -> u.id().value());
            case USERNAME -> Comparator.comparing(User::username, String.CASE_INSENSITIVE_ORDER);
            case EMAIL -> Comparator.comparing(u -> u.email().value(), String.CASE_INSENSITIVE_ORDER);
            case ACCOUNT -> Comparator.comparing(u -> accountName(u.accountId()), String.CASE_INSENSITIVE_ORDER);
            // as PostgreSQL orders NULLs: last going up, first going down
            case LAST_LOGIN -> Comparator.comparing(u -> u.lastLoginAt().orElse(null), Comparator.nullsLast(Comparator.naturalOrder()));
        };
        byField = byField.thenComparingLong(u -> u.id().value());
        return query.direction() == SortDirection.DESC ? byField.reversed() : byField;
    }

    @Override
    public User createUser(NewUser draft) {
        return locked(() -> {
            if (!state.accounts.containsKey(draft.accountId().value())) {
                throw new NotFoundException("Account " + draft.accountId() + " not found.");
            }
            User user = draft.withId(UserId.of(state.nextUserId));
            requireFreeEmail(user);
            state.users.put(user.id().value(), user);
            state = new State(state.accounts, state.users, state.nextAccountId, state.nextUserId + 1, state.preferences,
                    state.accountRoles);
            return user;
        });
    }

    @Override
    public User updateUser(User user) {
        return locked(() -> {
            if (!state.users.containsKey(user.id().value())) {
                throw new NotFoundException("User " + user.id() + " not found.");
            }
            requireFreeEmail(user);
            state.users.put(user.id().value(), user);
            return user;
        });
    }

    private void requireFreeEmail(User user) {
        for (User other : state.users.values()) {
            if (other.id().equals(user.id())) {
                continue;
            }
            if (other.email().equals(user.email())) {
                throw new ConflictException("email", "The email address " + user.email() + " is already taken.");
            }
            if (other.username().equals(user.username())) {
                throw new ConflictException("username", "The username " + user.username() + " is already taken.");
            }
        }
    }

    @Override
    public Optional<String> findPreference(UserId user, String key) {
        return locked(() -> Optional.ofNullable(state.preferences.get(user.value() + "/" + key)));
    }

    @Override
    public void putPreference(UserId user, String key, Optional<String> value) {
        locked(() -> value.isPresent()
                ? state.preferences.put(user.value() + "/" + key, value.get())
                : state.preferences.remove(user.value() + "/" + key));
    }

    @Override
    protected State copy(State state) {
        return state.copy();
    }
}
