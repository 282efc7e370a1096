package dev.gatehouse.bootstrap;

import dev.gatehouse.admin.KeyAdmin;
import dev.gatehouse.keys.KeyInfo;
import dev.gatehouse.store.BackgroundThreads;
import dev.gatehouse.store.JobLease;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code keys.rotation.interval}: every minute the node holding the {@code key_rotation} lease replaces the
 * signing keys that have reached the interval. Whether a key is due is read from the database (its
 * {@code created_at}), never from a timer of this process, so restarts neither skip nor repeat a rotation;
 * the store's conditional rotation makes it happen once even if two nodes both believed they held the lease.
 */
public final class KeyRotationJob implements AutoCloseable {
    static final String LEASE_NAME = "key_rotation";
    /** Renewed every check; a node that dies leaves the job to another after at most this long. */
    static final Duration LEASE = Duration.ofMinutes(5);
    static final Duration EVERY = Duration.ofMinutes(1);
    private static final Logger LOG = LoggerFactory.getLogger(KeyRotationJob.class);

    private final KeyAdmin keys;
    private final JobLease lease;
    private final Duration interval;
    private final ScheduledExecutorService scheduler = BackgroundThreads.daemon("key-rotation");

    KeyRotationJob(KeyAdmin keys, JobLease lease, Duration interval) {
        this.keys = keys;
        this.lease = lease;
        this.interval = interval;
    }

    KeyRotationJob start() {
        scheduler.scheduleWithFixedDelay(this::runSafely, 0, EVERY.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /**
     * One check: takes or renews the lease, and if this node holds it, rotates the keys that are due.
     *
     * @return the new keys; empty when none was due or another node holds the lease
     */
    public List<KeyInfo> runOnce() {
        if (!lease.tryAcquire()) return List.of();
        return keys.rotateDue(interval);
    }

    private void runSafely() {
        try {
            runOnce();
        } catch (RuntimeException e) {
            LOG.warn("scheduled key rotation failed; will retry", e);
        }
    }

    /** Stops checking and gives the lease up, so another node takes the job at its next check. */
    @Override
    public void close() {
        BackgroundThreads.stop(scheduler);
        lease.release();
    }
}
