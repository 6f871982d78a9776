package io.gridflex.bootstrap;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * Counts the SQL statements every test server prepares or runs (a test reads the difference
 * around one request), for tests that prove a request's query count does not grow with the data.
 * Always on in tests: a {@code @Requires} on it was evaluated once per JVM, not per server.
 */
@Singleton
class StatementCounter implements BeanCreatedEventListener<DataSource> {

    static final AtomicLong STATEMENTS = new AtomicLong();
    private static final Set<String> STATEMENT_METHODS = Set.of("prepareStatement", "createStatement", "prepareCall");

    @Override
    public DataSource onCreated(BeanCreatedEvent<DataSource> event) {
        DataSource target = event.getBean();
        if (target instanceof io.micronaut.data.connection.jdbc.advice.DelegatingDataSource) {
            return target; // only the pool itself: the framework's transaction-aware views stay as they are
        }
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                forwarding(target, (result, method) -> result instanceof Connection connection && method.equals("getConnection")
                        ? Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                                forwarding(connection, (inner, name) -> {
                                    if (STATEMENT_METHODS.contains(name)) {
                                        STATEMENTS.incrementAndGet();
                                    }
                                    return inner;
                                }))
                        : result));
    }

    private interface AfterCall {
        Object apply(Object result, String method);
    }

    private static InvocationHandler forwarding(Object target, AfterCall after) {
        return (proxy, method, args) -> {
            if (method.getName().equals("unwrap") || method.getName().equals("isWrapperFor")) {
                return method.invoke(target, args);
            }
            try {
                return after.apply(method.invoke(target, args), method.getName());
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
    }
}
