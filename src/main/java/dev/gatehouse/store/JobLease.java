package dev.gatehouse.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jdbi.v3.core.Jdbi;

/**
 * A lease on one background job in {@code job_leases}, so that of several nodes one at a time runs it.
 * Taken or renewed with one conditional UPDATE that matches only when the lease has expired or is
 * already this holder's: of two nodes trying at once exactly one gets the row. Released on a graceful
 * stop, so another node takes the job at its next try instead of after the lease ran out.
 */
public final class JobLease {
    private final Jdbi jdbi;
    private final Clock clock;
    private final String name;
    private final Duration length;
    private final String holder;

    /** @param holder this node's id (random per process) */
    public JobLease(Jdbi jdbi, Clock clock, String name, Duration length, String holder) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.name = name;
        this.length = length;
        this.holder = holder;
    }

    /** Takes the lease, or renews it when this holder has it; false when another holder's lease runs. */
    public boolean tryAcquire() {
        Instant now = clock.instant();
        return jdbi.withHandle(h -> {
            // A job newer than the migration that seeded the table gets its row on first use; both dialects
            // speak ON CONFLICT (SQLite since 3.24).
            h.createUpdate("INSERT INTO job_leases (name, holder, expires_at) VALUES (:name, '', 0) ON CONFLICT DO NOTHING")
                    .bind("name", name).execute();
            return h.createUpdate("""
                            UPDATE job_leases SET holder = :me, expires_at = :until
                             WHERE name = :name AND (expires_at <= :now OR holder = :me)
                            """)
                    .bind("me", holder).bind("until", now.plus(length).toEpochMilli()).bind("name", name)
                    .bind("now", now.toEpochMilli()).execute() == 1;
        });
    }

    /** Gives the lease up if this holder has it; never fails (it expires on its own otherwise). */
    public void release() {
        try {
            jdbi.useHandle(h -> h.createUpdate("UPDATE job_leases SET holder = '', expires_at = 0 WHERE name = :name AND holder = :me")
                    .bind("name", name).bind("me", holder).execute());
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(JobLease.class).warn("could not release the {} lease; it expires on its own: {}", name, e.toString());
        }
    }

    public Duration length() {
        return length;
    }
}
