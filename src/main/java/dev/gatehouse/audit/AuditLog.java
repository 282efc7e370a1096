package dev.gatehouse.audit;

import dev.gatehouse.core.Ids;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records security events. Events are written in batches by one background thread so that a login
 * does not pay a database round trip for its audit row; when the queue is full the caller writes
 * synchronously, so nothing is dropped. {@link #close()} flushes what is queued.
 */
public final class AuditLog implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AuditLog.class);
    private static final int BATCH = 256;

    private final AuditStore store;
    private final Clock clock;
    private final BlockingQueue<AuditEvent> queue = new ArrayBlockingQueue<>(10_000);
    // Events recorded and events handled (written, or logged after the last failed attempt): flush()
    // waits for the writer's batch in flight too, which the queue no longer holds.
    private final AtomicLong recorded = new AtomicLong();
    private final AtomicLong handled = new AtomicLong();
    private final Thread writer;
    private volatile boolean running = true;

    public AuditLog(AuditStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
        this.writer = new Thread(this::run, "audit-writer");
        this.writer.setDaemon(true);
        this.writer.start();
    }

    public void record(String type, String outcome, String userId, String actor, String identifier, String ip, String detail) {
        // Cut to the columns' sizes: a typed name may normalise to thousands of characters, and one
        // over-long value would fail its whole batch on PostgreSQL, losing the events beside it.
        AuditEvent event = new AuditEvent(Ids.newId(clock), type, outcome, userId, cut(actor, 256), cut(identifier, 512), ip, detail,
                clock.instant());
        // Refusals and failures go to the log at once (operators watch for them); successes, which
        // include one event per client_credentials grant, only at DEBUG: they are in the table.
        if ("success".equals(outcome)) LOG.debug("audit type={} outcome={} user={} ip={}", type, outcome, userId, ip);
        else LOG.info("audit type={} outcome={} user={} ip={}", type, outcome, userId, ip);
        recorded.incrementAndGet();
        if (queue.offer(event)) return;
        try {
            store.insertAll(List.of(event));
        } finally {
            handled.incrementAndGet();
        }
    }

    /** At most {@code max} characters, never half a surrogate pair. */
    static String cut(String s, int max) {
        if (s == null || s.length() <= max) return s;
        int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
        return s.substring(0, end);
    }

    /**
     * Writes everything queued so far and waits (up to 10 s) for the batch the writer thread may hold:
     * every event recorded before the call is in the table when it returns (tests and shutdown).
     */
    public void flush() {
        long target = recorded.get();
        List<AuditEvent> batch = new ArrayList<>();
        while (queue.drainTo(batch, BATCH) > 0) {
            writeSafely(batch);
            batch.clear();
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (handled.get() < target && System.nanoTime() < deadline) {
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void run() {
        List<AuditEvent> batch = new ArrayList<>(BATCH);
        while (running) {
            try {
                AuditEvent first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) continue;
                batch.add(first);
                queue.drainTo(batch, BATCH - 1);
                writeSafely(batch);
                batch.clear();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void writeSafely(List<AuditEvent> batch) {
        for (int attempt = 1; ; attempt++) {
            try {
                store.insertAll(batch);
                handled.addAndGet(batch.size());
                return;
            } catch (RuntimeException e) {
                if (attempt >= 5) {
                    LOG.error("could not write {} audit events; they follow", batch.size(), e);
                    for (AuditEvent ev : batch) LOG.error("unwritten audit event {}", ev);
                    handled.addAndGet(batch.size());
                    return;
                }
                try {
                    Thread.sleep(200L * attempt);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    handled.addAndGet(batch.size());
                    return;
                }
            }
        }
    }

    @Override
    public void close() {
        running = false;
        writer.interrupt();
        try {
            writer.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        flush();
    }
}
