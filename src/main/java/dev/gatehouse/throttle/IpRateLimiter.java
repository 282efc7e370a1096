package dev.gatehouse.throttle;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * A token bucket per client IP, in memory on each node: a cheap first line against one source
 * hammering the credential endpoints (OWASP ASVS 2.2.1). The per-account throttle is the shared one.
 *
 * <p>Each address may spend {@code perMinute} requests at once and earns them back evenly over a
 * minute. A bucket is kept as the one instant at which it will be full again (the generic cell rate
 * algorithm, ITU-T I.371): a request is allowed if that instant, pushed back by one request's
 * share, stays within a minute from now. A full bucket is the same as none, so an entry expires at
 * that instant.
 *
 * <p>Memory is bounded without handing anyone a new budget when it fills: an address that has been
 * refused moves to a tier of its own until its bucket is full again. A flood of distinct addresses
 * only competes for the first tier (at most {@link #MAX_TRACKED}, least used dropped first, each
 * entry gone after one share anyway); pushing a refused address out of its tier would take
 * {@code perMinute} requests from each of {@link #MAX_TRACKED} other addresses within a minute.
 */
public final class IpRateLimiter {
    static final int MAX_TRACKED = 200_000;
    private static final long MINUTE_NANOS = Duration.ofMinutes(1).toNanos();

    private final Clock clock;
    private final long shareNanos;
    private final Cache<String, Long> buckets;
    private final Cache<String, Long> refused;

    public IpRateLimiter(Clock clock, int perMinute) {
        this(clock, perMinute, MAX_TRACKED);
    }

    IpRateLimiter(Clock clock, int perMinute, int maxTracked) {
        if (perMinute < 1) throw new IllegalArgumentException("perMinute must be positive");
        this.clock = clock;
        this.shareNanos = MINUTE_NANOS / perMinute;
        this.buckets = tier(maxTracked);
        this.refused = tier(maxTracked);
    }

    /** @return null when allowed, else the time until one more request is (at least a second: Retry-After counts seconds) */
    public Duration tryAcquire(String ip) {
        long now = nowNanos();
        long[] wait = {0};
        // The first tier's lock on this address covers both tiers, so a move cannot race a request.
        buckets.asMap().compute(ip, (k, full) -> {
            Long wasRefused = refused.getIfPresent(k);
            long start = Math.max(wasRefused != null ? wasRefused : full != null ? full : now, now);
            wait[0] = start + shareNanos - now - MINUTE_NANOS;
            Long next = wait[0] > 0 ? Long.valueOf(start) : Long.valueOf(start + shareNanos);
            if (wasRefused == null && wait[0] <= 0) return next;
            refused.put(k, next);
            return null;
        });
        return wait[0] <= 0 ? null : Duration.ofNanos(Math.max(Duration.ofSeconds(1).toNanos(), wait[0]));
    }

    /** Both tiers by name, for their size and evictions in /metrics. */
    public Map<String, Cache<?, ?>> caches() {
        return Map.of("buckets", buckets, "refused", refused);
    }

    private Cache<String, Long> tier(int maxTracked) {
        return Caffeine.newBuilder()
                .maximumSize(maxTracked)
                .expireAfter(Expiry.<String, Long>writing((ip, full) -> Duration.ofNanos(Math.max(0, full - nowNanos()))))
                .ticker(this::nowNanos)
                .executor(Runnable::run)
                .recordStats()
                .build();
    }

    private long nowNanos() {
        return clock.millis() * 1_000_000L;
    }
}
