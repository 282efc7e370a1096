package dev.gatehouse.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An operating-system lock on {@code <database>.lock} beside a SQLite file, held by every process that has it
 * open, the server and every command ({@code user create}, {@code migrate}, {@code backup}...) (shared), and by
 * {@code gatehouse restore} (exclusive), so that a restore never replaces the file under a process that is
 * still writing to it. A lock file of its own: a lock taken on the database file itself would be dropped with
 * SQLite's own locks when either side closes the file (POSIX record locks belong to the process). The lock
 * ends with the process, however it ends.
 */
public final class SqliteServeLock implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SqliteServeLock.class);

    private final FileChannel channel;
    private final FileLock lock;

    private SqliteServeLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    public static Path lockFile(Path database) {
        return database.resolveSibling(database.getFileName() + ".lock");
    }

    /**
     * The shared lock of a process that opens the database; null when another user of it in this JVM already
     * holds it or the file system has no locks (the restore's refusal is the safeguard, not this).
     *
     * @throws IllegalStateException while {@code gatehouse restore} replaces the file
     */
    public static SqliteServeLock serving(Path database) {
        Optional<SqliteServeLock> lock;
        try {
            lock = take(database, true);
        } catch (UncheckedIOException | OverlappingFileLockException e) {
            LOG.debug("no serve lock on {}: {}", lockFile(database), e.toString());
            return null;
        }
        return lock.orElseThrow(() -> new IllegalStateException("gatehouse restore is replacing " + database + " (it holds "
                + lockFile(database) + "); try again when it has finished"));
    }

    /** The restore's exclusive lock; empty while any server or command holds its shared one. */
    public static Optional<SqliteServeLock> exclusive(Path database) {
        try {
            return take(database, false);
        } catch (OverlappingFileLockException e) {
            return Optional.empty(); // a server in this very JVM holds it
        }
    }

    private static Optional<SqliteServeLock> take(Path database, boolean shared) {
        FileChannel channel = null;
        try {
            channel = FileChannel.open(lockFile(database), StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock(0, Long.MAX_VALUE, shared);
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            return Optional.of(new SqliteServeLock(channel, lock));
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("cannot lock " + lockFile(database) + ": " + SqliteBackup.reason(e), e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) return;
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing held
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // released with the channel anyway
        }
        closeQuietly(channel);
    }
}
