package io.gridflex.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridflex.application.audit.query.AuditLogQuery;
import io.gridflex.application.page.Page;
import io.gridflex.application.page.PageRequest;
import io.gridflex.application.page.SearchTerms;
import io.gridflex.application.page.SortDirection;
import io.gridflex.domain.account.UserId;
import io.gridflex.domain.audit.AuditEvent;
import io.gridflex.domain.audit.AuditedEntity;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every adapter of RecordAuditEventPort and LoadAuditLogPort must do. */
public abstract class AuditLogPortsContract {

    protected abstract StoreFixture fixture();

    private static final AuditedEntity SUBJECT = AuditedEntity.user(7);

    private AuditEvent event(String at, String what, String who) {
        return new AuditEvent(Instant.parse(at), what, Optional.of(UserId.of(1)), Optional.of(who), SUBJECT);
    }

    @Test
    void lists_the_events_of_one_subject_newest_first() {
        AuditEvent first = event("2026-01-01T00:00:00Z", "Created user ann", "admin");
        AuditEvent second = event("2026-01-02T00:00:00Z", "Updated user ann", "boss");
        fixture().recordAuditEvent().record(first);
        fixture().recordAuditEvent().record(second);
        fixture().recordAuditEvent().record(new AuditEvent(Instant.parse("2026-01-03T00:00:00Z"), "Something else",
                Optional.empty(), Optional.empty(), AuditedEntity.user(8)));

        Page<AuditEvent> log = fixture().loadAuditLog().load(AuditLogQuery.newestFirst(SUBJECT), Optional.empty());

        assertThat(log.items()).containsExactly(second, first);
        assertThat(log.totalRecords()).isEqualTo(2);
    }

    @Test
    void keeps_an_event_without_acting_user() {
        AuditEvent startUp = new AuditEvent(Instant.parse("2026-01-01T00:00:00Z"), "First admin created",
                Optional.empty(), Optional.empty(), AuditedEntity.account(3));
        fixture().recordAuditEvent().record(startUp);

        assertThat(fixture().loadAuditLog().load(AuditLogQuery.newestFirst(AuditedEntity.account(3)), Optional.empty()).items())
                .containsExactly(startUp);
    }

    @Test
    void searches_event_and_acting_user_sorts_and_pages() {
        fixture().recordAuditEvent().record(event("2026-01-01T00:00:00Z", "Created user ann", "admin"));
        fixture().recordAuditEvent().record(event("2026-01-02T00:00:00Z", "Updated user ann", "boss"));
        fixture().recordAuditEvent().record(event("2026-01-03T00:00:00Z", "Password reset for ann", "admin"));

        Page<AuditEvent> byAdmin = fixture().loadAuditLog().load(
                new AuditLogQuery(SUBJECT, SearchTerms.parse("ADMIN"), AuditLogQuery.SortField.EVENT, SortDirection.ASC),
                Optional.of(new PageRequest(1, 1)));

        assertThat(byAdmin.items()).extracting(AuditEvent::event).containsExactly("Created user ann");
        assertThat(byAdmin.totalRecords()).isEqualTo(3);
        assertThat(byAdmin.filteredRecords()).isEqualTo(2);

        Page<AuditEvent> secondPage = fixture().loadAuditLog().load(
                new AuditLogQuery(SUBJECT, SearchTerms.NONE, AuditLogQuery.SortField.ACTIVE_USER_NAME, SortDirection.DESC),
                Optional.of(new PageRequest(2, 2)));
        assertThat(secondPage.items()).hasSize(1);
        assertThat(secondPage.items().get(0).actingUserName()).contains("admin");
    }
}
