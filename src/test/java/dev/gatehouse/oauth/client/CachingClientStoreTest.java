package dev.gatehouse.oauth.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.testing.MutableClock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The client cache: this node's own writes show at once, another node's writes (made straight on
 * the shared store here) show after at most the TTL, unknown ids are not remembered.
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
    void theCacheNeverHoldsMoreThanItsBound() {
        for (int i = 0; i <= CachingClientStore.MAX_ENTRIES; i++) {
            shared.insert(client("c" + i, "n"), "h");
            cache.find("c" + i);
        }
        assertThat(cache.size()).isPositive().isLessThanOrEqualTo(CachingClientStore.MAX_ENTRIES);
    }
}
