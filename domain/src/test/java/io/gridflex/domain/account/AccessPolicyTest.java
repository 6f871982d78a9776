package io.gridflex.domain.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AccessPolicyTest {

    static final Account CONSULTANCY = Account.restore(AccountId.of(1), "Consult", Optional.empty(), Set.of(new AccountRole(1, Account.CONSULTANCY)));
    static final Account ACME = Account.restore(AccountId.of(2), "ACME", Optional.of(CONSULTANCY.id()), Set.of());
    static final Account OTHER = Account.restore(AccountId.of(3), "Other", Optional.empty(), Set.of());

    static Actor actor(long id, Account account, Role... roles) {
        return new Actor(UserId.of(id), account.id(), Set.of(roles));
    }

    static User user(long id, Account account, Role... roles) {
        return new User(UserId.of(id), account.id(), Email.of("u" + id + "@x.org"), "u" + id, new PasswordHash("h"), true,
                ZoneId.of("UTC"), Set.of(roles), "stamp", Optional.empty());
    }

    static final Actor ADMIN = actor(100, OTHER, Role.ADMIN);
    static final Actor READER = actor(101, OTHER, Role.ADMIN_READER);
    static final Actor MEMBER = actor(102, ACME);
    static final Actor ACCOUNT_ADMIN = actor(103, ACME, Role.ACCOUNT_ADMIN);
    static final Actor CONSULTANT = actor(104, CONSULTANCY, Role.CONSULTANT);
    static final Actor STRANGER = actor(105, OTHER);
    static final Actor CONSULTANCY_MEMBER = actor(106, CONSULTANCY);

    @Nested
    class Accounts {

        @Test
        void are_read_by_members_consultants_and_readers_only() {
            assertThat(AccessPolicy.mayRead(MEMBER, ACME).allowed()).isTrue();
            assertThat(AccessPolicy.mayRead(CONSULTANT, ACME).allowed()).isTrue();
            assertThat(AccessPolicy.mayRead(READER, ACME).allowed()).isTrue();
            assertThat(AccessPolicy.mayRead(ADMIN, ACME).allowed()).isTrue();
            assertThat(AccessPolicy.mayRead(STRANGER, ACME).allowed()).isFalse();
            assertThat(AccessPolicy.mayRead(CONSULTANCY_MEMBER, ACME).allowed())
                    .as("a member of the consultancy without the consultant role").isFalse();
        }

        @Test
        void are_registered_by_admins_and_by_consultants_for_their_clients() {
            NewAccount client = new NewAccount("Client", Optional.of(CONSULTANCY.id()), Set.of());
            NewAccount independent = new NewAccount("Independent", Optional.empty(), Set.of());

            assertThat(AccessPolicy.mayRegister(ADMIN, OTHER, independent).allowed()).isTrue();
            assertThat(AccessPolicy.mayRegister(CONSULTANT, CONSULTANCY, client).allowed()).isTrue();
            assertThat(AccessPolicy.mayRegister(CONSULTANT, CONSULTANCY, independent).allowed()).isFalse();
            assertThat(AccessPolicy.mayRegister(ACCOUNT_ADMIN, ACME, independent).allowed()).isFalse();
            Actor consultantElsewhere = actor(107, OTHER, Role.CONSULTANT);
            assertThat(AccessPolicy.mayRegister(consultantElsewhere, OTHER,
                    new NewAccount("C2", Optional.of(OTHER.id()), Set.of())).allowed())
                    .as("consultant of an account without the Consultancy role").isFalse();
        }

        @Test
        void are_updated_by_members_consultants_and_admins() {
            assertThat(AccessPolicy.mayUpdate(MEMBER, ACME).allowed()).isTrue();
            assertThat(AccessPolicy.mayUpdate(CONSULTANT, ACME).allowed()).isTrue();
            assertThat(AccessPolicy.mayUpdate(ADMIN, ACME).allowed()).isTrue();
            assertThat(AccessPolicy.mayUpdate(READER, ACME).allowed()).isFalse();
            assertThat(AccessPolicy.mayUpdate(STRANGER, ACME).allowed()).isFalse();
        }

        @Test
        void get_a_consultancy_from_admins_or_their_own_consultancy_only() {
            assertThat(AccessPolicy.mayChangeConsultancy(ADMIN, OTHER, Optional.of(OTHER.id())).allowed()).isTrue();
            assertThat(AccessPolicy.mayChangeConsultancy(CONSULTANT, CONSULTANCY, Optional.of(CONSULTANCY.id())).allowed()).isTrue();
            assertThat(AccessPolicy.mayChangeConsultancy(CONSULTANT, CONSULTANCY, Optional.empty()).allowed())
                    .as("clearing it").isTrue();
            assertThat(AccessPolicy.mayChangeConsultancy(CONSULTANT, CONSULTANCY, Optional.of(OTHER.id())).reason())
                    .isEqualTo("You can only set consultancy_account_id to your own account.");
            assertThat(AccessPolicy.mayChangeConsultancy(CONSULTANCY_MEMBER, CONSULTANCY, Optional.of(CONSULTANCY.id())).allowed())
                    .as("no consultant or account-admin role").isFalse();
            assertThat(AccessPolicy.mayChangeConsultancy(MEMBER, ACME, Optional.empty()).allowed())
                    .as("an account without the Consultancy role").isFalse();
        }

        @Test
        void keep_their_roles_for_admins() {
            assertThat(AccessPolicy.mayChangeAccountRoles(ADMIN).allowed()).isTrue();
            assertThat(AccessPolicy.mayChangeAccountRoles(ACCOUNT_ADMIN).allowed()).isFalse();
            assertThat(AccessPolicy.mayChangeAccountRoles(CONSULTANT).allowed()).isFalse();
        }
    }

    @Nested
    class Users {

        final User ann = user(1, ACME);

        @Test
        void are_read_within_the_account_by_consultants_and_by_readers() {
            assertThat(AccessPolicy.mayRead(MEMBER, ann, ACME).allowed()).isTrue();
            assertThat(AccessPolicy.mayRead(CONSULTANT, ann, ACME).allowed()).isTrue();
            assertThat(AccessPolicy.mayRead(READER, ann, ACME).allowed()).isTrue();
            assertThat(AccessPolicy.mayRead(STRANGER, ann, ACME).allowed()).isFalse();
        }

        @Test
        void change_themselves_but_never_their_active_flag_or_roles() {
            Actor self = new Actor(ann.id(), ACME.id(), Set.of());
            UserChanges own = new UserChanges(Optional.of(Email.of("ann@acme.org")), Optional.of("Ann"),
                    Optional.of(ZoneId.of("UTC")), Optional.empty(), Optional.empty());
            UserChanges deactivate = new UserChanges(Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.of(false), Optional.empty());
            User theAdmin = user(9, OTHER, Role.ADMIN);
            Actor adminSelf = new Actor(theAdmin.id(), OTHER.id(), Set.of(Role.ADMIN));

            assertThat(AccessPolicy.mayUpdate(self, ann, ACME, own).allowed()).isTrue();
            assertThat(AccessPolicy.mayUpdate(self, ann, ACME, deactivate).reason())
                    .isEqualTo("Users who edit themselves cannot edit security-sensitive fields.");
            assertThat(AccessPolicy.mayUpdate(adminSelf, theAdmin, OTHER, deactivate).allowed()).as("an admin neither").isFalse();
            assertThat(AccessPolicy.mayUpdate(MEMBER, ann, ACME, own).allowed()).isFalse();
            assertThat(AccessPolicy.mayUpdate(ACCOUNT_ADMIN, ann, ACME, deactivate).allowed()).isTrue();
            assertThat(AccessPolicy.mayUpdate(CONSULTANT, ann, ACME, deactivate).allowed()).isTrue();
            assertThat(AccessPolicy.mayUpdate(READER, ann, ACME, own).allowed()).isFalse();
        }

        @Test
        void show_their_audit_log_to_themselves_their_account_admins_consultants_and_readers_only() {
            Actor self = new Actor(ann.id(), ACME.id(), Set.of());
            assertThat(AccessPolicy.mayReadAuditLog(self, ann, ACME).allowed()).isTrue();
            assertThat(AccessPolicy.mayReadAuditLog(ACCOUNT_ADMIN, ann, ACME).allowed()).isTrue();
            assertThat(AccessPolicy.mayReadAuditLog(CONSULTANT, ann, ACME).allowed()).isTrue();
            assertThat(AccessPolicy.mayReadAuditLog(READER, ann, ACME).allowed()).isTrue();
            assertThat(AccessPolicy.mayReadAuditLog(MEMBER, ann, ACME).allowed()).as("a colleague").isFalse();
            assertThat(AccessPolicy.mayReadAuditLog(STRANGER, ann, ACME).allowed()).isFalse();
        }

        @Test
        void get_roles_only_from_someone_above_the_role() {
            assertThat(AccessPolicy.mayGrantOrRevoke(ADMIN, Role.ADMIN, ACME).allowed()).isFalse();
            assertThat(AccessPolicy.mayGrantOrRevoke(ADMIN, Role.ADMIN_READER, ACME).allowed()).isTrue();
            assertThat(AccessPolicy.mayGrantOrRevoke(ACCOUNT_ADMIN, Role.ADMIN_READER, ACME).allowed()).isFalse();
            assertThat(AccessPolicy.mayGrantOrRevoke(CONSULTANT, Role.ACCOUNT_ADMIN, ACME).allowed()).isTrue();
            assertThat(AccessPolicy.mayGrantOrRevoke(CONSULTANT, Role.ACCOUNT_ADMIN, OTHER).allowed()).isFalse();
            assertThat(AccessPolicy.mayGrantOrRevoke(ACCOUNT_ADMIN, Role.ACCOUNT_ADMIN, ACME).allowed()).isFalse();
            assertThat(AccessPolicy.mayGrantOrRevoke(ACCOUNT_ADMIN, Role.CONSULTANT, ACME).allowed()).isTrue();
            assertThat(AccessPolicy.mayGrantOrRevoke(ACCOUNT_ADMIN, Role.CONSULTANT, OTHER).allowed()).isFalse();
        }

        @Test
        void checks_only_the_roles_a_patch_changes() {
            User boss = user(2, ACME, Role.ACCOUNT_ADMIN);
            UserChanges keepRoles = new UserChanges(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.of(Set.of(Role.ACCOUNT_ADMIN)));

            assertThat(AccessPolicy.mayUpdate(ACCOUNT_ADMIN, boss, ACME, keepRoles).allowed()).isTrue();
        }

        @Test
        void are_registered_by_admins_account_admins_and_consultants_of_the_account() {
            assertThat(AccessPolicy.mayRegister(ADMIN, ACME, Set.of()).allowed()).isTrue();
            assertThat(AccessPolicy.mayRegister(ACCOUNT_ADMIN, ACME, Set.of(Role.CONSULTANT)).allowed()).isTrue();
            assertThat(AccessPolicy.mayRegister(ACCOUNT_ADMIN, ACME, Set.of(Role.ACCOUNT_ADMIN)).allowed()).isFalse();
            assertThat(AccessPolicy.mayRegister(ACCOUNT_ADMIN, OTHER, Set.of()).allowed()).isFalse();
            assertThat(AccessPolicy.mayRegister(MEMBER, ACME, Set.of()).allowed()).isFalse();
            assertThat(AccessPolicy.mayRegister(CONSULTANT, ACME, Set.of(Role.ACCOUNT_ADMIN)).allowed()).isTrue();
            assertThat(AccessPolicy.mayRegister(CONSULTANT, OTHER, Set.of()).allowed()).isFalse();
            assertThat(AccessPolicy.mayRegister(ADMIN, ACME, Set.of(Role.ADMIN)).allowed()).isFalse();
        }

        @Test
        void get_a_new_password_from_themselves_their_account_admins_consultants_and_admins() {
            Actor self = new Actor(ann.id(), ACME.id(), Set.of());
            assertThat(AccessPolicy.mayResetPassword(self, ann, ACME).allowed()).isTrue();
            assertThat(AccessPolicy.mayResetPassword(ADMIN, ann, ACME).allowed()).isTrue();
            assertThat(AccessPolicy.mayResetPassword(ACCOUNT_ADMIN, ann, ACME).allowed()).isTrue();
            assertThat(AccessPolicy.mayResetPassword(CONSULTANT, ann, ACME).allowed()).isTrue();
            assertThat(AccessPolicy.mayResetPassword(MEMBER, ann, ACME).allowed()).isFalse();
            assertThat(AccessPolicy.mayResetPassword(READER, ann, ACME).allowed()).isFalse();
        }
    }

    @Nested
    class TheLastActiveAdmin {

        final User admin = user(9, OTHER, Role.ADMIN);
        final UserChanges deactivate = new UserChanges(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(false), Optional.empty());
        final UserChanges rename = new UserChanges(Optional.empty(), Optional.of("Root"), Optional.empty(),
                Optional.empty(), Optional.empty());

        @Test
        void is_not_deactivated() {
            assertThat(LastActiveAdmin.mayChange(admin, deactivate, false).reason())
                    .isEqualTo("User 9 is the last active admin; make another user an admin first.");
            assertThat(LastActiveAdmin.mayChange(admin, deactivate, true).allowed()).isTrue();
            assertThat(LastActiveAdmin.mayChange(admin, rename, false).allowed()).isTrue();
        }

        @Test
        void does_not_lose_the_admin_role() {
            UserChanges demote = new UserChanges(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.of(Set.of(Role.ACCOUNT_ADMIN)));
            assertThat(LastActiveAdmin.wouldBeRemovedBy(admin, demote)).isTrue();
            assertThat(LastActiveAdmin.wouldBeRemovedBy(user(1, ACME), deactivate)).as("not an admin").isFalse();
        }
    }
}
