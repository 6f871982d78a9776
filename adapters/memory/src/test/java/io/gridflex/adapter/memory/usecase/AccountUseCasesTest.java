package io.gridflex.adapter.memory.usecase;

import io.gridflex.adapter.memory.InMemoryStores;
import io.gridflex.adapter.memory.Pbkdf2PasswordHasher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridflex.application.Gridflex;
import io.gridflex.application.account.port.in.AuthToken;
import io.gridflex.application.account.port.in.ListUsersCommand;
import io.gridflex.application.account.port.in.RegisterUserCommand;
import io.gridflex.application.account.query.UserQuery;
import io.gridflex.application.audit.query.AuditLogQuery;
import io.gridflex.domain.failure.AuthenticationFailedException;
import io.gridflex.domain.failure.ConflictException;
import io.gridflex.domain.failure.ForbiddenException;
import io.gridflex.domain.account.Account;
import io.gridflex.domain.account.Actor;
import io.gridflex.domain.account.Email;
import io.gridflex.domain.account.NewAccount;
import io.gridflex.domain.account.Role;
import io.gridflex.domain.account.User;
import io.gridflex.domain.account.UserChanges;
import io.gridflex.domain.audit.AuditEvent;
import io.gridflex.domain.audit.AuditedEntity;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import io.gridflex.application.account.port.in.AccountChanges;
import io.gridflex.application.page.Page;
import io.gridflex.domain.account.AccountId;
import io.gridflex.domain.account.NewUser;
import io.gridflex.domain.account.PasswordHash;
import io.gridflex.domain.account.UserId;
import io.gridflex.domain.failure.InvalidValueException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The account use cases, assembled by {@link Gridflex} from the in-memory adapter, as an embedder would. */
class AccountUseCasesTest {

    private final TestClock clock = new TestClock();
    private final InMemoryStores stores = new InMemoryStores();
    private final Gridflex gridflex = Gridflex.builder().stores(stores).clock(clock)
            .passwordHasher(new Pbkdf2PasswordHasher(1_000)) // fast enough for a test, still the real algorithm
            .build();

    private Actor admin;
    private Account acme;

    @BeforeEach
    void firstAdminAndAnAccount() {
        User first = gridflex.ensureFirstAdmin().ensureFirstAdmin("root@example.org", "root-password").orElseThrow();
        admin = Actor.of(first);
        acme = gridflex.registerAccount().registerAccount(admin, new NewAccount("ACME", Optional.empty(), Set.of()));
    }

    private User register(String email, Role... roles) {
        return gridflex.registerUser().registerUser(admin, new RegisterUserCommand(acme.id(), Email.of(email), null, "password-" + email, true,
                ZoneId.of("UTC"), Set.of(roles)));
    }

    @Test
    void creates_the_first_admin_only_once() {
        assertThat(gridflex.ensureFirstAdmin().ensureFirstAdmin("other@example.org", "other-password")).isEmpty();
        assertThat(stores.accounts.findUserByEmail(Email.of("root@example.org")).orElseThrow().roles()).containsExactly(Role.ADMIN);
    }

    @Test
    void a_token_stands_for_its_user_until_it_expires() {
        User ann = register("ann@acme.org");
        AuthToken token = gridflex.requestAuthToken().requestAuthToken("ann@acme.org", "password-ann@acme.org");

        assertThat(gridflex.authenticateToken().authenticateToken(token.token())).contains(Actor.of(ann));
        clock.advance(Duration.ofHours(6));
        assertThat(gridflex.authenticateToken().authenticateToken(token.token())).isEmpty();
    }

    @Test
    void records_the_login_time() {
        register("ann@acme.org");
        gridflex.requestAuthToken().requestAuthToken("ann@acme.org", "password-ann@acme.org");

        assertThat(stores.accounts.findUserByEmail(Email.of("ann@acme.org")).orElseThrow().lastLoginAt()).contains(clock.instant());
    }

