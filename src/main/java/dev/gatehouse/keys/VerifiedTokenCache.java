package dev.gatehouse.keys;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Tokens whose signature was already verified, keyed by the exact compact string, so a repeated token
 * skips only the signature check. Bounded: when full, expired entries go, and if that is not enough,
 * everything goes (cheap, rare, and only valid tokens ever get in).
 */
final class VerifiedTokenCache {

    private final int capacity;
    private final long skewMillis;
    private final ConcurrentHashMap<String, AccessTokenVerifier.Decoded> map;
    private final ReentrantLock evictLock = new ReentrantLock();

    VerifiedTokenCache(int capacity, long skewMillis) {
        if (capacity < 0) {
            throw new IllegalArgumentException("cache capacity must not be negative");
        }
        this.capacity = capacity;
        this.skewMillis = skewMillis;
        this.map = new ConcurrentHashMap<>(capacity == 0 ? 1 : Math.min(capacity, 1 << 16));
    }

    AccessTokenVerifier.Decoded get(String token) {
        return capacity == 0 ? null : map.get(token);
    }

    void put(String token, AccessTokenVerifier.Decoded decoded, long nowMillis) {
        if (capacity == 0) {
            return;
        }
        if (map.size() >= capacity) {
            if (!evictLock.tryLock()) {
                return; // another thread is making room; caching is optional
            }
            try {
                map.values().removeIf(d -> d.expMillis() + skewMillis < nowMillis);
                if (map.size() >= capacity) {
                    map.clear();
                }
            } finally {
                evictLock.unlock();
            }
        }
        map.put(token, decoded);
    }

    void remove(String token) {
        map.remove(token);
    }

    int size() {
        return map.size();
    }
}
