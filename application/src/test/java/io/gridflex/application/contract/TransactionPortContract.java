package io.gridflex.application.contract;

import static io.gridflex.application.contract.TestAccounts.account;
import static io.gridflex.application.contract.TestAccounts.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridflex.application.audit.query.AuditLogQuery;
import io.gridflex.domain.account.Account;
import io.gridflex.domain.audit.AuditEvent;
import io.gridflex.domain.audit.AuditedEntity;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every adapter of TransactionPort must do with the stores it spans. */
public abstract class TransactionPortContract {

    protected abstract StoreFixture fixture();

    @Test
    void keeps_everything_a_unit_of_work_wrote() {
        Account created = fixture().transactions().inTransaction(() -> {
            Account account = fixture().saveAccount().createAccount(account("ACME"));
            fixture().saveUser().createUser(user(account.id(), "ann@acme.org"));
            return account;
        });

        assertThat(fixture().loadAccounts().findAccount(created.id())).isPresent();
        assertThat(fixture().loadUsers().anyUserExists()).isTrue();
    }

    @Test
    void undoes_every_write_of_a_failed_unit_of_work() {
        Account kept = fixture().saveAccount().createAccount(account("Kept"));

        assertThatThrownBy(() -> fixture().transactions().inTransaction(() -> {
            Account account = fixture().saveAccount().createAccount(account("ACME"));
            fixture().saveUser().createUser(user(account.id(), "ann@acme.org"));
            fixture().saveAccount().updateAccount(kept.renamed("Renamed"));
            fixture().recordAuditEvent().record(new AuditEvent(Instant.now(), "Created ACME", Optional.empty(),
                    Optional.empty(), AuditedEntity.account(account.id().value())));
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(fixture().loadAccounts().listAccounts()).containsExactly(kept);
        assertThat(fixture().loadUsers().anyUserExists()).isFalse();
        assertThat(fixture().loadAuditLog().load(AuditLogQuery.newestFirst(AuditedEntity.account(kept.id().value() + 1)),
                Optional.empty()).items()).isEmpty();
    }
}
