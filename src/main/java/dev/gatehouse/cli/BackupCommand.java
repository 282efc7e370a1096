package dev.gatehouse.cli;

import dev.gatehouse.config.GatehouseConfig;
import dev.gatehouse.store.Database;
import dev.gatehouse.store.SqliteBackup;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code gatehouse backup FILE} (docs/operations.md): SQLite with {@code VACUUM INTO} while the server runs,
 * PostgreSQL with {@code pg_dump --format=custom}. What was done goes to standard error.
 */
@Command(name = "backup", description = {"Write a consistent copy of the database to FILE while the server runs:"
        + " SQLite with VACUUM INTO, PostgreSQL with pg_dump --format=custom (on the PATH, or --pg-bin).",
        "The copy holds password hashes and secrets sealed with the master key: keep it as safe as the database, and keep"
        + " the master key apart from it; a restore needs the same master key."})
final class BackupCommand implements java.util.concurrent.Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Parameters(index = "0", paramLabel = "FILE", description = "where the backup is written")
    Path file;

    @Option(names = "--force", description = "replace FILE if it exists")
    boolean force;

    @Option(names = "--pg-bin", paramLabel = "DIR", description = "PostgreSQL: the directory of pg_dump (default: the PATH)")
    Path pgBin;

    @Override
    public Integer call() {
        GatehouseConfig config = options.load();
        if (config.database().isSqlite()) {
            Path database = Database.sqliteFile(config.database().url())
                    .orElseThrow(() -> new UsageException("database.url names no file to back up: " + config.database().url()));
            SqliteBackup.Report r = run(() -> SqliteBackup.backup(database, file, force));
            System.err.println("backed up " + shown(r.database()) + " (schema version " + r.schemaVersion() + ") to " + shown(r.file()) + ", "
                    + r.bytes() + " bytes, with VACUUM INTO (one consistent snapshot)");
        } else {
            if (Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !force) throw new UsageException(file + " exists; choose another name or add --force to replace it");
            PgTools pg = PgTools.of(config.database(), pgBin, options.env());
            Path tmp = null;
            try {
                Database.createPrivateDirectories(file.toAbsolutePath().getParent());
                // Readable by its owner only, like a SQLite backup: it holds the password hashes and sealed secrets.
                tmp = Files.createTempFile(file.toAbsolutePath().getParent(), "." + file.getFileName(), ".tmp",
                        java.nio.file.attribute.PosixFilePermissions.asFileAttribute(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
                pg.dump(tmp);
                Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot write the backup " + file + ": " + SqliteBackup.reason(e), e);
            } finally {
                if (tmp != null) deleteQuietly(tmp);
            }
            System.err.println("backed up PostgreSQL database " + pg.database() + " to " + shown(file) + " with pg_dump --format=custom;"
                    + " restore it into an empty database with gatehouse restore (or pg_restore)");
        }
        System.err.println("the backup holds secrets sealed with the master key: a restore needs the same master key"
                + masterKeyWhere(config));
        return Exits.OK;
    }

    /** Where the key the backup needs is, as far as this command knows: never a file that is not there. */
    private static String masterKeyWhere(GatehouseConfig config) {
        if (config.masterKey().isPresent()) {
            String origin = config.masterKey().origin();
            return origin == null ? "" : " (" + origin + ": keep a copy apart from the backups)";
        }
        Path file = shown(dev.gatehouse.bootstrap.MasterKeys.file(config));
        return Files.exists(file)
                ? " (" + file + ": keep a copy apart from the backups)"
                : " (not set here and no " + file + ": keep a copy of the key the server runs with, GATEHOUSE_MASTER_KEY"
                        + " or its master.key, apart from the backups)";
    }

    /** A path as the operator reads it in a message: absolute, without "./" steps. */
    static Path shown(Path path) {
        return path.toAbsolutePath().normalize();
    }

    /** A refusal of the file (exists, not a database) is a usage error, exit code 2. */
    static <T> T run(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (java.io.IOException ignored) {
            // a stray temporary file
        }
    }
}
