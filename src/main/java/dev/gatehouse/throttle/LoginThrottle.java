package dev.gatehouse.throttle;

import dev.gatehouse.config.GatehouseConfig;
import dev.gatehouse.core.SecureTokens;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalInt;

/**
 * Per-identifier back-off (SECURITY.md "Login, enumeration and brute force"): every attempt is
 * counted before the password is checked, in one atomic database write, so parallel guesses cannot
 * outrun the counter; after the free attempts each further one locks the key for an exponentially
 * growing delay. Not a permanent lockout: the lock always ends.
 *
 * <p>Keys (SECURITY.md "Who may act on whom": failures count per account, whatever name the attempt
 * used): an existing account is keyed on its stable id, so its username, its email and every letter
 * case or Unicode variant of them draw on ONE budget; a name no account has is keyed on its
 * normalised form, with the same schedule, so a 429 comes after the same number of failures whether
 * or not the account exists and tells nothing (OWASP ASVS 4.0 V2.2.1; NIST SP 800-63B §5.2.2).
 */
public final class LoginThrottle {
    private final ThrottleStore store;
    private final Clock clock;
    private final GatehouseConfig.Throttle config;
    private final Duration decay;

    /**
     * The schedule for requests that make the server send mail (verification resend, forgot password),
     * shared by every node: three per address, then a back-off from 5 minutes up to an hour, so the
     * server cannot be used to flood a mailbox (OWASP ASVS 4.0 V2.5.x; SECURITY.md "Mail").
     */
    public static GatehouseConfig.Throttle mailPolicy(int ipPerMinute) {
        return new GatehouseConfig.Throttle(3, Duration.ofMinutes(5), Duration.ofHours(1), ipPerMinute);
    }

    public LoginThrottle(ThrottleStore store, Clock clock, GatehouseConfig.Throttle config) {
        this.store = store;
        this.clock = clock;
        this.config = config;
        Duration twiceMax = config.maxDelay().multipliedBy(2);
        this.decay = twiceMax.compareTo(Duration.ofHours(1)) > 0 ? twiceMax : Duration.ofHours(1);
    }

    /** Longer names are hashed into the key, which the store holds in at most 512 characters. */
    private static final int MAX_NAME_IN_KEY = 256;

    /** The key of an existing account: its stable id, the same for every name it is reached by. */
    public static String accountKey(String userId) {
        return "login-account:" + userId;
    }

    /**
     * The key of a name no account has, normalised ({@link dev.gatehouse.account.Identifiers}); never equal to an
     * {@link #accountKey}, whose prefix no name key starts with.
     */
    public static String nameKey(String normalizedIdentifier) {
        return normalizedIdentifier.length() <= MAX_NAME_IN_KEY ? "login:" + normalizedIdentifier
                : "login:#" + SecureTokens.hash(normalizedIdentifier);
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
