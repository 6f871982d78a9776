package io.gridflex.adapter.memory;

import io.gridflex.application.transaction.TransactionPort;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Serialises units of work over the in-memory stores and undoes a failed one: each participating
 * store is snapshotted first and restored if the work throws.
 */
public final class InMemoryTransactions implements TransactionPort {

    /** A store that can hand out and take back a copy of its whole state. */
    public interface Participant {
        Object snapshot();

        void restore(Object snapshot);
    }

    private final ReentrantLock lock;
    private final List<Participant> participants;

    public InMemoryTransactions(ReentrantLock sharedLock, List<Participant> participants) {
        this.lock = sharedLock;
        this.participants = List.copyOf(participants);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        lock.lock();
        try {
            if (lock.getHoldCount() > 1) {
                return work.get(); // nested: the outer unit of work owns the rollback
            }
            List<Object> snapshots = new ArrayList<>(participants.size());
            participants.forEach(p -> snapshots.add(p.snapshot()));
            try {
                return work.get();
            } catch (RuntimeException | Error failure) {
                for (int i = 0; i < participants.size(); i++) {
                    participants.get(i).restore(snapshots.get(i));
                }
                throw failure;
            }
        } finally {
            lock.unlock();
        }
    }
}
