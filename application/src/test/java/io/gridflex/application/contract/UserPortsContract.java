package io.gridflex.application.contract;

import static io.gridflex.application.contract.TestAccounts.account;
import static io.gridflex.application.contract.TestAccounts.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridflex.application.account.query.UserQuery;
import io.gridflex.domain.failure.ConflictException;
import io.gridflex.application.page.Page;
import io.gridflex.application.page.PageRequest;
import io.gridflex.application.page.SearchTerms;
import io.gridflex.application.page.SortDirection;
import io.gridflex.domain.account.Account;
import io.gridflex.domain.account.Email;
import io.gridflex.domain.account.Role;
import io.gridflex.domain.account.User;
import io.gridflex.domain.account.UserChanges;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every adapter of LoadUsersPort and SaveUserPort must do. */
public abstract class UserPortsContract {

    protected abstract StoreFixture fixture();

    private Account acme;
    private Account other;

    @BeforeEach
    void twoAccounts() {
        acme = fixture().saveAccount().createAccount(account("ACME"));
        other = fixture().saveAccount().createAccount(account("Other Corp"));
    }

    @Test
    void creates_a_user_and_finds_it_by_id_and_email() {
        assertThat(fixture().loadUsers().anyUserExists()).isFalse();

        User created = fixture().saveUser().createUser(user(acme.id(), "ann@acme.org", Role.ACCOUNT_ADMIN, Role.CONSULTANT));

        assertThat(fixture().loadUsers().anyUserExists()).isTrue();
        assertThat(fixture().loadUsers().findUser(created.id())).contains(created);
        assertThat(fixture().loadUsers().findUserByEmail(Email.of("ANN@acme.org"))).contains(created);
        assertThat(created.roles()).containsExactlyInAnyOrder(Role.ACCOUNT_ADMIN, Role.CONSULTANT);
        assertThat(created.lastLoginAt()).isEmpty();
    }

    @Test
    void refuses_a_taken_email_or_username() {
        fixture().saveUser().createUser(user(acme.id(), "ann@acme.org"));

        assertThatThrownBy(() -> fixture().saveUser().createUser(user(other.id(), "ann@acme.org")))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).isEqualTo("email"));
        assertThatThrownBy(() -> fixture().saveUser().createUser(user(other.id(), "ann@other.org")))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).isEqualTo("username"));
    }

    @Test
    void updates_every_field() {
        User created = fixture().saveUser().createUser(user(acme.id(), "ann@acme.org"));
        User changed = created.changedBy(new UserChanges(Optional.of(Email.of("anna@acme.org")), Optional.of("Anna"),
                        Optional.of(ZoneId.of("UTC")), Optional.of(false), Optional.of(Set.of(Role.ADMIN_READER))))
                .withNewPassword(new io.gridflex.domain.account.PasswordHash("new-hash"), "new-stamp")
                .loggedInAt(Instant.parse("2026-01-02T03:04:05Z"));

        fixture().saveUser().updateUser(changed);

        assertThat(fixture().loadUsers().findUser(created.id())).contains(changed);
    }

    @Test
    void lists_users_of_an_account_active_only_unless_asked() {
        User ann = fixture().saveUser().createUser(user(acme.id(), "ann@acme.org"));
        User bob = fixture().saveUser().createUser(user(acme.id(), "bob@acme.org"));
        fixture().saveUser().createUser(user(other.id(), "cat@other.org"));
        fixture().saveUser().updateUser(bob.changedBy(new UserChanges(Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(false), Optional.empty())));

        Page<User> active = fixture().loadUsers().listUsers(UserQuery.activeOf(acme.id()), Optional.empty());
        Page<User> all = fixture().loadUsers().listUsers(
                new UserQuery(Optional.of(Set.of(acme.id())), true, SearchTerms.NONE, UserQuery.SortField.ID, SortDirection.ASC),
                Optional.empty());

        assertThat(active.items()).extracting(User::id).containsExactly(ann.id());
        assertThat(all.items()).extracting(User::id).containsExactly(ann.id(), bob.id());
        assertThat(all.totalRecords()).isEqualTo(2);
    }

    @Test
    void searches_pages_and_sorts() {
        for (String name : new String[] {"dan", "ann", "cat", "bob", "eve"}) {
            fixture().saveUser().createUser(user(acme.id(), name + "@acme.org"));
        }
        fixture().saveUser().createUser(user(other.id(), "ann@other.org".replace("ann", "ant")));

        Page<User> page2 = fixture().loadUsers().listUsers(
                new UserQuery(Optional.of(Set.of(acme.id())), false, SearchTerms.NONE, UserQuery.SortField.USERNAME, SortDirection.DESC),
                Optional.of(new PageRequest(2, 2)));
        assertThat(page2.items()).extracting(User::username).containsExactly("cat", "bob");
        assertThat(page2.totalRecords()).isEqualTo(5);
        assertThat(page2.filteredRecords()).isEqualTo(5);

        Page<User> searched = fixture().loadUsers().listUsers(
                new UserQuery(Optional.empty(), false, SearchTerms.parse("an \"acme\""), UserQuery.SortField.EMAIL,
                        SortDirection.ASC),
                Optional.of(new PageRequest(1, 10)));
        assertThat(searched.items()).extracting(User::username).containsExactly("ann", "dan");
        assertThat(searched.totalRecords()).isEqualTo(6);
        assertThat(searched.filteredRecords()).isEqualTo(2);

        Page<User> byAccountName = fixture().loadUsers().listUsers(
                new UserQuery(Optional.empty(), false, SearchTerms.parse("corp"), UserQuery.SortField.ACCOUNT,
                        SortDirection.ASC),
                Optional.empty());
        assertThat(byAccountName.items()).extracting(User::username).containsExactly("ant");
    }
}
