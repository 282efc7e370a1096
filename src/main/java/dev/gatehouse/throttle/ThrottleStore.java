package dev.gatehouse.throttle;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalInt;

/** Failed-attempt counters per key, shared by every node through the database. */
public interface ThrottleStore {
    /**
     * Atomically counts one attempt for {@code key} unless it is locked at {@code now}. When the count
     * reaches {@code freeAttempts}, the same write sets the lock to
     * {@code now + min(baseDelay * 2^(count - freeAttempts), maxDelay)}, so at most {@code freeAttempts}
     * attempts run before the first wait. Counts older than {@code decayBefore} start again at one.
     *
     * @return the attempt count including this one, or empty when the key is locked
     */
    OptionalInt reserveAttempt(String key, Instant now, Instant decayBefore, int freeAttempts, Duration baseDelay, Duration maxDelay);

    /** When the key's current lock ends, or null when it is not locked. */
    Instant lockedUntil(String key, Instant now);

    /** Forget the key after a success. */
    void clear(String key);
}
