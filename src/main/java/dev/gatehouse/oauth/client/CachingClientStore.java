package dev.gatehouse.oauth.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Serves {@link #find} from memory for a short time: every client-authenticated call (token,
 * introspection, revocation) reads its client, and clients change rarely.
 *
 * <p>Writes through this store drop the entry at once, so a change made on this node (update,
 * secret rotation, delete) holds for the next request here. Another node sees it after at most
 * {@code ttl}: a deleted client or a rotated-out secret keeps working there that long. A zero
 * {@code ttl} turns the cache off. Unknown ids are never cached, so a flood of made-up ids cannot
 * fill memory; the size is bounded anyway by dropping everything beyond {@link #MAX_ENTRIES}.
 */
public final class CachingClientStore implements ClientStore {
    static final int MAX_ENTRIES = 10_000;

    private record Entry(Stored stored, long expiresAtMillis) {}

    private final ClientStore store;
    private final Clock clock;
    private final long ttlMillis;
    private final ConcurrentHashMap<String, Entry> cache = new ConcurrentHashMap<>();

    public CachingClientStore(ClientStore store, Clock clock, Duration ttl) {
        this.store = store;
        this.clock = clock;
        this.ttlMillis = ttl.toMillis();
    }

    @Override
    public Optional<Stored> find(String clientId) {
        if (ttlMillis <= 0) return store.find(clientId);
        long now = clock.millis();
        Entry e = cache.get(clientId);
        if (e != null && now < e.expiresAtMillis()) return Optional.of(e.stored());
        Optional<Stored> found = store.find(clientId);
        if (found.isPresent()) {
            if (cache.size() >= MAX_ENTRIES) cache.clear();
            cache.put(clientId, new Entry(found.get(), now + ttlMillis));
        } else {
            cache.remove(clientId);
        }
        return found;
    }

    int size() {
        return cache.size();
    }

    @Override
    public void insert(OAuthClient client, String secretHash) {
        store.insert(client, secretHash);
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
            cache.remove(client.clientId());
        }
    }

    @Override
    public boolean updateSecret(String clientId, String secretHash, Instant now) {
        try {
            return store.updateSecret(clientId, secretHash, now);
        } finally {
            cache.remove(clientId);
        }
    }

    @Override
    public boolean delete(String clientId) {
        try {
            return store.delete(clientId);
        } finally {
            cache.remove(clientId);
        }
    }

    @Override
    public List<String> allScopes() {
        return store.allScopes();
    }

    @Override
    public boolean rememberAssertion(String clientId, String jti, Instant expiresAt, Instant now) {
        // Replay detection must see every node's writes: never cached.
        return store.rememberAssertion(clientId, jti, expiresAt, now);
    }
}
