package dev.gatehouse.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.rbac.Grants;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class CachingUserStoreTest {
    private static final Instant T0 = Instant.ofEpochMilli(1_750_000_000_000L);
    private static final Duration TTL = Duration.ofSeconds(1);

    /** A store whose live-session read counts calls and returns whatever {@code answer} gives at that moment. */
    private static final class CountingStore implements UserStore {
        final AtomicInteger reads = new AtomicInteger();
        Supplier<Optional<LiveSessionUser>> answer = () -> Optional.of(found("alice", T0.plus(Duration.ofHours(1))));

        @Override
        public Optional<LiveSessionUser> findByLiveSession(String userId, String sessionId, Instant now) {
            reads.incrementAndGet();
            return answer.get();
        }

        @Override
        public void insert(User user, String usernameNorm, String emailNorm, List<String> roles) {}

        @Override
        public Optional<UserWithGrants> findByLogin(String normalizedIdentifier) {
            return Optional.empty();
        }

        @Override
        public Optional<UserWithGrants> findById(String id) {
            return Optional.empty();
        }

        @Override
        public boolean existsByUsernameNorm(String usernameNorm) {
            return false;
        }

        @Override
        public void updatePasswordHash(String userId, String passwordHash, Instant now) {}

        @Override
        public void updateProfile(String userId, String name, String email, String emailNorm, boolean emailVerified, Instant now) {}

        @Override
        public void setVerifiedEmail(String userId, String email, String emailNorm, Instant now) {}
    }

    private static LiveSessionUser found(String username, Instant sessionExpiresAt) {
        User user = new User("u1", username, null, false, null, "$argon2id$x", false, T0);
        return new LiveSessionUser(new UserWithGrants(user, new Grants(List.of("user"), Set.of())), sessionExpiresAt);
    }

    @Test
    void aLiveSessionIsReadOnceWithinTheTtlAndAgainAfterIt() {
        CountingStore store = new CountingStore();
        CachingUserStore cache = new CachingUserStore(store, TTL);
        assertThat(cache.findByLiveSession("u1", "s1", T0)).isPresent();
        assertThat(cache.findByLiveSession("u1", "s1", T0.plusMillis(999))).isPresent();
        assertThat(store.reads.get()).isEqualTo(1);
        assertThat(cache.findByLiveSession("u1", "s1", T0.plusMillis(1000))).isPresent();
        assertThat(store.reads.get()).isEqualTo(2);
    }

    @Test
    void invalidateAllMakesTheNextRequestReadTheStore() {
        CountingStore store = new CountingStore();
        CachingUserStore cache = new CachingUserStore(store, TTL);
        cache.findByLiveSession("u1", "s1", T0);
        cache.invalidateAll();
        store.answer = Optional::empty; // the session was revoked
        assertThat(cache.findByLiveSession("u1", "s1", T0.plusMillis(1))).isEmpty();
        assertThat(cache.size()).isZero();
    }

    @Test
    void aReadThatRacedWithAnInvalidationIsNotServedAfterwards() {
        CountingStore store = new CountingStore();
        CachingUserStore cache = new CachingUserStore(store, TTL);
        // The revocation commits, and is reported, while the read is still on its way back.
        store.answer = () -> {
            cache.invalidateAll();
            return Optional.of(found("alice", T0.plus(Duration.ofHours(1))));
        };
        cache.findByLiveSession("u1", "s1", T0);
        store.answer = Optional::empty;
        assertThat(cache.findByLiveSession("u1", "s1", T0.plusMillis(1))).as("the raced read was stale").isEmpty();
        assertThat(store.reads.get()).isEqualTo(2);
    }

    @Test
    void anEntryNeverOutlivesItsSession() {
        CountingStore store = new CountingStore();
        store.answer = () -> Optional.of(found("alice", T0.plusMillis(300)));
        CachingUserStore cache = new CachingUserStore(store, TTL);
        cache.findByLiveSession("u1", "s1", T0);
        cache.findByLiveSession("u1", "s1", T0.plusMillis(299));
        assertThat(store.reads.get()).isEqualTo(1);
        store.answer = Optional::empty;
        assertThat(cache.findByLiveSession("u1", "s1", T0.plusMillis(300))).isEmpty();
    }

    @Test
    void missesAreNotCachedAndAnotherUsersIdDoesNotHit() {
        CountingStore store = new CountingStore();
        store.answer = Optional::empty;
        CachingUserStore cache = new CachingUserStore(store, TTL);
        cache.findByLiveSession("u1", "s1", T0);
        cache.findByLiveSession("u1", "s1", T0);
        assertThat(store.reads.get()).isEqualTo(2);
        assertThat(cache.size()).isZero();

        store.answer = () -> Optional.of(found("alice", T0.plus(Duration.ofHours(1))));
        cache.findByLiveSession("u1", "s2", T0);
        cache.findByLiveSession("u2", "s2", T0);
        assertThat(store.reads.get()).as("the entry belongs to u1 only").isEqualTo(4);
    }

    @Test
    void suspendedOrZeroTtlReadsThrough() {
        CountingStore store = new CountingStore();
        CachingUserStore off = new CachingUserStore(store, Duration.ZERO);
        off.findByLiveSession("u1", "s1", T0);
        off.findByLiveSession("u1", "s1", T0);
        assertThat(store.reads.get()).isEqualTo(2);

        CachingUserStore cache = new CachingUserStore(store, TTL);
        cache.findByLiveSession("u1", "s1", T0);
        cache.suspend();
        cache.findByLiveSession("u1", "s1", T0);
        cache.findByLiveSession("u1", "s1", T0);
        assertThat(store.reads.get()).isEqualTo(5);
        cache.resume();
        cache.findByLiveSession("u1", "s1", T0);
        cache.findByLiveSession("u1", "s1", T0);
        assertThat(store.reads.get()).as("entries from before the suspension are gone; then cached again").isEqualTo(6);
    }

    @Test
    void theMapStartsOverAtItsBound() {
        CountingStore store = new CountingStore();
        CachingUserStore cache = new CachingUserStore(store, TTL);
        for (int i = 0; i < CachingUserStore.MAX_ENTRIES + 5; i++) cache.findByLiveSession("u1", "s" + i, T0);
        assertThat(cache.size()).isEqualTo(5);
    }
}
