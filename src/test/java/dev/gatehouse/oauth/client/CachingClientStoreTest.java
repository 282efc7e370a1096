package dev.gatehouse.oauth.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.testing.MutableClock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The client cache: this node's own writes show at once, another node's writes (made straight on
 * the shared store here) show after at most the TTL, unknown ids are not remembered, a full cache
 * drops its least used entries instead of everything.
 */
class CachingClientStoreTest {
    private final FakeClientStore shared = new FakeClientStore();
    private final MutableClock clock = MutableClock.startingNow();
    private final CachingClientStore cache = new CachingClientStore(shared, clock, Duration.ofSeconds(5));

    private OAuthClient client(String id, String name) {
        return new OAuthClient(id, name, ClientType.CONFIDENTIAL, List.of(), List.of(), List.of("client_credentials"),
                List.of("reports:read"), ClientAuthMethods.CLIENT_SECRET_BASIC, null, null, false, null, null, "RS256", null,
                clock.instant());
    }

    @Test
    void anotherNodesSecretRotationShowsAfterTheTtlAndNotBefore() {
        cache.insert(client("c1", "One"), "hash-1");
        assertThat(cache.find("c1")).get().extracting(ClientStore.Stored::secretHash).isEqualTo("hash-1");
        shared.updateSecret("c1", "hash-2", clock.instant());
        clock.advance(Duration.ofMillis(4_999));
        assertThat(cache.find("c1")).get().extracting(ClientStore.Stored::secretHash).isEqualTo("hash-1");
        clock.advance(Duration.ofMillis(1));
        assertThat(cache.find("c1")).get().extracting(ClientStore.Stored::secretHash).isEqualTo("hash-2");
    }

    @Test
    void anotherNodesDeleteShowsAfterTheTtl() {
        cache.insert(client("c1", "One"), "hash-1");
        assertThat(cache.find("c1")).isPresent();
        shared.delete("c1");
        assertThat(cache.find("c1")).isPresent();
        clock.advance(Duration.ofSeconds(5));
        assertThat(cache.find("c1")).isEmpty();
    }

    @Test
    void thisNodesUpdateRotationAndDeleteShowAtOnce() {
        cache.insert(client("c1", "One"), "hash-1");
        assertThat(cache.find("c1")).isPresent();
        cache.update(client("c1", "Renamed"), clock.instant());
        assertThat(cache.find("c1")).get().extracting(s -> s.client().name()).isEqualTo("Renamed");
        cache.updateSecret("c1", "hash-2", clock.instant());
        assertThat(cache.find("c1")).get().extracting(ClientStore.Stored::secretHash).isEqualTo("hash-2");
        cache.delete("c1");
        assertThat(cache.find("c1")).isEmpty();
    }

    @Test
    void anUnknownIdIsNotRememberedSoAClientCreatedElsewhereWorksAtOnce() {
        assertThat(cache.find("later")).isEmpty();
        shared.insert(client("later", "Later"), "hash");
        assertThat(cache.find("later")).isPresent();
    }

    @Test
    void zeroTtlReadsTheStoreEveryTime() {
        CachingClientStore off = new CachingClientStore(shared, clock, Duration.ZERO);
        off.insert(client("c1", "One"), "hash-1");
        assertThat(off.find("c1")).isPresent();
        shared.updateSecret("c1", "hash-2", clock.instant());
        assertThat(off.find("c1")).get().extracting(ClientStore.Stored::secretHash).isEqualTo("hash-2");
    }

    @Test
    void aFullCacheKeepsTheClientInUseInsteadOfStartingOver() {
        AtomicInteger busyReads = new AtomicInteger();
        FakeClientStore counting = new FakeClientStore() {
            @Override
            public Optional<Stored> find(String clientId) {
                if (clientId.equals("busy")) busyReads.incrementAndGet();
                return super.find(clientId);
            }
        };
        CachingClientStore full = new CachingClientStore(counting, clock, Duration.ofSeconds(5));
        full.insert(client("busy", "Busy"), "hash");
        for (int i = 0; i <= 2 * CachingClientStore.MAX_ENTRIES; i++) {
            counting.insert(client("c" + i, "n"), "h");
            full.find("c" + i);
            assertThat(full.find("busy")).isPresent();
        }
        assertThat(busyReads).as("store reads of the client in use").hasValue(1);
        assertThat(full.size()).isLessThanOrEqualTo(CachingClientStore.MAX_ENTRIES);
    }

    @Test
    void anEntryExpiresAfterTheTtlEvenWhenReadMeanwhile() {
        cache.insert(client("c1", "One"), "hash-1");
        for (int i = 0; i < 5; i++) {
            assertThat(cache.find("c1")).get().extracting(ClientStore.Stored::secretHash).isEqualTo("hash-1");
            clock.advance(Duration.ofMillis(999));
        }
        shared.updateSecret("c1", "hash-2", clock.instant());
        clock.advance(Duration.ofMillis(5));
        assertThat(cache.find("c1")).get().extracting(ClientStore.Stored::secretHash).isEqualTo("hash-2");
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void aReadOfTheOldRowRacingThisNodesRotationIsNotCachedAfterIt() throws Exception {
        CountDownLatch readDone = new CountDownLatch(1);
        CountDownLatch mayReturn = new CountDownLatch(1);
        FakeClientStore slow = new FakeClientStore() {
            @Override
            public Optional<Stored> find(String clientId) {
                Optional<Stored> old = super.find(clientId);
                readDone.countDown();
                await(mayReturn);
                return old;
            }
        };
        CachingClientStore racing = new CachingClientStore(slow, clock, Duration.ofSeconds(5));
        racing.insert(client("c1", "One"), "hash-1");
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> read = threads.submit(() -> racing.find("c1"));
            await(readDone);
            Future<?> rotate = threads.submit(() -> racing.updateSecret("c1", "hash-2", clock.instant()));
            try {
                rotate.get(300, TimeUnit.MILLISECONDS); // a drop that does not wait for the read ends here
            } catch (TimeoutException waitsForTheRead) {
                // and one that waits ends once the read is back
            }
            mayReturn.countDown();
            read.get(5, TimeUnit.SECONDS);
            rotate.get(5, TimeUnit.SECONDS);
        } finally {
            mayReturn.countDown();
            threads.shutdownNow();
        }
        assertThat(racing.find("c1")).get().extracting(ClientStore.Stored::secretHash).isEqualTo("hash-2");
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(5, TimeUnit.SECONDS)) throw new AssertionError("timed out");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Test
    void theCacheNeverHoldsMoreThanItsBound() {
        for (int i = 0; i <= CachingClientStore.MAX_ENTRIES; i++) {
            shared.insert(client("c" + i, "n"), "h");
            cache.find("c" + i);
        }
        assertThat(cache.size()).isPositive().isLessThanOrEqualTo(CachingClientStore.MAX_ENTRIES);
    }
}
