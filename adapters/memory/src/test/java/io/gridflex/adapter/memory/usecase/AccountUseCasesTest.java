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

    private long auditEventsOfAllUsers() {
        return stores.accounts.listUsers(new UserQuery(Optional.empty(), true, io.gridflex.application.page.SearchTerms.NONE,
                        UserQuery.SortField.ID, io.gridflex.application.page.SortDirection.ASC), Optional.empty()).items().stream()
                .mapToLong(u -> stores.auditLog.load(AuditLogQuery.newestFirst(AuditedEntity.user(u.id().value())),
                        Optional.empty()).totalRecords())
                .sum();
    }
}
