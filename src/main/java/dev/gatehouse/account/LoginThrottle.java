package dev.gatehouse.account;

import dev.gatehouse.config.GatehouseConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalInt;

/**
 * Per-identifier back-off (SECURITY.md "Login, enumeration and brute force"): every attempt is
 * counted before the password is checked, in one atomic database write, so parallel guesses cannot
 * outrun the counter; after the free attempts each further one locks the key for an exponentially
 * growing delay. Keyed on the normalised identifier whether or not the account exists, so the
 * answer reveals nothing. Not a permanent lockout: the lock always ends.
 */
public final class LoginThrottle {
    private final ThrottleStore store;
    private final Clock clock;
    private final GatehouseConfig.Throttle config;
    private final Duration decay;

    public LoginThrottle(ThrottleStore store, Clock clock, GatehouseConfig.Throttle config) {
        this.store = store;
        this.clock = clock;
        this.config = config;
        Duration twiceMax = config.maxDelay().multipliedBy(2);
        this.decay = twiceMax.compareTo(Duration.ofHours(1)) > 0 ? twiceMax : Duration.ofHours(1);
    }

    /** @return null when the attempt may go ahead, else how long to wait */
    public Duration tryAcquire(String key) {
        Instant now = clock.instant();
        OptionalInt count = store.reserveAttempt(key, now, now.minus(decay), config.freeAttempts(),
                config.baseDelay(), config.maxDelay());
        if (count.isPresent()) return null;
        Instant until = store.lockedUntil(key, now);
        Duration wait = until == null ? Duration.ofSeconds(1) : Duration.between(now, until);
        return wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait;
    }

    public void success(String key) {
        store.clear(key);
    }
}
