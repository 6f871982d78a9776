package io.gridflex.application.health.port.in;

/** Whether each backing service answers; the server is ready when all do. */
public record Readiness(boolean databaseSql) {
    public boolean ready() {
        return databaseSql;
    }
}
