package dev.gatehouse.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;

/**
 * Backup and restore of a SQLite database file (docs/operations.md).
 *
 * <p>A backup is {@code VACUUM INTO} from a connection of its own: it reads one snapshot (a read transaction,
 * which WAL lets run beside the server's writes), so the copy is consistent however busy the server is, and
 * it is a compact database file that needs no -wal beside it. A restore checks that the file is a Gatehouse
 * database this version can migrate, refuses while a server or command holds the {@link SqliteServeLock}, keeps the
 * current file aside and puts the copy in its place; the server migrates it at its next start.
 */
public final class SqliteBackup {
    /** The first 16 bytes of every SQLite 3 database file. */
    private static final byte[] HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private SqliteBackup() {}

    /** What a backup or restore did, for the command's report. */
    public record Report(Path database, Path file, int schemaVersion, long bytes, Path keptAside) {}

    /**
     * Copies the live database at {@code database} into {@code target} (written beside it first, then moved
     * into place, readable by the owner only: it holds password hashes and sealed secrets).
     *
     * @param replace replace an existing {@code target}; otherwise an existing one is refused
     * @throws IllegalArgumentException when {@code target} exists and {@code replace} is false, or there is no database
     */
    public static Report backup(Path database, Path target, boolean replace) {
        if (!Files.isRegularFile(database)) throw new IllegalArgumentException("there is no database at " + database);
        Path out = target.toAbsolutePath();
        // NOFOLLOW_LINKS: a link that leads nowhere is still something at that name.
        if (Files.exists(out, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !replace) {
            throw new IllegalArgumentException(target + " exists; choose another name or add --force to replace it");
        }
        if (Files.isDirectory(out)) throw new IllegalArgumentException(target + " is a directory");
        if (isTheDatabase(out, database)) {
            // Moved over the live file (or its -wal), the copy would sit under the server's open connections,
            // with the old write-ahead log beside it: lost writes or a corrupt database.
            throw new IllegalArgumentException(target + " is the database itself (or one of its files): back up to another name");
        }
        Path tmp = null;
        // Shared, like any process reading the file: a restore does not swap the file while it is copied.
        SqliteServeLock lock = SqliteServeLock.serving(database);
        try {
            Database.createPrivateDirectories(out.getParent());
            tmp = Files.createTempFile(out.getParent(), "." + out.getFileName(), ".tmp");
            ownerOnly(tmp);
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database);
                 PreparedStatement vacuum = c.prepareStatement("VACUUM INTO ?")) {
                // VACUUM INTO writes to an empty file only; the temporary file is empty.
                vacuum.setString(1, tmp.toString());
                vacuum.execute();
            }
            int version = inspect(tmp);
            try (java.nio.channels.FileChannel written = java.nio.channels.FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                written.force(true); // on disk before it takes the backup's name: a crash never leaves a hole there
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new Report(database, out, version, Files.size(out), null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the backup " + target + ": " + reason(e), e);
        } catch (SQLException e) {
            throw new IllegalStateException("the backup of " + database + " failed: " + e.getMessage(), e);
        } finally {
            deleteQuietly(tmp);
            if (lock != null) lock.close();
        }
    }

    /**
     * What went wrong with a file, in words: the JDK's exceptions for a missing directory or a refused
     * permission carry only the path as their message ("/backups"), which reads like no reason at all.
     */
    public static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException a) return "permission denied on " + a.getFile();
        if (e instanceof java.nio.file.NoSuchFileException n) return "no such file or directory: " + n.getFile();
        if (e instanceof java.nio.file.FileAlreadyExistsException f) return f.getFile() + " exists and is not a directory";
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) return f.getFile() + ": " + f.getReason();
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /**
     * The schema version of a Gatehouse database file, read without changing it.
     *
     * @throws IllegalArgumentException when it is not a SQLite database, not a Gatehouse one, or of a schema
     *                                  newer than this version knows ({@link Migrations#LATEST})
     */
    public static int inspect(Path file) {
        if (!Files.isRegularFile(file)) throw new IllegalArgumentException(file + " is not a file");
        try (InputStream in = Files.newInputStream(file)) {
            byte[] header = in.readNBytes(HEADER.length);
            if (!Arrays.equals(header, HEADER)) {
                if (isPgDump(header)) {
                    throw new IllegalArgumentException(file + " is a PostgreSQL dump (pg_dump), not a SQLite database: restore it"
                            + " with database.url set to an empty PostgreSQL database");
                }
                throw new IllegalArgumentException(file + " is not a SQLite database");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        int version;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + uriPath(file) + "?mode=ro&immutable=1");
             Statement s = c.createStatement()) {
            // A truncated or damaged copy still has its first pages (the schema, the history): only a check
            // of every page tells, before it replaces a database that works.
            try (ResultSet rs = s.executeQuery("PRAGMA quick_check(1)")) {
                String result = rs.next() ? rs.getString(1) : "no answer";
                if (!"ok".equals(result)) throw new IllegalArgumentException(file + " is damaged (SQLite's quick_check: " + result + ")");
            }
            if (!hasTable(s, "flyway_schema_history") || !hasTable(s, "signing_keys") || !hasTable(s, "users")) {
                throw new IllegalArgumentException(file + " is a SQLite database but not a Gatehouse one");
            }
            version = 0;
            try (ResultSet rs = s.executeQuery("SELECT version FROM flyway_schema_history WHERE success = 1 AND version IS NOT NULL")) {
                while (rs.next()) {
                    String v = rs.getString(1);
                    if (v.matches("\\d{1,9}")) version = Math.max(version, Integer.parseInt(v));
                }
            }
        } catch (SQLException e) {
            throw new IllegalArgumentException(file + " cannot be read as a SQLite database: " + e.getMessage(), e);
        }
        if (version > Migrations.LATEST) {
            throw new IllegalArgumentException(file + " has schema version " + version + ", newer than this Gatehouse knows ("
                    + Migrations.LATEST + "): restore it with the version that made it");
        }
        return version;
    }

    /** The magic of a file as {@code gatehouse backup} writes it for SQLite. */
    public static boolean isSqlite(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(HEADER.length), HEADER);
        } catch (IOException e) {
            return false;
        }
    }

    /** pg_dump's custom format starts with "PGDMP" (its pg_backup_archiver.c). */
    private static boolean isPgDump(byte[] header) {
        return header.length >= 5 && new String(header, 0, 5, StandardCharsets.US_ASCII).equals("PGDMP");
    }

    /** A signing key's row as stored: its kid and its private key sealed with the master key (base64). */
    public record SealedKey(String kid, String sealed) {}

    /** The newest signing key of the Gatehouse database {@code file}, read without changing it; empty when it has none. */
    public static java.util.Optional<SealedKey> newestSigningKey(Path file) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + uriPath(file) + "?mode=ro&immutable=1");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT kid, private_key_enc FROM signing_keys ORDER BY created_at DESC LIMIT 1")) {
            return rs.next() ? java.util.Optional.of(new SealedKey(rs.getString(1), rs.getString(2))) : java.util.Optional.empty();
        } catch (SQLException e) {
            throw new IllegalArgumentException(file + " cannot be read as a SQLite database: " + e.getMessage(), e);
        }
    }

    /**
     * Puts the backup {@code file} in the place of {@code database}; the current database (with its -wal
     * and -shm) is renamed to {@code <database>.before-restore-<UTC time>} first.
     *
     * @param keyCheck given the backup's newest signing key before anything changes; throws to refuse it
     * @throws IllegalStateException    while a server serves {@code database} or a command has it open
     * @throws IllegalArgumentException when {@code file} is not a Gatehouse database this version can migrate
     */
    public static Report restore(Path file, Path database, Instant now, java.util.function.Consumer<SealedKey> keyCheck) {
        int version = inspect(file);
        newestSigningKey(file).ifPresent(keyCheck);
        if (isTheDatabase(file, database)) throw new IllegalArgumentException(file + " is the database itself");
        try {
            // A restore onto a new machine: the data directory does not exist yet, and the lock file goes into it.
            Database.createPrivateDirectories(database.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the directory of " + database + ": " + reason(e), e);
        }
        try (SqliteServeLock lock = SqliteServeLock.exclusive(database).orElseThrow(() -> new IllegalStateException(
                "a Gatehouse server or command is using " + database + " (it holds " + SqliteServeLock.lockFile(database)
                        + "): stop every server on it and let commands finish, then restore"))) {
            Path tmp = Files.createTempFile(database.getParent(), "." + database.getFileName(), ".restore");
            try {
                ownerOnly(tmp);
                // Into the file made above, not Files.copy(file, tmp, REPLACE_EXISTING): that makes the target
                // anew with the backup's mode (0644 after a `cat > file`), and the database would take it.
                try (java.nio.channels.FileChannel copy = java.nio.channels.FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                    Files.copy(file, java.nio.channels.Channels.newOutputStream(copy));
                    // On disk before it takes the database's name: a crash after the rename never leaves a hole there.
                    copy.force(true);
                }
                // What goes in place is the copy: a backup file changed since it was checked above is checked again.
                if (inspect(tmp) != version) throw new IllegalArgumentException(file + " changed while it was restored; nothing was changed");
                newestSigningKey(tmp).ifPresent(keyCheck);
                Path aside = null;
                if (Files.exists(database)) {
                    aside = database.resolveSibling(database.getFileName() + ".before-restore-" + STAMP.format(now));
                    // The -wal holds committed writes not yet copied into the file: it moves with it, under the
                    // name SQLite looks for beside the renamed file.
                    for (String suffix : new String[] {"-wal", "-shm"}) {
                        Path companion = database.resolveSibling(database.getFileName() + suffix);
                        if (Files.exists(companion)) Files.move(companion, aside.resolveSibling(aside.getFileName() + suffix));
                    }
                    Files.move(database, aside);
                }
                Files.move(tmp, database, StandardCopyOption.ATOMIC_MOVE);
                return new Report(database, file, version, Files.size(database), aside);
            } finally {
                deleteQuietly(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the restore into " + database + " failed: " + reason(e), e);
        }
    }

    /**
     * The path of {@code file} in a SQLite URI filename (sqlite.org/uri.html): {@code ?} and {@code #} would end the
     * path and {@code %XX} would be decoded into another name, so these three are percent-encoded.
     */
    static String uriPath(Path file) {
        return file.toAbsolutePath().toString().replace("%", "%25").replace("?", "%3f").replace("#", "%23");
    }

    /** {@code file} is {@code database}, or its -wal, -shm, -journal or lock file (by name, or the same file). */
    private static boolean isTheDatabase(Path file, Path database) {
        Path f = file.toAbsolutePath().normalize();
        Path db = database.toAbsolutePath().normalize();
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal", ".lock"}) {
            Path companion = db.resolveSibling(db.getFileName() + suffix);
            if (f.equals(companion)) return true;
            try {
                if (Files.exists(f) && Files.exists(companion) && Files.isSameFile(f, companion)) return true;
            } catch (IOException e) {
                // unreadable: not known to be the same
            }
        }
        return false;
    }

    private static boolean hasTable(Statement s, String name) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '" + name + "'")) {
            return rs.next();
        }
    }

    private static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) return;
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a stray temporary file
        }
    }
}
