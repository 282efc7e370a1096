package dev.gatehouse.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies SQLite's write-ahead log back into the database file on a background thread, on its own
 * connection, so that no request pays for it, and keeps the log bounded.
 *
 * <p>Why: the connection whose commit takes the WAL past {@code wal_autocheckpoint} pages (1,000 by default,
 * 10,000 here before) runs a checkpoint inside that commit, with this node's write turn still held: every writer
 * queued behind it waits for the copy and two syncs. Under refreshes that was about once a second, and it was
 * the SQLite refresh grant's p99 at half load (22-26 ms). The pool's connections therefore never
 * checkpoint ({@link Database#SQLITE_AUTOCHECKPOINT_PAGES}); this thread does:
 * <ul>
 *   <li>a PASSIVE checkpoint every period, which never blocks readers or writers
 *       (https://www.sqlite.org/c3ref/wal_checkpoint_v2.html);</li>
 *   <li>under steady writes a PASSIVE checkpoint never catches up (frames arrive while it copies), and the
 *       log only starts over from its beginning once every frame is copied, so it would grow without end.
 *       When it holds {@code boundPages} or more, PASSIVE checkpoints first copy nearly all of it, then
 *       this node's write turn is taken for a last one of what arrived meanwhile (a few milliseconds of
 *       frames and two syncs), and the next writer starts the log over. The writers wait once per bound's
 *       worth of writes, for that tail only, instead of for a whole copy once a second.</li>
 * </ul>
 * Durability is SQLite's own: the checkpoint syncs the log before copying and the database file before the
 * log may be reused ({@code synchronous=NORMAL}); a killed process loses no committed transaction.
 * Another process writing to the same file (a CLI command) is not held by this node's turn: its frames may
 * keep a round from copying everything, and the next round tries again.
 */
public final class SqliteCheckpointer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SqliteCheckpointer.class);
    /** Log size (pages of 4 KiB) at which the log is started over: 32 MB, about 5 s of refreshes at half load. */
    public static final int BOUND_PAGES = 8_192;
    /** How long the last checkpoint of a round waits for this node's write turn before leaving it to the next round. */
    private static final long TURN_WAIT_MILLIS = 1_000;

    private final String url;
    private final SqliteWriteTurn writeTurn;
    private final int boundPages;
    private final ScheduledExecutorService scheduler = BackgroundThreads.daemon("sqlite-checkpoint");
    private Connection connection;

    /**
     * @param writeTurn  this node's write turn ({@link Database#writeTurn()})
     * @param boundPages log size in pages past which the log is started over
     */
    public SqliteCheckpointer(String url, SqliteWriteTurn writeTurn, int boundPages) {
        this.url = url;
        this.writeTurn = writeTurn;
        this.boundPages = boundPages;
    }

    public SqliteCheckpointer(Database database) {
        this(database.url(), database.writeTurn(), BOUND_PAGES);
    }

    public SqliteCheckpointer start(Duration every) {
        scheduler.scheduleWithFixedDelay(this::checkpointQuietly, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    private void checkpointQuietly() {
        try {
            checkpoint();
        } catch (SQLException | RuntimeException e) {
            LOG.debug("WAL checkpoint failed; the next one retries", e);
            closeConnection();
        }
    }

    /**
     * One round: a PASSIVE checkpoint; when the log has reached the bound, a second one (it copies what arrived
     * during the first), then a last one within this node's write turn, which finds no new frame arriving and so
     * copies everything: the next writer starts the log over. True when every frame of the log is now in the
     * database file.
     */
    synchronized boolean checkpoint() throws SQLException {
        Result passive = passive();
        if (passive.logPages() < boundPages) return passive.complete();
        passive();
        if (!tryTurn()) return false;
        try {
            // PASSIVE, not RESTART: RESTART would also wait in SQLite's busy handler (sleeps of 1 to 100 ms) for
            // readers of an older snapshot, with every writer of this node waiting behind it. A reader still on the
            // log when the next writer starts only puts the start-over off to the next round.
            return passive().complete();
        } finally {
            writeTurn.releaseExclusive();
        }
    }

    private record Result(boolean busy, long logPages, long copiedPages) {
        boolean complete() {
            return !busy && logPages == copiedPages;
        }
    }

    private Result passive() throws SQLException {
        if (connection == null || connection.isClosed()) {
            // In WAL mode itself: a connection opened before the pool's first one switched a new file to WAL
            // would otherwise answer "not in WAL mode" (-1) to every checkpoint for as long as it lives.
            Properties props = new Properties();
            props.setProperty("journal_mode", "WAL");
            connection = DriverManager.getConnection(url, props);
        }
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA wal_checkpoint(PASSIVE)")) {
            if (!rs.next()) return new Result(true, 0, 0);
            return new Result(rs.getInt(1) != 0, rs.getLong(2), rs.getLong(3));
        }
    }

    private synchronized void closeConnection() {
        try {
            if (connection != null) connection.close();
        } catch (SQLException ignored) {
            // the connection is gone either way
        }
        connection = null;
    }

    @Override
    public void close() {
        BackgroundThreads.stop(scheduler);
        closeConnection();
    }

    private boolean tryTurn() {
        try {
            return writeTurn.tryExclusive(TURN_WAIT_MILLIS);
        } catch (InterruptedException e) { // closing
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
