package dev.gatehouse.keys;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Clock;
import java.time.Duration;

/**
 * Tokens whose signature was already verified, keyed by the exact compact string, so a repeated token
 * skips only the signature check. An entry never outlives its token ({@code exp} plus the allowed
 * skew, RFC 7519 §4.1.4), and when the cache is full Caffeine drops the least useful entries one by
 * one, so the tokens in steady use stay. Only valid tokens ever get in.
 */
final class VerifiedTokenCache {

    private final Cache<String, AccessTokenVerifier.Decoded> cache;

    /** @param capacity tokens kept; 0 turns the cache off */
    VerifiedTokenCache(int capacity, long skewMillis, Clock clock) {
        if (capacity < 0) {
            throw new IllegalArgumentException("cache capacity must not be negative");
        }
        this.cache = Caffeine.newBuilder()
                .maximumSize(capacity)
                .expireAfter(Expiry.<String, AccessTokenVerifier.Decoded>creating((token, d) ->
                        Duration.ofMillis(Math.max(0, d.expMillis() + skewMillis - clock.millis()))))
                .ticker(() -> clock.millis() * 1_000_000L)
                .executor(Runnable::run)
                .recordStats()
                .build();
    }

    AccessTokenVerifier.Decoded get(String token) {
        return cache.getIfPresent(token);
    }

    void put(String token, AccessTokenVerifier.Decoded decoded) {
        cache.put(token, decoded);
    }

    void remove(String token) {
        cache.invalidate(token);
    }

    int size() {
        cache.cleanUp();
        return (int) cache.estimatedSize();
    }

    Cache<?, ?> cache() {
        return cache;
    }
}
