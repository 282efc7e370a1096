package dev.gatehouse.store;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * This node's turn to write to a SQLite file (SQLite has one writer at a time): every write transaction takes it
 * ({@code jdbi.SqliteWriteQueue}), and {@link SqliteCheckpointer} takes it to copy the last frames of the log so
 * that the log can start over.
 *
 * <p>The turn is not fair: handing each turn to the longest waiter costs a context switch per transaction. But a
 * waiter that is not first in line can then be passed over for as long as writers keep coming, and under steady
 * writes the checkpointer would never get its turn (the log grew to 36 MB of a 24 MB stream in the test). So the
 * checkpointer first closes a gate that writers pass before they queue: those already queued go first, and then it
 * is next.
 */
public final class SqliteWriteTurn {
    private final ReentrantLock turn = new ReentrantLock();
    /** Shared by writers on their way to the turn, exclusive for the checkpointer (which waiting writers then let through). */
    private final ReentrantReadWriteLock gate = new ReentrantReadWriteLock();

    /** Waits up to {@code nanos} for a writer's turn; true when taken. Reentrant: a nested transaction has it already. */
    public boolean tryAcquire(long nanos) throws InterruptedException {
        if (turn.isHeldByCurrentThread()) {
            turn.lock(); // its own turn again: never behind the gate, which may be waiting for this very turn
            return true;
        }
        long deadline = System.nanoTime() + nanos;
        if (!gate.readLock().tryLock(nanos, TimeUnit.NANOSECONDS)) return false;
        try {
            return turn.tryLock(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } finally {
            gate.readLock().unlock();
        }
    }

    public void release() {
        turn.unlock();
    }

    /**
     * Takes the turn ahead of writers that arrive after this call; false when it is not had within {@code millis}.
     * The caller gives it back with {@link #releaseExclusive()}.
     */
    boolean tryExclusive(long millis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        if (!gate.writeLock().tryLock(millis, TimeUnit.MILLISECONDS)) return false;
        boolean taken = false;
        try {
            taken = turn.tryLock(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return taken;
        } finally {
            if (!taken) gate.writeLock().unlock();
        }
    }

    void releaseExclusive() {
        turn.unlock();
        gate.writeLock().unlock();
    }

    /** Writers waiting for their turn (for tests). */
    public int waiting() {
        return turn.getQueueLength();
    }
}
