package io.gridflex.adapter.memory;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * An in-memory store: all its state in one value, read and written under the lock it shares with
 * {@link InMemoryTransactions}, which snapshots and restores it to undo a failed unit of work.
 *
 * @param <S> the store's whole state
 */
abstract class LockedStore<S> implements InMemoryTransactions.Participant {

    private final ReentrantLock lock;
    protected S state;

    protected LockedStore(ReentrantLock sharedLock, S initial) {
        this.lock = sharedLock;
        this.state = initial;
    }

    /** A copy of the state that later changes to the store do not touch. */
    protected abstract S copy(S state);

    protected final <T> T locked(Supplier<T> work) {
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public final Object snapshot() {
        return locked(() -> copy(state));
    }

    @Override
    @SuppressWarnings("unchecked")
    public final void restore(Object snapshot) {
        locked(() -> state = copy((S) snapshot));
    }
}