    @Test
    void refuses_wrong_passwords_unknown_emails_and_inactive_users_alike() {
        User ann = register("ann@acme.org");
        gridflex.updateUser().updateUser(admin, ann.id(), new UserChanges(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(false), Optional.empty()));

        assertThatThrownBy(() -> gridflex.requestAuthToken().requestAuthToken("ann@acme.org", "password-ann@acme.org"))
                .isInstanceOf(AuthenticationFailedException.class);
        assertThatThrownBy(() -> gridflex.requestAuthToken().requestAuthToken("root@example.org", "wrong"))
                .isInstanceOf(AuthenticationFailedException.class);
        assertThatThrownBy(() -> gridflex.requestAuthToken().requestAuthToken("nobody@example.org", "wrong"))
                .isInstanceOf(AuthenticationFailedException.class);
        assertThatThrownBy(() -> gridflex.requestAuthToken().requestAuthToken("not an email", "wrong"))
                .isInstanceOf(AuthenticationFailedException.class);
    }

    @Test
    void a_password_reset_voids_every_token_and_the_old_password() {
        User ann = register("ann@acme.org");
        AuthToken first = gridflex.requestAuthToken().requestAuthToken("ann@acme.org", "password-ann@acme.org");
        AuthToken second = gridflex.requestAuthToken().requestAuthToken("ann@acme.org", "password-ann@acme.org");

        gridflex.resetPassword().resetPassword(Actor.of(ann), ann.id());

        assertThat(gridflex.authenticateToken().authenticateToken(first.token())).isEmpty();
        assertThat(gridflex.authenticateToken().authenticateToken(second.token())).isEmpty();
        assertThatThrownBy(() -> gridflex.requestAuthToken().requestAuthToken("ann@acme.org", "password-ann@acme.org"))
                .isInstanceOf(AuthenticationFailedException.class);
    }

    @Test
    void a_refused_registration_leaves_no_trace() {
        register("ann@acme.org");
        long eventsBefore = auditEventsOfAllUsers();

        assertThatThrownBy(() -> register("ANN@acme.org")).isInstanceOf(ConflictException.class);
        User bob = register("bob@acme.org");
        Actor bobActs = Actor.of(bob);
        assertThatThrownBy(() -> gridflex.registerUser().registerUser(bobActs, new RegisterUserCommand(acme.id(), Email.of("eve@acme.org"), null,
                "password-eve", true, ZoneId.of("UTC"), Set.of()))).isInstanceOf(ForbiddenException.class);

        assertThat(stores.accounts.findUserByEmail(Email.of("eve@acme.org"))).isEmpty();
        assertThat(auditEventsOfAllUsers()).isEqualTo(eventsBefore + 1);
    }

    @Test
    void writes_what_changed_into_the_audit_log_with_who_did_it() {
        User ann = register("ann@acme.org");
        gridflex.updateUser().updateUser(admin, ann.id(), new UserChanges(Optional.empty(), Optional.empty(), Optional.of(ZoneId.of("Europe/Paris")),
                Optional.empty(), Optional.of(Set.of(Role.CONSULTANT))));

        AuditEvent latest = gridflex.listUserAuditLog().listUserAuditLog(admin, ann.id(), AuditLogQuery.newestFirst(AuditedEntity.user(ann.id().value())),
                Optional.empty()).items().get(0);
        // FlexMeasures' sentence for the roles first, then gridflex's for what FlexMeasures does not audit
        assertThat(latest.event()).startsWith("Added role(s): [consultant].").contains("timezone from UTC to Europe/Paris");
        assertThat(latest.actingUserName()).contains("root@example.org");
        assertThat(latest.actingUserId()).contains(admin.userId());
    }

