package org.example.gridflex.flatsql;

import java.sql.Connection;
import java.sql.SQLException;

/** Breaks only_adapters_and_bootstrap_do_sql_network_or_file_io: flat plugin code reading a database. */
public class SqlScheduler {
    private final Connection connection;

    public SqlScheduler(Connection connection) {
        this.connection = connection;
    }

    public boolean canSchedule() throws SQLException {
        return !connection.isClosed();
    }
}
