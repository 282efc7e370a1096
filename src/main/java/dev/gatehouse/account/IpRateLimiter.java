package dev.gatehouse.account;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fixed one-minute windows per client IP, in memory on each node: a cheap first line against one
 * source hammering the credential endpoints. The per-account throttle is the shared one.
 */
public final class IpRateLimiter {
    private static final int MAX_TRACKED = 200_000;

    private final Clock clock;
    private final int perMinute;
    private final ConcurrentHashMap<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private volatile long window;

    public IpRateLimiter(Clock clock, int perMinute) {
        this.clock = clock;
        this.perMinute = perMinute;
        this.window = currentWindow();
    }

    /** @return null when allowed, else the time until the window resets */
    public Duration tryAcquire(String ip) {
        long now = currentWindow();
        if (now != window) {
            synchronized (this) {
                if (now != window) {
                    counts.clear();
                    window = now;
                }
            }
        }
        if (counts.size() > MAX_TRACKED) counts.clear(); // a flood of distinct addresses must not exhaust memory
        int n = counts.computeIfAbsent(ip, k -> new AtomicInteger()).incrementAndGet();
        if (n <= perMinute) return null;
        long msLeft = 60_000 - clock.millis() % 60_000;
        return Duration.ofMillis(Math.max(1_000, msLeft));
    }

    private long currentWindow() {
        return clock.millis() / 60_000;
    }
}
