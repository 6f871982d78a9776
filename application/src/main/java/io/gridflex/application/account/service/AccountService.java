package io.gridflex.application.account.service;

import io.gridflex.application.account.port.in.AccountChanges;
import io.gridflex.application.account.port.in.GetAccountUseCase;
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
import java.util.List;
import java.util.Optional;

public final class AccountService implements ListAccountsUseCase, GetAccountUseCase, RegisterAccountUseCase,
        UpdateAccountUseCase {

    private final LoadAccountsPort accounts;
    private final SaveAccountPort saveAccount;
    private final AuditTrail audit;
    private final TransactionPort transactions;

    public AccountService(LoadAccountsPort accounts, SaveAccountPort saveAccount, LoadUsersPort users,
                          RecordAuditEventPort audit, TransactionPort transactions, Clock clock) {
        this.accounts = accounts;
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
                updated = updated.withAccountRoles(changes.accountRoles().get());
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
