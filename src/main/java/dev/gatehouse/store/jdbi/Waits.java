package dev.gatehouse.store.jdbi;

import java.util.concurrent.TimeUnit;

/**
 * Timed waits for a database turn that an interrupt does not cut short, as the JDBC drivers' own
 * waits are not: a shutdown interrupts the audit writer and then expects its last batch in the
 * table. The interrupt flag is restored once the wait is over, so the caller still sees it.
 */
final class Waits {
    /** One timed attempt, like {@code Semaphore.tryAcquire(n, NANOSECONDS)}. */
    @FunctionalInterface
    interface Attempt {
        boolean tryAcquire(long nanos) throws InterruptedException;
    }

    private Waits() {}

    /** True once acquired, false when {@code timeoutMillis} passed first. */
    static boolean within(long timeoutMillis, Attempt attempt) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return attempt.tryAcquire(Math.max(0, deadline - System.nanoTime()));
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) Thread.currentThread().interrupt();
        }
    }
}
