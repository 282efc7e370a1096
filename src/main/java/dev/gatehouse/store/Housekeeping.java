package dev.gatehouse.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes rows nobody can use any more: sessions and login sessions a week after they ended (spent
 * refresh token hashes go with their session), throttle counters that have decayed, spent or
 * expired mail links and delivered mail; and erases sealed refresh successors past the reuse
 * interval, and retired signing keys once their publication ended. Idempotent writes, so running on every node at once is harmless. Audit events past
 * their retention are purged by one node at a time: the one holding the {@code audit_purge} lease.
 */
public final class Housekeeping implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Housekeeping.class);
    private static final Duration KEEP_ENDED = Duration.ofDays(7);
    static final String AUDIT_PURGE = "audit_purge";
    /** How long a purge lease lasts; a purge stops at half of it, so it never outlives its lease. */
    static final Duration LEASE = Duration.ofMinutes(5);
    private static final int PURGE_BATCH = 1000;
    /** The longest {@code refresh.reuse.interval} allowed: what is older is of no use under any setting. */
    private static final Duration LONGEST_REUSE_INTERVAL = Duration.ofMinutes(1);

    private final Jdbi jdbi;
    private final Clock clock;
    private final Duration idleTtl;
    private final Duration auditRetention;
    private final Duration reuseInterval;
    private final JobLease purgeLease;
    private final ScheduledExecutorService scheduler = BackgroundThreads.daemon("housekeeping");

    public Housekeeping(Jdbi jdbi, Clock clock, Duration idleTtl) {
        this(jdbi, clock, idleTtl, null);
    }

    /** @param auditRetention audit events older than this are purged; null keeps them forever */
    public Housekeeping(Jdbi jdbi, Clock clock, Duration idleTtl, Duration auditRetention) {
        this(jdbi, clock, idleTtl, auditRetention, LONGEST_REUSE_INTERVAL);
    }

    /** @param reuseInterval {@code refresh.reuse.interval}: sealed refresh successors older than this are erased */
    public Housekeeping(Jdbi jdbi, Clock clock, Duration idleTtl, Duration auditRetention, Duration reuseInterval) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.idleTtl = idleTtl;
        this.auditRetention = auditRetention;
        this.reuseInterval = reuseInterval;
        this.purgeLease = new JobLease(jdbi, clock, AUDIT_PURGE, LEASE, UUID.randomUUID().toString());
    }

    public Housekeeping start(Duration every) {
        scheduler.scheduleWithFixedDelay(this::runSafely, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /** @return rows deleted */
    public int run() {
        Instant now = clock.instant();
        long cutoff = now.minus(KEEP_ENDED).toEpochMilli();
        long idleCutoff = now.minus(idleTtl).minus(KEEP_ENDED).toEpochMilli();
        return jdbi.withHandle(h -> {
            int used = h.createUpdate("""
                            DELETE FROM used_refresh_tokens WHERE session_id IN (
                              SELECT id FROM sessions WHERE revoked_at < :cutoff OR expires_at < :cutoff OR last_used_at < :idle)
                            """)
                    .bind("cutoff", cutoff).bind("idle", idleCutoff).execute();
            int sessions = h.createUpdate("DELETE FROM sessions WHERE revoked_at < :cutoff OR expires_at < :cutoff OR last_used_at < :idle")
                    .bind("cutoff", cutoff).bind("idle", idleCutoff).execute();
            int throttle = h.createUpdate("DELETE FROM login_throttle WHERE updated_at < :day AND locked_until < :now")
                    .bind("day", now.minus(Duration.ofDays(1)).toEpochMilli()).bind("now", now.toEpochMilli()).execute();
            // Mail links a week after they expired or were spent; delivered mail after a week (its
            // bodies are already erased), failed mail after 30 days for the operator to look at.
            int links = h.createUpdate("DELETE FROM account_tokens WHERE expires_at < :cutoff OR used_at < :cutoff")
                    .bind("cutoff", cutoff).execute();
            int mail = h.createUpdate("""
                            DELETE FROM mail_outbox WHERE (status = 'sent' AND sent_at < :cutoff)
                               OR (status = 'failed' AND created_at < :failedCutoff)
                            """)
                    .bind("cutoff", cutoff).bind("failedCutoff", now.minus(Duration.ofDays(30)).toEpochMilli()).execute();
            // A session merged into another (two tabs signing in again at once) ended, but its cookie stands for
            // that one as long as it lives: it goes once expired, as that one does. So does one replaced by a
            // re-sign-in: an ID token issued for it still proves a logout of the session it went on as
            // (EndSessionService), for as long as login.session.ttl, which may be longer than a week.
            int loginSessions = h.createUpdate("""
                            DELETE FROM login_sessions
                             WHERE (revoked_at < :cutoff AND merged_into IS NULL AND replaced_by IS NULL) OR expires_at < :cutoff
                            """)
                    .bind("cutoff", cutoff).execute();
            int assertions = h.createUpdate("DELETE FROM client_assertion_jtis WHERE expires_at < :now")
                    .bind("now", now.toEpochMilli()).execute();
            // Authorization codes and pending authorization requests live minutes; codes are kept a week for reuse detection.
            int codes = h.createUpdate("DELETE FROM authorization_codes WHERE expires_at < :cutoff").bind("cutoff", cutoff).execute();
            int requests = h.createUpdate("DELETE FROM authorization_requests WHERE expires_at < :now")
                    .bind("now", now.toEpochMilli()).execute();
            // Upstream sign-ins in progress live ten minutes (federation/FederatedLogins).
            int upstream = h.createUpdate("DELETE FROM upstream_logins WHERE expires_at < :now")
                    .bind("now", now.toEpochMilli()).execute();
            int challenges = h.createUpdate("DELETE FROM webauthn_challenges WHERE expires_at < :now")
                    .bind("now", now.toEpochMilli()).execute();
            // Second steps of logins live minutes (mfa.MfaLogin.TTL); spent or not, they are useless once expired.
            int mfa = h.createUpdate("DELETE FROM mfa_challenges WHERE expires_at < :now").bind("now", now.toEpochMilli()).execute();
            // A retired signing key whose last token has expired is no longer published (KeyService); its
            // encrypted private key has no use left either.
            int keys = h.createUpdate("DELETE FROM signing_keys WHERE status = 'retired' AND publish_until < :now")
                    .bind("now", now.toEpochMilli()).execute();
            // A sealed refresh successor serves only within the reuse interval after its rotation
            // (SessionService#refresh); past it, erase it rather than keep it in the database.
            h.createUpdate("UPDATE sessions SET successor_sealed = NULL WHERE successor_sealed IS NOT NULL AND prev_rotated_at < :reuse")
                    .bind("reuse", now.minus(reuseInterval).toEpochMilli()).execute();
            return used + sessions + throttle + links + mail + loginSessions + assertions + codes + requests + upstream + challenges
                    + mfa + keys;
        });
    }

    /**
     * Deletes audit events older than the retention, if this node holds the purge lease.
     *
     * @return events deleted, or -1 when another node holds the lease (or retention is off)
     */
    public int purgeAudit() {
        if (auditRetention == null || !tryLease()) return -1;
        Instant start = clock.instant();
        long cutoff = start.minus(auditRetention).toEpochMilli();
        int total = 0;
        // In batches through the created_at index, so a large purge never holds the write lock for long.
        while (Duration.between(start, clock.instant()).compareTo(LEASE.dividedBy(2)) < 0) {
            int n = jdbi.withHandle(h -> h.createUpdate("""
                            DELETE FROM audit_events WHERE id IN (
                              SELECT id FROM audit_events WHERE created_at < :cutoff ORDER BY created_at LIMIT :batch)
                            """)
                    .bind("cutoff", cutoff).bind("batch", PURGE_BATCH).execute());
            total += n;
            if (n < PURGE_BATCH) break;
        }
        return total;
    }

    /** Takes or renews the purge lease ({@link JobLease}). */
    boolean tryLease() {
        return purgeLease.tryAcquire();
    }

    private void runSafely() {
        try {
            int n = run();
            if (n > 0) LOG.info("housekeeping deleted {} rows", n);
            int purged = purgeAudit();
            if (purged > 0) LOG.info("audit retention: deleted {} events older than {}", purged, auditRetention);
        } catch (RuntimeException e) {
            LOG.warn("housekeeping failed; will retry", e);
        }
    }

    @Override
    public void close() {
        BackgroundThreads.stop(scheduler);
        purgeLease.release();
    }
}
