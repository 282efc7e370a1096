package dev.gatehouse.store.jdbi;

import dev.gatehouse.store.SqliteWriteTurn;
import java.sql.SQLTransientConnectionException;
import org.jdbi.v3.core.ConnectionException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.transaction.DelegatingTransactionHandler;
import org.jdbi.v3.core.transaction.TransactionHandler;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * Lines up this node's SQLite write transactions on a lock in the JVM before they ask SQLite for its
 * write lock.
 *
 * <p>Why: SQLite has one writer at a time, and a connection that finds the write lock taken waits in
 * SQLite's busy handler, which sleeps 1, 2, 5, 10 ms and longer between attempts. Under a steady
 * stream of refreshes those sleeps, not the work, made the slow tail: p50 2.2 ms, p90 4 ms, p99
 * 12-14 ms at half load. Here the next transaction starts as soon as the previous one ends. The lock
 * is not fair: handing each turn to the longest waiter cost a context switch per transaction and
 * gave a worse tail (p99 30-37 ms against 28-29 ms measured, before the background checkpoint).
 * Another process on the same file (a CLI command) still meets SQLite's own lock and busy handler,
 * so correctness never depends on this queue.
 *
 * <p>Every transaction on this Jdbi is a write on SQLite ({@code transaction_mode=IMMEDIATE} takes the
 * write lock at {@code BEGIN}); reads outside transactions and single autocommit statements do not
 * queue here.
 */
public final class SqliteWriteQueue extends DelegatingTransactionHandler {
    private final SqliteWriteTurn turn;
    private final long timeoutMillis;

    /** @param turn this node's write turn ({@code Database#writeTurn}), shared with the WAL checkpointer */
    public SqliteWriteQueue(TransactionHandler delegate, SqliteWriteTurn turn, long timeoutMillis) {
        super(delegate);
        this.turn = turn;
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    public <R, X extends Exception> R inTransaction(Handle handle, HandleCallback<R, X> callback) throws X {
        acquire(); // reentrant: a nested transaction on this thread already holds its turn
        try {
            return super.inTransaction(handle, callback);
        } finally {
            turn.release();
        }
    }

    @Override
    public <R, X extends Exception> R inTransaction(Handle handle, TransactionIsolationLevel level, HandleCallback<R, X> callback)
            throws X {
        acquire();
        try {
            return super.inTransaction(handle, level, callback);
        } finally {
            turn.release();
        }
    }

    /** Waits its turn as long as SQLite's busy handler would, then fails like an unavailable database (503). */
    private void acquire() {
        if (!Waits.within(timeoutMillis, turn::tryAcquire)) {
            throw new ConnectionException(new SQLTransientConnectionException(
                    "No turn to write to the database within " + timeoutMillis + " ms"));
        }
    }

    /** Transactions waiting for their turn (for tests). */
    int waiting() {
        return turn.waiting();
    }
}