    @Test
    void lists_the_actors_own_account_unless_another_is_asked_for() {
        User ann = register("ann@acme.org");
        Actor annActs = Actor.of(ann);

        assertThat(gridflex.listUsers().listUsers(annActs, new ListUsersCommand(UserQuery.activeOf(acme.id()), Optional.empty())).items())
                .extracting(User::email).containsExactly(Email.of("ann@acme.org"));
        assertThatThrownBy(() -> gridflex.listUsers().listUsers(annActs,
                new ListUsersCommand(UserQuery.activeOf(admin.accountId()), Optional.empty())))
                .isInstanceOf(ForbiddenException.class);
    }

    /** FlexMeasures' rules for who may do what with accounts and users, on the use-case fixture's principals. */
    @Nested
    class Permissions {

        private final UseCaseFixture given = new UseCaseFixture();
        private final Actor member = given.as(UseCaseFixture.Principal.MEMBER);
        private final Actor accountAdmin = given.as(UseCaseFixture.Principal.ACCOUNT_ADMIN);
        private final Actor consultant = given.as(UseCaseFixture.Principal.CONSULTANT);
        private final Actor colleague = given.user("colleague@acme.org", given.acme.id());

        private final UserChanges deactivate = new UserChanges(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(false), Optional.empty());

        private Page<AuditEvent> auditLogOf(Actor actor, UserId user) {
            return given.users.listUserAuditLog(actor, user, AuditLogQuery.newestFirst(AuditedEntity.user(user.value())), Optional.empty());
        }

        @Test
        void a_colleague_may_not_read_a_users_audit_log() {
            assertThatThrownBy(() -> auditLogOf(colleague, member.userId())).isInstanceOf(ForbiddenException.class)
                    .hasMessage("You cannot read the audit log of user " + member.userId() + ".");
        }

        @ParameterizedTest
        @EnumSource(names = {"MEMBER", "ACCOUNT_ADMIN", "CONSULTANT", "ADMIN_READER", "ADMIN"})
        void the_user_account_admins_consultants_and_readers_read_a_users_audit_log(UseCaseFixture.Principal who) {
            assertThat(auditLogOf(given.as(who), member.userId()).items()).isNotEmpty();
        }

        @Test
        void nobody_deactivates_themselves_not_even_the_only_admin() {
            assertThatThrownBy(() -> given.users.updateUser(given.admin(), given.admin().userId(), deactivate))
                    .isInstanceOf(ForbiddenException.class).hasMessage("Users who edit themselves cannot edit security-sensitive fields.");
            assertThatThrownBy(() -> given.users.updateUser(member, member.userId(), deactivate)).isInstanceOf(ForbiddenException.class);

            assertThat(given.users.getUser(given.admin(), given.admin().userId()).active()).isTrue();
        }

