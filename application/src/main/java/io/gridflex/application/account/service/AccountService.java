package io.gridflex.application.account.service;

import io.gridflex.application.account.port.in.AccountChanges;
import io.gridflex.application.account.port.in.GetAccountUseCase;
import io.gridflex.application.account.port.in.ListedAccount;
import io.gridflex.application.account.port.out.CountAccountHoldingsPort;
import io.gridflex.application.account.query.AccountHoldings;
import io.gridflex.application.account.query.AccountQuery;
import io.gridflex.application.page.Page;
import io.gridflex.application.page.PageRequest;
import io.gridflex.application.page.SortDirection;
import io.gridflex.application.account.port.in.ListAccountsUseCase;
import io.gridflex.application.account.port.in.RegisterAccountUseCase;
import io.gridflex.application.account.port.in.UpdateAccountUseCase;
import io.gridflex.application.account.port.out.LoadAccountsPort;
import io.gridflex.application.account.port.out.LoadUsersPort;
import io.gridflex.application.account.port.out.SaveAccountPort;
import io.gridflex.application.audit.port.out.RecordAuditEventPort;
import io.gridflex.application.audit.service.AuditTrail;
import io.gridflex.domain.failure.ConflictException;
import io.gridflex.domain.failure.ForbiddenException;
import io.gridflex.domain.failure.NotFoundException;
import io.gridflex.application.transaction.TransactionPort;
import io.gridflex.domain.account.AccessPolicy;
import io.gridflex.domain.account.Account;
import io.gridflex.domain.account.AccountId;
import io.gridflex.domain.account.Actor;
import io.gridflex.domain.account.NewAccount;
import io.gridflex.domain.account.Role;
import io.gridflex.domain.audit.AuditedEntity;
import io.gridflex.domain.failure.InvalidValueException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

