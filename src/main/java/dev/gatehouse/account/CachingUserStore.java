package dev.gatehouse.account;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Serves {@link #findByLiveSession}, the one read behind every {@code GET /api/v1/me}, from memory
 * for a short time. That read is two thirds of the cost of /me (docs/benchmarks.md).
 *
 * <p>Revocation still takes effect at once (API.md §3, SECURITY.md "end sessions at once"):
 * {@link #invalidateAll} drops every entry after each committed write that can end a session or
 * change a user or its grants. The store layer calls it for writes made on this node, and on
 * PostgreSQL for writes made on every other node too (LISTEN/NOTIFY). While that feed is down,
 * {@link #suspend} turns the cache off. Only a write this process cannot hear of (a CLI command
 * beside a SQLite server) waits up to {@code ttl} to show here.
 *
 * <p>A read that raced with an invalidation is never served: each entry keeps the generation that
 * was current before its read began, and counts only while no invalidation has happened since.
 * An entry never outlives its session's {@code expires_at}. Misses are not cached, so made-up or
 * revoked session ids cannot fill memory; at {@link #MAX_ENTRIES} the map starts over.
 */
public final class CachingUserStore implements UserStore {
    static final int MAX_ENTRIES = 10_000;

    private record Entry(String userId, LiveSessionUser found, long generation, long validUntilMillis) {}

    private final UserStore store;
    private final long ttlMillis;
    private final AtomicLong generation = new AtomicLong();
    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private volatile boolean suspended;

    /** @param ttl zero turns the cache off */
    public CachingUserStore(UserStore store, Duration ttl) {
        this.store = store;
        this.ttlMillis = ttl.toMillis();
    }

    @Override
    public Optional<LiveSessionUser> findByLiveSession(String userId, String sessionId, Instant now) {
        if (ttlMillis <= 0 || suspended) return store.findByLiveSession(userId, sessionId, now);
        long nowMillis = now.toEpochMilli();
        long current = generation.get();
        Entry e = entries.get(sessionId);
        if (e != null && e.generation() == current && nowMillis < e.validUntilMillis() && e.userId().equals(userId)) {
            return Optional.of(e.found());
        }
        Optional<LiveSessionUser> found = store.findByLiveSession(userId, sessionId, now);
        if (found.isPresent()) {
            if (entries.size() >= MAX_ENTRIES) entries.clear();
            long until = Math.min(nowMillis + ttlMillis, found.get().sessionExpiresAt().toEpochMilli());
            entries.put(sessionId, new Entry(userId, found.get(), current, until));
        } else {
            entries.remove(sessionId);
        }
        return found;
    }

    /** Forget everything: called after a committed write that may end sessions or change users or grants. */
    public void invalidateAll() {
        generation.incrementAndGet();
        entries.clear();
    }

    /** Read through to the store until {@link #resume}: the feed of other nodes' writes is down. */
    public void suspend() {
        suspended = true;
        invalidateAll();
    }

    /** The feed is back; anything cached before may have missed a write, so start empty. */
    public void resume() {
        invalidateAll();
        suspended = false;
    }

    int size() {
        return entries.size();
    }

    @Override
    public void insert(User user, String usernameNorm, String emailNorm, List<String> roles) {
        store.insert(user, usernameNorm, emailNorm, roles);
    }

    @Override
    public Optional<UserWithGrants> findByLogin(String normalizedIdentifier) {
        return store.findByLogin(normalizedIdentifier);
    }

    @Override
    public Optional<UserWithGrants> findById(String id) {
        return store.findById(id);
    }

    @Override
    public boolean existsByUsernameNorm(String usernameNorm) {
        return store.existsByUsernameNorm(usernameNorm);
    }

    @Override
    public void updatePasswordHash(String userId, String passwordHash, Instant now) {
        store.updatePasswordHash(userId, passwordHash, now);
    }

    @Override
    public void updateProfile(String userId, String name, String email, String emailNorm, boolean emailVerified, Instant now) {
        store.updateProfile(userId, name, email, emailNorm, emailVerified, now);
    }

    @Override
    public void setVerifiedEmail(String userId, String email, String emailNorm, Instant now) {
        store.setVerifiedEmail(userId, email, emailNorm, now);
    }
}
