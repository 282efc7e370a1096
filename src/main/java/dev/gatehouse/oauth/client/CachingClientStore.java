package dev.gatehouse.oauth.client;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Serves {@link #find} from memory for a short time: every client-authenticated call (token,
 * introspection, revocation) reads its client, and clients change rarely.
 *
 * <p>Writes through this store drop the entry at once, so a change made on this node (update,
 * secret rotation, delete) holds for the next request here. A read of the old row that is still
 * loading when such a write drops the entry cannot put it back afterwards: Caffeine loads a key
 * atomically and the drop waits for the load. Another node sees the change after at most
 * {@code ttl}: a deleted client or a rotated-out secret keeps working there that long. A zero
 * {@code ttl} turns the cache off. Unknown ids are never cached, so a flood of made-up ids cannot
 * fill memory; beyond {@link #MAX_ENTRIES} the least used clients are dropped one by one.
 */
public final class CachingClientStore implements ClientStore {
    static final int MAX_ENTRIES = 10_000;

    private final ClientStore store;
    private final boolean enabled;
    private final Cache<String, Stored> cache;
    private final Clock clock;
    private final long ttlMillis;
    private volatile WithOrigins withOrigins;

    private record WithOrigins(List<OAuthClient> clients, long expiresAtMillis) {}

    public CachingClientStore(ClientStore store, Clock clock, Duration ttl) {
        this.store = store;
        this.enabled = ttl.toMillis() > 0;
        this.clock = clock;
        this.ttlMillis = ttl.toMillis();
        this.cache = Caffeine.newBuilder()
                .maximumSize(MAX_ENTRIES)
                .expireAfterWrite(enabled ? ttl : Duration.ZERO)
                .ticker(() -> clock.millis() * 1_000_000L)
                .executor(Runnable::run)
                .recordStats()
                .build();
    }

    @Override
    public Optional<Stored> find(String clientId) {
        if (!enabled) return store.find(clientId);
        return Optional.ofNullable(cache.get(clientId, id -> store.find(id).orElse(null)));
    }

    int size() {
        cache.cleanUp();
        return (int) cache.estimatedSize();
    }

    /** The cache, for its statistics in /metrics. */
    public Cache<?, ?> cache() {
        return cache;
    }

    @Override
    public void insert(OAuthClient client, String secretHash) {
        store.insert(client, secretHash);
        withOrigins = null;
    }

    @Override
    public List<OAuthClient> list(String afterClientId, int limit) {
        return store.list(afterClientId, limit);
    }

    @Override
    public boolean update(OAuthClient client, Instant now) {
        try {
            return store.update(client, now);
        } finally {
            cache.invalidate(client.clientId());
            withOrigins = null;
        }
    }

    @Override
    public boolean updateSecret(String clientId, String secretHash, Instant now) {
        try {
            return store.updateSecret(clientId, secretHash, now);
        } finally {
            cache.invalidate(clientId);
        }
    }

    @Override
    public boolean delete(String clientId) {
        try {
            return store.delete(clientId);
        } finally {
            cache.invalidate(clientId);
            withOrigins = null;
        }
    }

    /**
     * The clients with web origins, read at most once per {@code ttl} (every CORS preflight asks);
     * a write through this store drops the list at once. A read in flight during such a write may put
     * the old list back: it lives at most {@code ttl}, as on another node.
     */
    @Override
    public List<OAuthClient> withWebOrigins() {
        if (!enabled) return store.withWebOrigins();
        long now = clock.millis();
        WithOrigins cached = withOrigins;
        if (cached != null && now < cached.expiresAtMillis()) return cached.clients();
        List<OAuthClient> clients = List.copyOf(store.withWebOrigins());
        withOrigins = new WithOrigins(clients, now + ttlMillis);
        return clients;
    }

    @Override
    public boolean rememberAssertion(String clientId, String jti, Instant expiresAt, Instant now) {
        // Replay detection must see every node's writes: never cached.
        return store.rememberAssertion(clientId, jti, expiresAt, now);
    }
}