public final class AccountService implements ListAccountsUseCase, GetAccountUseCase, RegisterAccountUseCase,
        UpdateAccountUseCase {

    private final LoadAccountsPort accounts;
    private final SaveAccountPort saveAccount;
    private final AuditTrail audit;
    private final CountAccountHoldingsPort holdings;
    private final TransactionPort transactions;

    public AccountService(LoadAccountsPort accounts, SaveAccountPort saveAccount, CountAccountHoldingsPort holdings,
                          LoadUsersPort users, RecordAuditEventPort audit, TransactionPort transactions, Clock clock) {
        this.accounts = accounts;
        this.holdings = holdings;
        this.saveAccount = saveAccount;
        this.audit = new AuditTrail(audit, users, clock);
        this.transactions = transactions;
    }

    @Override
    public List<Account> listAccounts(Actor actor) {
        if (actor.readsEverything()) {
            return accounts.listAccounts();
        }
        List<Account> visible = new ArrayList<>();
        accounts.findAccount(actor.accountId()).ifPresent(visible::add);
        if (actor.has(Role.CONSULTANT)) {
            visible.addAll(accounts.listClientsOf(actor.accountId()));
        }
        return visible;
    }

    @Override
    public Page<ListedAccount> listAccounts(Actor actor, AccountQuery query, Optional<PageRequest> page) {
        // the accounts one may read are few (all of them only for admins): filtered, ordered and paged here
        List<Account> readable = listAccounts(actor);
        List<Account> matching = readable.stream().filter(a -> query.search().matches(a.name())).toList();
        Map<AccountId, AccountHoldings> counted = query.sortsByHoldings()
                ? holdings.countHoldings(matching.stream().map(Account::id).collect(Collectors.toSet()))
                : Map.of();
        List<Account> ordered = query.sortBy().isEmpty() ? matching
                : matching.stream().sorted(order(query, counted)).toList();
        List<Account> items = page.map(p -> ordered.stream().skip(p.offset()).limit(p.perPage()).toList()).orElse(ordered);
        Map<AccountId, AccountHoldings> ofItems = query.sortsByHoldings() ? counted
                : holdings.countHoldings(items.stream().map(Account::id).collect(Collectors.toSet()));
        List<ListedAccount> listed = items.stream()
                .map(a -> new ListedAccount(a, ofItems.getOrDefault(a.id(), AccountHoldings.NONE))).toList();
        return new Page<>(listed, readable.size(), matching.size());
    }

    /** The query's order (names regardless of case, as PostgreSQL's linguistic collation orders FlexMeasures'), then by id. */
    private static Comparator<Account> order(AccountQuery query, Map<AccountId, AccountHoldings> counted) {
        Function<Account, AccountHoldings> of = a -> counted.getOrDefault(a.id(), AccountHoldings.NONE);
        Comparator<Account> byField = switch (query.sortBy().orElseThrow()) {
            case ID -> Comparator.comparingLong(a -> a.id().value());
            case NAME -> Comparator.comparing(Account::name, String.CASE_INSENSITIVE_ORDER);
            case ASSETS -> Comparator.comparingLong(a -> of.apply(a).assets());
            case USERS -> Comparator.comparingLong(a -> of.apply(a).users());
        };
        Comparator<Account> order = byField.thenComparingLong(a -> a.id().value());
        return query.direction() == SortDirection.DESC ? order.reversed() : order;
    }

    @Override
    public Account getAccount(Actor actor, AccountId id) {
        Account account = existing(id);
        AccessPolicy.mayRead(actor, account).orElseThrow(ForbiddenException::new);
        return account;
    }

    @Override
    public Account registerAccount(Actor actor, NewAccount asked) {
        // as FlexMeasures' AccountCreateSchema: a consultant's new account is a client of the consultant's account
        NewAccount draft = !actor.isAdmin() && actor.has(Role.CONSULTANT) && asked.consultancyAccountId().isEmpty()
                ? new NewAccount(asked.name(), Optional.of(actor.accountId()), asked.accountRoles())
                : asked;
        return transactions.inTransaction(() -> {
            Account actorsAccount = existing(actor.accountId());
            AccessPolicy.mayRegister(actor, actorsAccount, draft).orElseThrow(ForbiddenException::new);
            draft.consultancyAccountId().ifPresent(this::requireConsultancyExists);
            if (accounts.findAccountByName(draft.name()).isPresent()) {
                throw new ConflictException("name", "An account named " + draft.name() + " already exists.");
            }
            Account account = saveAccount.createAccount(draft);
            record(actor, "Created account " + account.name() + ".", account.id());
            return account;
        });
    }

    @Override
    public Account updateAccount(Actor actor, AccountId id, AccountChanges changes) {
        return transactions.inTransaction(() -> {
            Account account = existing(id);
            AccessPolicy.mayUpdate(actor, account).orElseThrow(ForbiddenException::new);
            if (changes.consultancyAccountId().isPresent()) {
                Optional<AccountId> consultancy = changes.consultancyAccountId().get();
                Account actorsAccount = existing(actor.accountId());
                if (!actor.isAdmin()) {
                    // FlexMeasures' order: the roles first (403), then that the account exists (422), then that it is the own (403)
                    AccessPolicy.mayChangeConsultancy(actor, actorsAccount, Optional.empty()).orElseThrow(ForbiddenException::new);
                }
                consultancy.ifPresent(this::requireConsultancyExists);
                AccessPolicy.mayChangeConsultancy(actor, actorsAccount, consultancy).orElseThrow(ForbiddenException::new);
            }
            if (changes.accountRoles().isPresent()) {
                AccessPolicy.mayChangeAccountRoles(actor).orElseThrow(ForbiddenException::new);
            }
            Account updated = account;
            if (changes.name().isPresent() && !changes.name().get().strip().equals(account.name())) {
                String name = changes.name().get();
                updated = updated.renamed(name);
                if (accounts.findAccountByName(updated.name()).isPresent()) {
                    throw new ConflictException("name", "An account named " + updated.name() + " already exists.");
                }
            }
            if (changes.consultancyAccountId().isPresent()) {
                updated = updated.withConsultancy(changes.consultancyAccountId().get());
            }
            if (changes.accountRoles().isPresent()) {
                updated = updated.withAccountRoles(saveAccount.registerAccountRoles(changes.accountRoles().get()));
            }
            if (updated.equals(account)) {
                return account;
            }
            Account saved = saveAccount.updateAccount(updated);
            // FlexMeasures' sentence: "Account Updated, Field: name, consultancy_account_id"
            List<String> fields = new ArrayList<>();
            if (!saved.name().equals(account.name())) {
                fields.add("name");
            }
            if (!saved.consultancyAccountId().equals(account.consultancyAccountId())) {
                fields.add("consultancy_account_id");
            }
            if (!saved.accountRoles().equals(account.accountRoles())) {
                fields.add("account_roles");
            }
            record(actor, "Account Updated, Field: " + String.join(", ", fields), saved.id());
            return saved;
        });
    }

    private void requireConsultancyExists(AccountId consultancy) {
        if (accounts.findAccount(consultancy).isEmpty()) {
            throw new InvalidValueException("consultancy_account_id", "Account " + consultancy + " does not exist.");
        }
    }

    private Account existing(AccountId id) {
        return accounts.findAccount(id).orElseThrow(() -> new NotFoundException("Account " + id + " not found."));
    }

    private void record(Actor actor, String event, AccountId subject) {
        audit.record(actor, event, AuditedEntity.account(subject.value()));
    }

}
