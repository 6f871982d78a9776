package io.gridflex.application.contract;

import static io.gridflex.application.contract.TestAccounts.account;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridflex.domain.failure.ConflictException;
import io.gridflex.domain.account.Account;
import io.gridflex.domain.account.AccountId;
import io.gridflex.domain.account.NewAccount;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every adapter of LoadAccountsPort and SaveAccountPort must do. */
public abstract class AccountPortsContract {

    protected abstract StoreFixture fixture();

    @Test
    void creates_an_account_and_finds_it_by_id_and_by_name() {
        Account created = fixture().saveAccount().createAccount(account("ACME"));

        assertThat(fixture().loadAccounts().findAccount(created.id())).contains(created);
        assertThat(fixture().loadAccounts().findAccountByName("ACME")).contains(created);
        assertThat(fixture().loadAccounts().findAccount(AccountId.of(created.id().value() + 100))).isEmpty();
    }

    @Test
    void keeps_consultancy_and_account_roles() {
        Account consultancy = fixture().saveAccount().createAccount(
                new NewAccount("Consult", Optional.empty(), Set.of(Account.CONSULTANCY, "ESCo")));
        Account client = fixture().saveAccount().createAccount(
                new NewAccount("Client", Optional.of(consultancy.id()), Set.of()));

        assertThat(fixture().loadAccounts().findAccount(consultancy.id()).orElseThrow().accountRoles())
                .containsExactlyInAnyOrder(Account.CONSULTANCY, "ESCo");
        assertThat(fixture().loadAccounts().listClientsOf(consultancy.id())).containsExactly(client);
    }

    @Test
    void lists_accounts_by_id() {
        Account b = fixture().saveAccount().createAccount(account("B"));
        Account a = fixture().saveAccount().createAccount(account("A"));

        assertThat(fixture().loadAccounts().listAccounts()).containsExactly(b, a);
    }

    @Test
    void refuses_a_second_account_with_the_same_name() {
        fixture().saveAccount().createAccount(account("ACME"));

        assertThatThrownBy(() -> fixture().saveAccount().createAccount(account("ACME")))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThat(fixture().loadAccounts().listAccounts()).hasSize(1);
    }

    @Test
    void updates_an_account() {
        Account created = fixture().saveAccount().createAccount(account("ACME"));
        Account other = fixture().saveAccount().createAccount(account("Other"));

        Account updated = fixture().saveAccount().updateAccount(
                created.renamed("ACME Energy").withConsultancy(Optional.of(other.id())).withAccountRoles(Set.of("ESCo")));

        assertThat(fixture().loadAccounts().findAccount(created.id())).contains(updated);
        assertThatThrownBy(() -> fixture().saveAccount().updateAccount(other.renamed("ACME Energy")))
                .isInstanceOf(ConflictException.class);
    }
}
