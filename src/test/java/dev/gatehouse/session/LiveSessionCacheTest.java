package dev.gatehouse.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class LiveSessionCacheTest {
    private static final Instant T0 = Instant.ofEpochMilli(1_750_000_000_000L);
    private static final Duration TTL = Duration.ofSeconds(1);
    private static final Instant IN_AN_HOUR = T0.plus(Duration.ofHours(1));

    /** The store's read: counts calls and answers whatever {@code answer} gives at that moment (a session end, or empty). */
    private static final class Store {
        final AtomicInteger reads = new AtomicInteger();
        Supplier<Optional<Instant>> answer = () -> Optional.of(IN_AN_HOUR);

        Optional<Instant> read() {
            reads.incrementAndGet();
            return answer.get();
        }
    }

    private static Optional<Instant> get(LiveSessionCache<Instant> cache, Store store, String session, String owner, Instant now) {
        return cache.get(session, owner, now, store::read, end -> end);
    }

    @Test
    void aLiveSessionIsReadOnceWithinTheTtlAndAgainAfterIt() {
        Store store = new Store();
        LiveSessionCache<Instant> cache = new LiveSessionCache<>(TTL);
        assertThat(get(cache, store, "s1", "u1", T0)).isPresent();
        assertThat(get(cache, store, "s1", "u1", T0.plusMillis(999))).isPresent();
        assertThat(store.reads.get()).isEqualTo(1);
        assertThat(get(cache, store, "s1", "u1", T0.plusMillis(1000))).isPresent();
        assertThat(store.reads.get()).isEqualTo(2);
    }

    @Test
    void invalidateAllMakesTheNextRequestReadTheStore() {
        Store store = new Store();
        LiveSessionCache<Instant> cache = new LiveSessionCache<>(TTL);
        get(cache, store, "s1", "u1", T0);
        cache.invalidateAll();
        store.answer = Optional::empty; // the session was revoked
        assertThat(get(cache, store, "s1", "u1", T0.plusMillis(1))).isEmpty();
        assertThat(cache.size()).isZero();
    }

    @Test
    void aReadThatRacedWithAnInvalidationIsNotServedAfterwards() {
        Store store = new Store();
        LiveSessionCache<Instant> cache = new LiveSessionCache<>(TTL);
        // The revocation commits, and is reported, while the read is still on its way back.
        store.answer = () -> {
            cache.invalidateAll();
            return Optional.of(IN_AN_HOUR);
        };
        get(cache, store, "s1", "u1", T0);
        store.answer = Optional::empty;
        assertThat(get(cache, store, "s1", "u1", T0.plusMillis(1))).as("the raced read was stale").isEmpty();
        assertThat(store.reads.get()).isEqualTo(2);
    }

    @Test
    void anEntryNeverOutlivesItsSession() {
        Store store = new Store();
        store.answer = () -> Optional.of(T0.plusMillis(300));
        LiveSessionCache<Instant> cache = new LiveSessionCache<>(TTL);
        get(cache, store, "s1", "u1", T0);
        get(cache, store, "s1", "u1", T0.plusMillis(299));
        assertThat(store.reads.get()).isEqualTo(1);
        store.answer = Optional::empty;
        assertThat(get(cache, store, "s1", "u1", T0.plusMillis(300))).isEmpty();
    }

    @Test
    void missesAreNotCachedAndAnotherOwnerDoesNotHit() {
        Store store = new Store();
        store.answer = Optional::empty;
        LiveSessionCache<Instant> cache = new LiveSessionCache<>(TTL);
        get(cache, store, "s1", "u1", T0);
        get(cache, store, "s1", "u1", T0);
        assertThat(store.reads.get()).isEqualTo(2);
        assertThat(cache.size()).isZero();

        store.answer = () -> Optional.of(IN_AN_HOUR);
        get(cache, store, "s2", "u1", T0);
        get(cache, store, "s2", "u2", T0);
        get(cache, store, "s2", null, T0);
        assertThat(store.reads.get()).as("the entry answers u1 only").isEqualTo(5);
    }

    @Test
    void suspendedOrZeroTtlReadsThrough() {
        Store store = new Store();
        LiveSessionCache<Instant> off = new LiveSessionCache<>(Duration.ZERO);
        get(off, store, "s1", "u1", T0);
        get(off, store, "s1", "u1", T0);
        assertThat(store.reads.get()).isEqualTo(2);

        LiveSessionCache<Instant> cache = new LiveSessionCache<>(TTL);
        get(cache, store, "s1", "u1", T0);
        cache.suspend();
        get(cache, store, "s1", "u1", T0);
        get(cache, store, "s1", "u1", T0);
        assertThat(store.reads.get()).isEqualTo(5);
        cache.resume();
        get(cache, store, "s1", "u1", T0);
        get(cache, store, "s1", "u1", T0);
        assertThat(store.reads.get()).as("entries from before the suspension are gone; then cached again").isEqualTo(6);
    }

    @Test
    void aGroupTellsEveryMember() {
        Store store = new Store();
        LiveSessionCache<Instant> a = new LiveSessionCache<>(TTL);
        LiveSessionCache<Instant> b = new LiveSessionCache<>(TTL);
        get(a, store, "s1", null, T0);
        get(b, store, "s1", null, T0);
        new LiveSessionCache.Group(List.of(a, b)).invalidateAll();
        assertThat(a.size() + b.size()).isZero();
    }

    @Test
    void theMapStartsOverAtItsBound() {
        Store store = new Store();
        LiveSessionCache<Instant> cache = new LiveSessionCache<>(TTL);
        for (int i = 0; i < LiveSessionCache.MAX_ENTRIES + 5; i++) get(cache, store, "s" + i, "u1", T0);
        assertThat(cache.size()).isEqualTo(5);
    }
}
