package io.gridflex.adapter.memory;

import io.gridflex.application.audit.query.AuditLogQuery;
import io.gridflex.application.audit.port.out.LoadAuditLogPort;
import io.gridflex.application.audit.port.out.RecordAuditEventPort;
import io.gridflex.application.page.Page;
import io.gridflex.application.page.PageRequest;
import io.gridflex.application.page.SortDirection;
import io.gridflex.domain.audit.AuditEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

public final class InMemoryAuditLog implements RecordAuditEventPort, LoadAuditLogPort, InMemoryTransactions.Participant {

    /** An event with the order it was recorded in, which breaks ties between equal timestamps. */
    private record Entry(long sequence, AuditEvent event) {
    }

    private final ReentrantLock lock;
    private List<Entry> entries = new ArrayList<>();

    public InMemoryAuditLog(ReentrantLock sharedLock) {
        this.lock = sharedLock;
    }

    @Override
    public void record(AuditEvent event) {
        lock.lock();
        try {
            entries.add(new Entry(entries.size() + 1L, event));
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Page<AuditEvent> load(AuditLogQuery query, Optional<PageRequest> page) {
        lock.lock();
        try {
            List<Entry> about = entries.stream().filter(e -> e.event().subject().equals(query.subject())).toList();
            List<AuditEvent> filtered = about.stream()
                    .filter(e -> query.search().matches(e.event().event(), e.event().actingUserName().orElse(null)))
                    .sorted(order(query))
                    .map(Entry::event)
                    .toList();
            List<AuditEvent> items = page.map(p -> filtered.stream().skip(p.offset()).limit(p.perPage()).toList())
                    .orElse(filtered);
            return new Page<>(items, about.size(), filtered.size());
        } finally {
            lock.unlock();
        }
    }

    private static Comparator<Entry> order(AuditLogQuery query) {
        Comparator<Entry> byField = switch (query.sortBy()) {
            case EVENT_DATETIME -> Comparator.comparing(e -> e.event().at());
            case EVENT -> Comparator.comparing(e -> e.event().event());
            case ACTIVE_USER_NAME -> Comparator.comparing(e -> e.event().actingUserName().orElse(""));
            case ACTIVE_USER_ID -> Comparator.comparingLong(e -> e.event().actingUserId().map(id -> id.value()).orElse(0L));
        };
        byField = byField.thenComparingLong(Entry::sequence);
        return query.direction() == SortDirection.DESC ? byField.reversed() : byField;
    }

    @Override
    public Object snapshot() {
        lock.lock();
        try {
            return new ArrayList<>(entries);
        } finally {
            lock.unlock();
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public void restore(Object snapshot) {
        lock.lock();
        try {
            entries = new ArrayList<>((List<Entry>) snapshot);
        } finally {
            lock.unlock();
        }
    }
}
