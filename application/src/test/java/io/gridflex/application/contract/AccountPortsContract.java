package io.gridflex.application.contract;

import static io.gridflex.application.contract.TestAccounts.account;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridflex.domain.failure.ConflictException;
import io.gridflex.domain.account.Account;
import io.gridflex.domain.account.AccountId;
import io.gridflex.domain.account.AccountRole;
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

        assertThat(fixture().loadAccounts().findAccount(consultancy.id()).orElseThrow().roleNames())
                .containsExactlyInAnyOrder(Account.CONSULTANCY, "ESCo");
        assertThat(fixture().loadAccounts().findAccount(consultancy.id()).orElseThrow().isConsultancy()).isTrue();
        assertThat(fixture().loadAccounts().listClientsOf(consultancy.id())).containsExactly(client);
    }

    @Test
    void gives_account_roles_ids_once_per_name_in_the_order_they_come() {
        Account prosumer = fixture().saveAccount().createAccount(new NewAccount("Prosumer Co", Optional.empty(), Set.of("Prosumer")));
        Account multi = fixture().saveAccount().createAccount(
                new NewAccount("Multi", Optional.empty(), Set.of("Supplier", "Prosumer", "Dummy")));

        assertThat(prosumer.accountRoles()).containsExactly(new AccountRole(1, "Prosumer"));
        // new names of one registration in the order of their names; a known name keeps its id
        assertThat(multi.accountRoles()).containsExactlyInAnyOrder(
                new AccountRole(1, "Prosumer"), new AccountRole(2, "Dummy"), new AccountRole(3, "Supplier"));
        assertThat(fixture().loadAccounts().findAccount(multi.id())).contains(multi);
        assertThat(fixture().saveAccount().registerAccountRoles(Set.of("Supplier", "ESCo")))
                .containsExactlyInAnyOrder(new AccountRole(3, "Supplier"), new AccountRole(4, "ESCo"));
        assertThat(fixture().saveAccount().registerAccountRoles(Set.of())).isEmpty();
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
                created.renamed("ACME Energy").withConsultancy(Optional.of(other.id()))
                        .withAccountRoles(fixture().saveAccount().registerAccountRoles(Set.of("ESCo"))));

        assertThat(fixture().loadAccounts().findAccount(created.id())).contains(updated);
        assertThat(updated.roleNames()).containsExactly("ESCo");
        assertThat(fixture().saveAccount().updateAccount(updated.withAccountRoles(Set.of())).accountRoles()).isEmpty();
        assertThat(fixture().loadAccounts().findAccount(created.id()).orElseThrow().accountRoles()).isEmpty();
        assertThatThrownBy(() -> fixture().saveAccount().updateAccount(other.renamed("ACME Energy")))
                .isInstanceOf(ConflictException.class);
    }
}
