package dev.gatehouse.session;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What a Bearer-protected request reads about its token's session (is it live; its user and
 * grants), kept in memory for a short time: that one read was two thirds of the cost of
 * {@code GET /api/v1/me} (docs/benchmarks.md).
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
public final class LiveSessionCache<V> {
    static final int MAX_ENTRIES = 10_000;

    private record Entry<V>(String owner, V value, long generation, long validUntilMillis) {}

    private final long ttlMillis;
    private final AtomicLong generation = new AtomicLong();
    private final ConcurrentHashMap<String, Entry<V>> entries = new ConcurrentHashMap<>();
    private volatile boolean suspended;
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();

    /** @param ttl zero turns the cache off */
    public LiveSessionCache(Duration ttl) {
        this.ttlMillis = ttl.toMillis();
    }

    /**
     * The cached value of a live session, or else {@code load}'s (cached when present).
     *
     * @param owner what the token says the session belongs to (its user), or null: an entry answers only the same owner
     * @param load the store's read at {@code now}: empty when the session is not live
     * @param sessionEnds the session's {@code expires_at}, from the loaded value
     */
    public Optional<V> get(String sessionId, String owner, Instant now, Supplier<Optional<V>> load, Function<V, Instant> sessionEnds) {
        if (ttlMillis <= 0 || suspended) return load.get();
        long nowMillis = now.toEpochMilli();
        long current = generation.get();
        Entry<V> e = entries.get(sessionId);
        if (e != null && e.generation() == current && nowMillis < e.validUntilMillis() && Objects.equals(e.owner(), owner)) {
            hits.increment();
            return Optional.of(e.value());
        }
        misses.increment();
        Optional<V> found = load.get();
        if (found.isPresent()) {
            if (entries.size() >= MAX_ENTRIES) entries.clear();
            long until = Math.min(nowMillis + ttlMillis, sessionEnds.apply(found.get()).toEpochMilli());
            entries.put(sessionId, new Entry<>(owner, found.get(), current, until));
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

    /** Answers from memory, for metrics. */
    public long hits() {
        return hits.sum();
    }

    /** Reads through to the store while the cache is on (a suspended or disabled cache counts neither). */
    public long misses() {
        return misses.sum();
    }

    /** Several caches told of the same writes together. */
    public record Group(List<LiveSessionCache<?>> members) {
        public void invalidateAll() {
            members.forEach(LiveSessionCache::invalidateAll);
        }

        public void suspend() {
            members.forEach(LiveSessionCache::suspend);
        }

        public void resume() {
            members.forEach(LiveSessionCache::resume);
        }
    }
}