        @Test
        void the_last_active_admin_is_not_deactivated_by_an_account_admin_of_its_account() {
            Actor rootsBoss = given.user("boss@root.org", given.admin().accountId(), Role.ACCOUNT_ADMIN);

            assertThatThrownBy(() -> given.users.updateUser(rootsBoss, given.admin().userId(), deactivate))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.getMessage())
                            .contains("User " + given.admin().userId() + " is the last active admin"));
            assertThat(given.users.getUser(given.admin(), given.admin().userId()).active()).isTrue();
        }

        @Test
        void an_admin_is_deactivated_while_another_admin_stays_active() {
            Actor rootsBoss = given.user("boss@root.org", given.admin().accountId(), Role.ACCOUNT_ADMIN);
            // the API never grants the admin role; a second admin comes from the store, as from FlexMeasures' CLI
            given.stores.accounts.createUser(new NewUser(given.admin().accountId(), Email.of("second@root.org"), "second",
                    new PasswordHash("hash"), true, ZoneId.of("UTC"), Set.of(Role.ADMIN), "stamp"));

            assertThat(given.users.updateUser(rootsBoss, given.admin().userId(), deactivate).active()).isFalse();
        }

        @Test
        void account_admins_and_consultants_reset_a_users_password_colleagues_do_not() {
            given.users.resetPassword(accountAdmin, member.userId());
            given.users.resetPassword(consultant, member.userId());

            assertThatThrownBy(() -> given.users.resetPassword(colleague, member.userId())).isInstanceOf(ForbiddenException.class)
                    .hasMessage("You cannot reset the password of user " + member.userId() + ".");
        }

        @Test
        void a_consultant_registers_users_in_a_client_account() {
            User created = given.users.registerUser(consultant, new RegisterUserCommand(given.acme.id(), Email.of("new@acme.org"), null,
                    "password-new", true, ZoneId.of("UTC"), Set.of(Role.ACCOUNT_ADMIN)));

            assertThat(created.roles()).containsExactly(Role.ACCOUNT_ADMIN);
        }

        @Test
        void a_consultant_sets_a_clients_consultancy_only_to_its_own_account_or_clears_it() {
            Account elsewhere = given.accounts.registerAccount(given.admin(), new NewAccount("Elsewhere", Optional.empty(),
                    Set.of(Account.CONSULTANCY)));

            assertThatThrownBy(() -> given.accounts.updateAccount(consultant, given.acme.id(), consultancy(Optional.of(elsewhere.id()))))
                    .isInstanceOf(ForbiddenException.class).hasMessage("You can only set consultancy_account_id to your own account.");
            assertThatThrownBy(() -> given.accounts.updateAccount(consultant, given.acme.id(), consultancy(Optional.of(AccountId.of(999)))))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("consultancy_account_id"));
            assertThat(given.accounts.updateAccount(consultant, given.acme.id(), consultancy(Optional.of(given.consult.id())))
                    .consultancyAccountId()).contains(given.consult.id());
            assertThat(given.accounts.updateAccount(consultant, given.acme.id(), consultancy(Optional.empty()))
                    .consultancyAccountId()).isEmpty();
        }

        @Test
        void a_member_of_an_account_without_the_consultancy_role_sets_no_consultancy() {
            assertThatThrownBy(() -> given.accounts.updateAccount(accountAdmin, given.acme.id(), consultancy(Optional.of(given.acme.id()))))
                    .isInstanceOf(ForbiddenException.class)
                    .hasMessage("Your account must have the 'Consultancy' role to be set as a consultancy account.");
            assertThat(given.accounts.getAccount(given.admin(), given.acme.id()).consultancyAccountId()).contains(given.consult.id());
        }

        @Test
        void a_consultants_new_account_is_a_client_of_the_consultancy() {
            Account client = given.accounts.registerAccount(consultant, new NewAccount("Client", Optional.empty(), Set.of()));

            assertThat(client.consultancyAccountId()).contains(given.consult.id());
            assertThatThrownBy(() -> given.accounts.registerAccount(accountAdmin, new NewAccount("Mine", Optional.empty(), Set.of())))
                    .isInstanceOf(ForbiddenException.class);
        }

        @Test
        void only_admins_change_account_roles() {
            AccountChanges roles = new AccountChanges(Optional.empty(), Optional.empty(), Optional.of(Set.of(Account.CONSULTANCY)));

            assertThatThrownBy(() -> given.accounts.updateAccount(accountAdmin, given.acme.id(), roles)).isInstanceOf(ForbiddenException.class);
            assertThat(given.accounts.updateAccount(given.admin(), given.acme.id(), roles).isConsultancy()).isTrue();
        }

        private AccountChanges consultancy(Optional<AccountId> consultancy) {
            return new AccountChanges(Optional.empty(), Optional.of(consultancy), Optional.empty());
        }
    }

    private long auditEventsOfAllUsers() {
        return stores.accounts.listUsers(new UserQuery(Optional.empty(), true, io.gridflex.application.page.SearchTerms.NONE,
                        UserQuery.SortField.ID, io.gridflex.application.page.SortDirection.ASC), Optional.empty()).items().stream()
                .mapToLong(u -> stores.auditLog.load(AuditLogQuery.newestFirst(AuditedEntity.user(u.id().value())),
                        Optional.empty()).totalRecords())
                .sum();
    }
}
