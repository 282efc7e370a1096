package dev.gatehouse.store.jdbi;

import dev.gatehouse.throttle.ThrottleStore;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalInt;
import org.jdbi.v3.core.Jdbi;

public final class JdbiThrottleStore implements ThrottleStore {
    /**
     * One statement counts the attempt and, from the last free one on, sets the next lock; the WHERE
     * clause makes a locked key return no row. Both dialects support ON CONFLICT … DO UPDATE … RETURNING.
     * The delay base·2^k is computed with a shift, capped at 30 doublings and at the maximum. A first
     * (or decayed) attempt is count 1, which locks only when a single attempt is free.
     */
    private static final String RESERVE = """
            INSERT INTO login_throttle (throttle_key, failures, locked_until, updated_at)
            VALUES (:key, 1, CASE WHEN :free <= 1 THEN :now + (CASE WHEN :base > :max THEN :max ELSE :base END) ELSE 0 END, :now)
            ON CONFLICT (throttle_key) DO UPDATE SET
              failures = CASE WHEN login_throttle.updated_at < :decay THEN 1 ELSE login_throttle.failures + 1 END,
              locked_until = CASE
                WHEN login_throttle.updated_at < :decay THEN excluded.locked_until
                WHEN login_throttle.failures + 1 >= :free THEN :now + (CASE
                  WHEN login_throttle.failures + 1 - :free >= 30 THEN :max
                  WHEN (:base << (login_throttle.failures + 1 - :free)) > :max THEN :max
                  ELSE (:base << (login_throttle.failures + 1 - :free)) END)
                ELSE 0 END,
              updated_at = :now
            WHERE login_throttle.locked_until <= :now
            RETURNING failures
            """;

    private final Jdbi jdbi;

    public JdbiThrottleStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public OptionalInt reserveAttempt(String key, Instant now, Instant decayBefore, int freeAttempts, Duration baseDelay, Duration maxDelay) {
        return jdbi.withHandle(h -> h.createQuery(RESERVE)
                .bind("key", key).bind("now", now.toEpochMilli()).bind("decay", decayBefore.toEpochMilli())
                .bind("free", freeAttempts).bind("base", baseDelay.toMillis()).bind("max", maxDelay.toMillis())
                .mapTo(Integer.class).findOne()
                .map(OptionalInt::of).orElse(OptionalInt.empty()));
    }

    @Override
    public Instant lockedUntil(String key, Instant now) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT locked_until FROM login_throttle WHERE throttle_key = :key AND locked_until > :now")
                .bind("key", key).bind("now", now.toEpochMilli()).mapTo(Long.class).findOne()
                .map(Instant::ofEpochMilli).orElse(null));
    }

    @Override
    public void clear(String key) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM login_throttle WHERE throttle_key = :key").bind("key", key).execute());
    }
}
