package dev.gatehouse.mail;

import dev.gatehouse.core.Ids;
import dev.gatehouse.core.SecureTokens;
import dev.gatehouse.keys.MasterKey;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The transactional outbox for mail. {@link #enqueue} is one INSERT on the caller's thread, so a
 * request never waits for a mail server; a background sender on every node claims due messages one
 * at a time with a lease (a conditional UPDATE), sends them, and marks them sent, or schedules a
 * retry with exponential back-off. A message accepted before a crash stays pending and is sent after
 * the restart (or by another node once the lease runs out); two nodes never hold the same lease, so
 * a message is not sent twice unless a node dies between the SMTP server's acceptance and the
 * "sent" mark (at-least-once at that single point; the stable Message-ID lets receivers spot it).
 *
 * <p>Bodies carry single-use links, which are credentials: they are sealed with the master key
 * (AES-GCM, bound to the row id) while waiting and erased once sent.
 */
public final class Outbox implements MailQueue, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);
    private static final Base64.Encoder B64 = Base64.getEncoder();
    private static final Base64.Decoder B64D = Base64.getDecoder();
    /** Messages one run sends at most before yielding, so a backlog cannot starve the schedule. */
    private static final int MAX_PER_RUN = 100;

    /**
     * @param pollInterval how often to look for due mail (another node's, or retries)
     * @param retryBase    first retry delay, doubled per attempt
     * @param retryMax     longest retry delay
     * @param maxAttempts  attempts before a message is marked failed
     * @param lease        how long a claim holds a message; must exceed the longest possible send
     */
    public record Settings(Duration pollInterval, Duration retryBase, Duration retryMax, int maxAttempts, Duration lease) {}

    private final OutboxStore store;
    private final MailTransport transport;
    private final MasterKey key;
    private final Clock clock;
    private final Settings settings;
    private final MeterRegistry metrics;
    private final String owner = "node-" + SecureTokens.random(9);
    private final AtomicBoolean runQueued = new AtomicBoolean();
    private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "mail-outbox");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean started;

    public Outbox(OutboxStore store, MailTransport transport, MasterKey key, Clock clock, Settings settings, MeterRegistry metrics) {
        this.store = store;
        this.transport = transport;
        this.key = key;
        this.clock = clock;
        this.settings = settings;
        this.metrics = metrics;
    }

    @Override
    public String enqueue(MailMessage m) {
        String id = Ids.newId(clock);
        Instant now = clock.instant();
        store.insert(new OutboxStore.Row(id, m.kind(), m.to(), m.subject(), seal(id, "text", m.text()), seal(id, "html", m.html()),
                0, now), now);
        metrics.counter("gatehouse_mail_enqueued", "kind", m.kind()).increment();
        wake();
        return id;
    }

    /** Starts the background sender: a run now, then one every poll interval. */
    public Outbox start() {
        started = true;
        long every = settings.pollInterval().toMillis();
        sender.scheduleWithFixedDelay(this::runSafely, 0, every, TimeUnit.MILLISECONDS);
        return this;
    }

    /** Asks the sender for a run soon, without waiting for the next poll (mail enqueued on this node). */
    private void wake() {
        if (started && runQueued.compareAndSet(false, true)) {
            try {
                sender.execute(() -> {
                    runQueued.set(false);
                    runSafely();
                });
            } catch (java.util.concurrent.RejectedExecutionException e) {
                runQueued.set(false); // closing: the message stays pending for the next start
            }
        }
    }

    private void runSafely() {
        try {
            runOnce();
        } catch (RuntimeException e) {
            LOG.warn("mail outbox run failed; will retry at the next poll", e);
        }
    }

    /**
     * Sends what is due now, one claimed message at a time.
     *
     * @return messages attempted
     */
    public int runOnce() {
        int attempted = 0;
        while (attempted < MAX_PER_RUN && !Thread.currentThread().isInterrupted()) {
            Instant now = clock.instant();
            Optional<OutboxStore.Row> claimed = store.claimNext(owner, now, now.plus(settings.lease()));
            if (claimed.isEmpty()) break;
            attempted++;
            deliver(claimed.get());
        }
        return attempted;
    }

    private void deliver(OutboxStore.Row row) {
        MailMessage message;
        try {
            message = new MailMessage(row.kind(), row.recipient(), row.subject(), open(row.id(), "text", row.textEnc()),
                    open(row.id(), "html", row.htmlEnc()));
        } catch (RuntimeException e) {
            // Sealed under another master key (nodes must share one): no retry can open it.
            LOG.error("mail {} cannot be decrypted with this node's master key; marked failed", row.id());
            store.markFailed(row.id(), owner, "cannot decrypt");
            count("failed", row.kind());
            return;
        }
        try {
            transport.send(row.id(), message);
        } catch (MailDeliveryException e) {
            if (e.permanent() || row.attempts() >= settings.maxAttempts()) {
                LOG.warn("mail {} ({}) failed after {} attempt(s), giving up: {}", row.id(), row.kind(), row.attempts(), e.getMessage());
                store.markFailed(row.id(), owner, truncate(e.getMessage()));
                count("failed", row.kind());
            } else {
                Instant next = clock.instant().plus(backoff(row.attempts()));
                LOG.info("mail {} ({}) attempt {} failed, next attempt at {}: {}", row.id(), row.kind(), row.attempts(), next, e.getMessage());
                store.markRetry(row.id(), owner, next, truncate(e.getMessage()));
                count("retry", row.kind());
            }
            return;
        } catch (RuntimeException e) {
            Instant next = clock.instant().plus(backoff(row.attempts()));
            LOG.warn("mail {} ({}) attempt {} failed unexpectedly, next attempt at {}", row.id(), row.kind(), row.attempts(), next, e);
            store.markRetry(row.id(), owner, next, truncate(e.getClass().getSimpleName()));
            count("retry", row.kind());
            return;
        }
        if (!store.markSent(row.id(), owner, clock.instant())) {
            LOG.warn("mail {} was sent after its lease ran out; another node may send it again", row.id());
        }
        count("sent", row.kind());
    }

    /** base · 2^(attempt-1), capped at the maximum. */
    Duration backoff(int attempt) {
        int doublings = Math.min(Math.max(attempt - 1, 0), 30);
        Duration d = settings.retryBase().multipliedBy(1L << doublings);
        return d.compareTo(settings.retryMax()) > 0 ? settings.retryMax() : d;
    }

    private String seal(String id, String part, String plain) {
        return B64.encodeToString(key.encrypt(plain.getBytes(StandardCharsets.UTF_8), aad(id, part)));
    }

    private String open(String id, String part, String sealed) {
        return new String(key.decrypt(B64D.decode(sealed), aad(id, part)), StandardCharsets.UTF_8);
    }

    private static byte[] aad(String id, String part) {
        return ("mail_outbox:" + id + ":" + part).getBytes(StandardCharsets.UTF_8);
    }

    private void count(String outcome, String kind) {
        metrics.counter("gatehouse_mail_deliveries", "outcome", outcome, "kind", kind).increment();
    }

    private static String truncate(String s) {
        String v = String.valueOf(s);
        return v.length() > 500 ? v.substring(0, 500) : v;
    }

    public String transportName() {
        return transport.name();
    }

    /**
     * Stops the sender. A message being sent is interrupted and stays pending; its lease is released
     * so that the next start or another node sends it without waiting for the lease to run out.
     */
    @Override
    public void close() {
        sender.shutdownNow();
        boolean stopped = false;
        try {
            stopped = sender.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!started) return;
        if (!stopped) return; // still sending: keep the lease, so nobody sends the message beside it
        try {
            store.releaseLeases(owner);
        } catch (RuntimeException e) {
            LOG.warn("could not release the outbox leases of this node; they expire on their own", e);
        }
    }
}
