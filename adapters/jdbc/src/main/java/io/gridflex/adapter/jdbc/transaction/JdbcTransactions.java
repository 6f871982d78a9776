package io.gridflex.adapter.jdbc.transaction;

import io.gridflex.application.transaction.TransactionPort;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.function.Supplier;

/** One database transaction per unit of work; nested units join the outer one. */
@Singleton
public class JdbcTransactions implements TransactionPort {

    private final TransactionOperations<Connection> transactions;

    JdbcTransactions(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return transactions.executeWrite(status -> work.get());
    }
}
