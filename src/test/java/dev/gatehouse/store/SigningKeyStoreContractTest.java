package dev.gatehouse.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.core.SecureTokens;
import dev.gatehouse.keys.StoredKey;
import dev.gatehouse.testing.Concurrently;
import dev.gatehouse.testing.TestDatabases.Kind;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * JdbiSigningKeyStore on SQLite and PostgreSQL. Each test has its own database: "one active key"
 * is a property of the whole table. The key material is opaque to the store.
 */
class SigningKeyStoreContractTest {
    private static final Instant T0 = Instant.ofEpochMilli(1_750_000_000_000L);

    private static StoredKey key(Instant created) {
        String kid = SecureTokens.random(16);
        return new StoredKey(kid, "RS256", "{\"kty\":\"RSA\",\"kid\":\"" + kid + "\"}", "enc-" + kid, StoredKey.ACTIVE,
                created, null);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void insertFirstActiveSucceedsOnlyOnce(Kind kind) {
        try (StoreFixture f = StoreFixture.open(kind)) {
            StoredKey first = key(T0);
            StoredKey second = key(T0.plusSeconds(1));

            assertThat(f.keys.findActive()).isEmpty();
            assertThat(f.keys.insertFirstActive(first)).isTrue();
            assertThat(f.keys.insertFirstActive(second)).isFalse();

            assertThat(f.keys.findActive()).contains(first);
            assertThat(f.keys.findPublishable(T0)).containsExactly(first);
            assertThat(f.count("SELECT COUNT(*) FROM signing_keys")).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void parallelInsertFirstActiveHasExactlyOneWinner(Kind kind) throws Exception {
        try (StoreFixture f = StoreFixture.open(kind)) {
            List<StoredKey> winners = Concurrently.run(10, () -> {
                StoredKey k = key(T0);
                return f.keys.insertFirstActive(k) ? k : null;
            }).stream().filter(Objects::nonNull).toList();

            assertThat(winners).hasSize(1);
            assertThat(f.keys.findActive()).contains(winners.get(0));
            assertThat(f.count("SELECT COUNT(*) FROM signing_keys")).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void rotateLeavesOneActiveAndRetiresTheOldOneUntilItsPublishWindowEnds(Kind kind) {
        try (StoreFixture f = StoreFixture.open(kind)) {
            StoredKey old = key(T0);
            f.keys.insertFirstActive(old);
            StoredKey fresh = key(T0.plusSeconds(60));
            Instant until = T0.plusSeconds(60 + 1_000);

            f.keys.rotate(fresh, until);

            assertThat(f.keys.findActive()).contains(fresh);
            assertThat(f.count("SELECT COUNT(*) FROM signing_keys WHERE status = 'active'")).isEqualTo(1);
            StoredKey retired = new StoredKey(old.kid(), old.alg(), old.publicJwk(), old.encryptedPrivateKey(),
                    StoredKey.RETIRED, old.createdAt(), until);
            assertThat(f.keys.findPublishable(T0.plusSeconds(61))).as("newest first").containsExactly(fresh, retired);
            assertThat(f.keys.findPublishable(until.minusMillis(1))).containsExactly(fresh, retired);
            assertThat(f.keys.findPublishable(until)).as("publish_until is exclusive").containsExactly(fresh);
            assertThat(f.keys.insertFirstActive(key(T0.plusSeconds(90)))).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void secondRotationRetiresTheSecondKeyAndKeepsEachPublishWindow(Kind kind) {
        try (StoreFixture f = StoreFixture.open(kind)) {
            StoredKey a = key(T0);
            StoredKey b = key(T0.plusSeconds(10));
            StoredKey c = key(T0.plusSeconds(20));
            f.keys.insertFirstActive(a);
            f.keys.rotate(b, T0.plusSeconds(100));
            f.keys.rotate(c, T0.plusSeconds(200));

            assertThat(f.keys.findActive()).contains(c);
            assertThat(f.keys.findPublishable(T0.plusSeconds(50))).extracting(StoredKey::kid)
                    .containsExactly(c.kid(), b.kid(), a.kid());
            assertThat(f.keys.findPublishable(T0.plusSeconds(150))).extracting(StoredKey::kid)
                    .containsExactly(c.kid(), b.kid());
            assertThat(f.keys.findPublishable(T0.plusSeconds(150)).get(1).publishUntil()).isEqualTo(T0.plusSeconds(200));
            assertThat(f.keys.findPublishable(T0.plusSeconds(250))).extracting(StoredKey::kid).containsExactly(c.kid());
        }
    }
}
