package io.gridflex.bootstrap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A real PostgreSQL 15 (binaries from Maven Central, via zonky) that gridflex runs itself, on a free
 * loopback port, with its data kept in a folder across restarts.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    public static EmbeddedDatabase start(Path dataDirectory) {
        try {
            Files.createDirectories(dataDirectory);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .start();
            return new EmbeddedDatabase(postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    /**
     * Runs only the embedded database of a data folder, for psql and for the start-up benchmark's
     * baseline: {@code java -cp gridflex.jar io.gridflex.bootstrap.EmbeddedDatabase data/postgres}.
     * Prints {@code ready <jdbc url>} once it accepts connections and runs until stopped.
     */
    public static void main(String[] args) throws InterruptedException {
        EmbeddedDatabase database = start(Path.of(args.length > 0 ? args[0] : "data/postgres").toAbsolutePath());
        Runtime.getRuntime().addShutdownHook(new Thread(database::close));
        System.out.println("ready " + database.jdbcUrl());
        Thread.currentThread().join();
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    public Map<String, Object> datasourceProperties() {
        return Map.of(
                "datasources.default.url", jdbcUrl(),
                "datasources.default.username", "postgres",
                "datasources.default.password", "postgres");
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
