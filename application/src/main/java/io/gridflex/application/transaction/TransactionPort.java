package io.gridflex.application.transaction;

import java.util.function.Supplier;

/**
 * Runs a unit of work atomically: everything it writes through the out-ports is kept, or nothing
 * is. A service wraps each write use case in one call, so that, say, a user update and its audit
 * event never part ways.
 */
@FunctionalInterface
public interface TransactionPort {

    <T> T inTransaction(Supplier<T> work);

    default void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
