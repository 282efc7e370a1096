package dev.gatehouse.bootstrap;

import dev.gatehouse.admin.KeyAdmin;
import dev.gatehouse.password.HashPool;
import dev.gatehouse.config.GatehouseConfig;
import dev.gatehouse.mail.Outbox;
import dev.gatehouse.metrics.Sampler;
import dev.gatehouse.session.LiveSessionCache;
import dev.gatehouse.store.Database;
import dev.gatehouse.store.Housekeeping;
import dev.gatehouse.store.JobLease;
import dev.gatehouse.store.PostgresListener;
import dev.gatehouse.store.SqliteCheckpointer;
import dev.gatehouse.store.jdbi.LiveSessionWrites;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The work that runs beside requests, with one start order and the reverse close order:
 * executors, outbox, the scheduled key rotation, housekeeping, the SQLite checkpointer or the PostgreSQL listener, memory
 * trimming. The executors exist from construction (services take them); the jobs start in
 * {@link #start} and only when serving (CLI commands run none).
 */
final class Background implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Background.class);
    /**
     * How long after the ports open the work that serving does not need waits (the post-start full
     * collection, binding the JVM meters): on two cores it competed with the first requests, readiness's
     * among them, and a full collection stops every thread (docs/benchmarks.md, start-up).
     */
    static final long SETTLE_MILLIS = 1_000;
    /** Runs the lookup and mail of a forgot-password request off the request thread (bounded). */
    private final ScheduledExecutorService accountMail = daemon("account-mail");
    private final ScheduledExecutorService nativeTrim = daemon("native-trim");
    private final ScheduledExecutorService dashboard = daemon("dashboard-sampler");
    private Outbox outbox;
    private Housekeeping housekeeping;
    private SqliteCheckpointer checkpointer;
    private PostgresListener liveSessionFeed;
    private KeyRotationJob keyRotation;

    ScheduledExecutorService accountMail() {
        return accountMail;
    }

    /** The outbox is closed here even when it never started (CLI), as before: it may hold a claim. */
    void own(Outbox outbox) {
        this.outbox = outbox;
    }

    void start(GatehouseConfig config, Clock clock, Stores stores, HashPool hashPool, KeyAdmin keys) {
        outbox.start();
        Duration rotation = config.operations().keyRotationInterval();
        if (rotation != null) {
            keyRotation = new KeyRotationJob(keys, new JobLease(stores.jdbi(), clock, KeyRotationJob.LEASE_NAME, KeyRotationJob.LEASE,
                    UUID.randomUUID().toString()), rotation).start();
        }
        housekeeping = new Housekeeping(stores.jdbi(), clock, config.tokens().sessionIdleTtl(), config.audit().retention(),
                config.tokens().refreshReuseInterval()).start(Duration.ofMinutes(10));
        if (stores.database().dialect() == Database.Dialect.SQLITE) {
            checkpointer = new SqliteCheckpointer(stores.database()).start(Duration.ofMillis(200));
        } else if (!config.tokens().sessionCacheTtl().isZero()) {
            liveSessionFeed = listen(config.database(), stores.liveCaches());
        }
    }

    /** The scheduled key rotation; null when {@code keys.rotation.interval} is off or the jobs did not start. */
    KeyRotationJob keyRotation() {
        return keyRotation;
    }

    /**
     * Start-up and JIT compilation free ~15-20 MB of native memory in the seconds after start; glibc
     * keeps it until trimmed. A trim costs well under a millisecond when idle. For the first 30 s it
     * runs every 2 s: the compilers go on for seconds after ready, and with 10 s an idle node held
     * ~7 MB more for its first 12 s (docs/benchmarks.md, launcher). Then every 10 s, as before: a
     * trim under load hands back what the next native allocations fault in again. An idle hashing
     * pool also frees the Argon2 memory matrices it keeps between hashes (19 MiB per hashing thread).
     */
    void trimMemory(HashPool hashPool) {
        nativeTrim.schedule(MemoryTuning::afterStartup, SETTLE_MILLIS, TimeUnit.MILLISECONDS);
        AtomicInteger runs = new AtomicInteger();
        nativeTrim.scheduleWithFixedDelay(() -> {
            int run = runs.incrementAndGet();
            if (run > 15 && run % 5 != 0) return;
            if (hashPool.releaseIfIdle()) MemoryTuning.releaseFreeNativeMemory();
        }, 2, 2, TimeUnit.SECONDS);
    }

    /**
     * The admin console's dashboard: this node's counters sampled every few seconds. A failed sample (the
     * database away for the session count) is logged and the next one runs: an exception must not end
     * the schedule (ScheduledExecutorService stops a task that throws).
     */
    void sample(Sampler sampler) {
        dashboard.scheduleAtFixedRate(() -> {
            try {
                sampler.sample();
            } catch (RuntimeException e) {
                LOG.warn("Dashboard sample failed: {}", e.toString());
            }
        }, 0, DashboardSampler.EVERY_SECONDS, TimeUnit.SECONDS);
    }

    /** Sessions revoked and users or grants changed on other nodes drop this node's cache at once. */
    private static PostgresListener listen(GatehouseConfig.Database db, LiveSessionCache.Group caches) {
        return new PostgresListener(db.url(), db.username(), db.password().isPresent() ? db.password().value() : null,
                LiveSessionWrites.CHANNEL, new PostgresListener.Events() {
                    @Override
                    public void listening() {
                        caches.resume();
                    }

                    @Override
                    public void notified() {
                        caches.invalidateAll();
                    }

                    @Override
                    public void lost() {
                        caches.suspend();
                    }
                }).start();
    }

    @Override
    public void close() {
        // Jobs holding a lease give it up as they stop, so another node takes them over at once.
        if (keyRotation != null) keyRotation.close();
        if (housekeeping != null) housekeeping.close();
        if (checkpointer != null) checkpointer.close();
        if (liveSessionFeed != null) liveSessionFeed.close();
        accountMail.shutdown();
        try {
            accountMail.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (outbox != null) outbox.close();
        nativeTrim.shutdownNow();
        dashboard.shutdownNow();
        try {
            // A sample in flight may be counting sessions: let it finish before the pool closes.
            dashboard.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ScheduledExecutorService daemon(String name) {
        return Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }
}
