package dev.gatehouse.cli;

import dev.gatehouse.bootstrap.MasterKeys;
import dev.gatehouse.config.GatehouseConfig;
import dev.gatehouse.keys.MasterKey;
import dev.gatehouse.keys.KeyService;
import dev.gatehouse.store.Database;
import dev.gatehouse.store.Migrations;
import dev.gatehouse.store.SqliteBackup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code gatehouse restore FILE} (docs/operations.md). SQLite: refuses while a server serves the file, checks
 * that FILE is a Gatehouse database this version can migrate, keeps the current file aside. PostgreSQL:
 * {@code pg_restore} into the configured database, which must be empty. The server migrates the schema at
 * its next start; it needs the master key the backup was made with.
 */
@Command(name = "restore", description = {"Put a backup made by gatehouse backup in place of the configured database.",
        "SQLite: refused while a server or another command has the file open; FILE must be a Gatehouse database of this"
                + " version or older; the current file is kept aside as <database>.before-restore-<UTC time>.",
        "PostgreSQL: pg_restore into the configured database, which must be empty (createdb a new one).",
        "The server migrates an older schema at its next start. Start it with the master key the backup was made with:"
                + " with another one it refuses to start (SQLite: a restore with another known master key is refused)."})
final class RestoreCommand implements java.util.concurrent.Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Parameters(index = "0", paramLabel = "FILE", description = "the backup")
    Path file;

    @Option(names = "--pg-bin", paramLabel = "DIR", description = "PostgreSQL: the directory of pg_restore (default: the PATH)")
    Path pgBin;

    @Override
    public Integer call() {
        GatehouseConfig config = options.load();
        if (!Files.exists(file)) throw new UsageException(file + " does not exist");
        if (!Files.isRegularFile(file)) throw new UsageException(file + " is not a file");
        if (config.database().isSqlite()) {
            Path database = Database.sqliteFile(config.database().url())
                    .orElseThrow(() -> new UsageException("database.url names no file to restore into: " + config.database().url()));
            SqliteBackup.Report r = BackupCommand.run(() -> SqliteBackup.restore(file, database, Instant.now(),
                    k -> requireMasterKeyOpens(config, k.kid(), k.sealed())));
            System.err.println("restored " + BackupCommand.shown(file) + " (schema version " + r.schemaVersion() + ") into "
                    + BackupCommand.shown(database)
                    + (r.keptAside() == null ? "" : "; the previous database is kept as " + BackupCommand.shown(r.keptAside())));
            if (r.schemaVersion() < Migrations.LATEST) {
                System.err.println("the server migrates it from schema version " + r.schemaVersion() + " to " + Migrations.LATEST + " at its next start");
            }
        } else {
            restorePostgres(config);
        }
        masterKeyAdvice(config);
        return Exits.OK;
    }

    /**
     * Refuses, before anything is replaced, a backup whose signing key does not open with the master key the server
     * would start with (configured, or {@code <data dir>/master.key}): the server would refuse to start on it. With
     * neither, nothing to check: {@link #masterKeyAdvice} says to put the key in place first.
     */
    private static void requireMasterKeyOpens(GatehouseConfig config, String kid, String sealed) {
        MasterKey key;
        try {
            java.util.Optional<MasterKey> existing = MasterKeys.existing(config);
            if (existing.isEmpty()) return;
            key = existing.get();
        } catch (java.io.UncheckedIOException | IllegalArgumentException e) {
            return; // the server's start says what is wrong with the key itself
        }
        if (!KeyService.opensWith(key, kid, sealed)) {
            throw new UsageException("the backup's signing key " + kid + " does not decrypt with the master key from " + key.origin()
                    + ": restore with the master key the backup was made with (the server would refuse to start);"
                    + " nothing was changed");
        }
    }

    /**
     * Without a configured key the server reads {@code <data dir>/master.key}, or generates a new one when it is
     * missing, which then cannot open the restored secrets: on a new machine that file must come first.
     */
    private static void masterKeyAdvice(GatehouseConfig config) {
        Path file = BackupCommand.shown(MasterKeys.file(config));
        if (config.masterKey().isPresent()) {
            System.err.println("start the server with the master key the backup was made with (master.key is set)");
        } else if (Files.exists(file)) {
            System.err.println("start the server: it uses the master key in " + file + ", which must be the one the backup was made with");
        } else {
            System.err.println("warning: no master key is set and there is no " + file + ": put the master key the backup was made with"
                    + " there (or set GATEHOUSE_MASTER_KEY) before starting the server; otherwise it generates a new one and refuses"
                    + " to start, since the restored secrets do not open with it");
        }
    }

    private void restorePostgres(GatehouseConfig config) {
        try (Database db = Database.open(config.database())) {
            if (tables(db) > 0) {
                throw new UsageException("the database " + config.database().url() + " is not empty: restore into a new empty database"
                        + " (createdb), then point database.url at it");
            }
            if (SqliteBackup.isSqlite(file)) {
                throw new UsageException(file + " is a SQLite backup, not a PostgreSQL dump: restore it with database.url set to"
                        + " the SQLite file (jdbc:sqlite:...)");
            }
            PgTools pg = PgTools.of(config.database(), pgBin, options.env());
            pg.restore(file);
            int version = version(db);
            if (version == 0) throw new IllegalStateException(file + " held no Gatehouse database (no schema history)");
            if (version > Migrations.LATEST) {
                throw new IllegalStateException("restored schema version " + version + " is newer than this Gatehouse knows ("
                        + Migrations.LATEST + "): run the version that made the backup");
            }
            System.err.println("restored " + file + " (schema version " + version + ") into PostgreSQL database " + pg.database()
                    + " with pg_restore");
        }
    }

    private static int tables(Database db) {
        return query(db, "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema()");
    }

    private static int version(Database db) {
        return query(db, "SELECT COALESCE(MAX(CAST(version AS INTEGER)), 0) FROM flyway_schema_history WHERE success AND version ~ '^[0-9]{1,9}$'");
    }

    private static int query(Database db, String sql) {
        try (Connection c = db.dataSource().getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) root = root.getCause();
            throw new IllegalStateException("cannot read the database: " + e.getMessage() + PgTools.passwordAdvice(String.valueOf(root.getMessage())), e);
        }
    }
}
