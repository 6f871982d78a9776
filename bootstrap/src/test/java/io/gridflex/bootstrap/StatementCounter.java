package io.gridflex.bootstrap;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * A JDBC driver for {@code jdbc:counting:postgresql:…} URLs: PostgreSQL's driver underneath, every
 * statement a connection prepares or creates counted. Tests that prove a request's query count
 * does not grow with the data point the server's data source at it (a driver chosen by URL does
 * not depend on which beans the server happens to create first, as a bean listener did).
 */
public final class StatementCounter implements Driver {

    static final String PREFIX = "jdbc:counting:";
    static final AtomicLong STATEMENTS = new AtomicLong();
    private static final Set<String> STATEMENT_METHODS = Set.of("prepareStatement", "createStatement", "prepareCall");
    private final Driver postgres = new org.postgresql.Driver();

    static String counting(String url) {
        return PREFIX + url.substring("jdbc:".length());
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        if (!acceptsURL(url)) {
            return null;
        }
        Connection connection = postgres.connect("jdbc:" + url.substring(PREFIX.length()), info);
        InvocationHandler counting = (proxy, method, args) -> {
            if (STATEMENT_METHODS.contains(method.getName())) {
                STATEMENTS.incrementAndGet();
            }
            try {
                return method.invoke(connection, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, counting);
    }

    @Override
    public boolean acceptsURL(String url) {
        return url != null && url.startsWith(PREFIX);
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
        return postgres.getPropertyInfo("jdbc:" + url.substring(PREFIX.length()), info);
    }

    @Override
    public int getMajorVersion() {
        return 1;
    }

    @Override
    public int getMinorVersion() {
        return 0;
    }

    @Override
    public boolean jdbcCompliant() {
        return false;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }
}
