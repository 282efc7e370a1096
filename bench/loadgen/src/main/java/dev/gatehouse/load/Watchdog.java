package dev.gatehouse.load;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * Enforces the request timeout of blocking {@link HttpConnection}s from one thread, so the
 * connections can keep their sockets in blocking mode (see there). A connect or exchange
 * running longer than the timeout has its socket closed.
 */
final class Watchdog implements AutoCloseable {

    private final List<HttpConnection> connections;
    private final long timeoutNanos;
    private final long periodNanos;
    private final Thread thread;
    private volatile boolean running = true;

    Watchdog(List<HttpConnection> connections, Duration timeout) {
        this.connections = List.copyOf(connections);
        this.timeoutNanos = timeout.toNanos();
        // a tenth of the timeout, between 1 ms and 100 ms: overshoots it by at most 10%
        this.periodNanos = Math.max(1_000_000L, Math.min(100_000_000L, timeoutNanos / 10));
        this.thread = new Thread(this::watch, "load-watchdog");
        thread.setDaemon(true);
        thread.start();
    }

    private void watch() {
        while (running) {
            LockSupport.parkNanos(periodNanos);
            long startedBefore = System.nanoTime() - timeoutNanos;
            for (HttpConnection c : connections) {
                c.abortIfStartedBefore(startedBefore);
            }
        }
    }

    @Override
    public void close() {
        running = false;
        LockSupport.unpark(thread);
    }
}
