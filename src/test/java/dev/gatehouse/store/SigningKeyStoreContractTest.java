package dev.gatehouse.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.core.SecureTokens;
import dev.gatehouse.keys.StoredKey;
import dev.gatehouse.store.jdbi.JdbiSigningKeyStore;
import dev.gatehouse.testing.Concurrently;
import dev.gatehouse.testing.TestDatabases.Kind;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * JdbiSigningKeyStore on SQLite and PostgreSQL. Each test has its own database: "one active key per
 * algorithm" is a property of the whole table. The key material is opaque to the store.
 */
class SigningKeyStoreContractTest {
    private static final Instant T0 = Instant.ofEpochMilli(1_750_000_000_000L);

    private static StoredKey key(Instant created) {
        return key("RS256", created);
    }

    private static StoredKey key(String alg, Instant created) {
        String kid = SecureTokens.random(16);
        return new StoredKey(kid, alg, "{\"kty\":\"RSA\",\"kid\":\"" + kid + "\"}", "enc-" + kid, StoredKey.ACTIVE,
                created, null);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void insertFirstActiveSucceedsOnlyOnce(Kind kind) {
        try (StoreFixture f = StoreFixture.open(kind)) {
            StoredKey first = key(T0);
            StoredKey second = key(T0.plusSeconds(1));

            assertThat(f.keys.findActive("RS256")).isEmpty();
            assertThat(f.keys.insertFirstActive(first)).isTrue();
            assertThat(f.keys.insertFirstActive(second)).isFalse();

            assertThat(f.keys.findActive("RS256")).contains(first);
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
            assertThat(f.keys.findActive("RS256")).contains(winners.get(0));
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

            assertThat(f.keys.findActive("RS256")).contains(fresh);
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
    void parallelRotationsAllSucceedAndLeaveOneActiveKey(Kind kind) throws Exception {
        try (StoreFixture f = StoreFixture.open(kind)) {
            StoredKey old = key(T0);
            f.keys.insertFirstActive(old);
            List<StoredKey> fresh = Concurrently.run(6, () -> {
                StoredKey k = key(T0.plusSeconds(60));
                f.keys.rotate(k, T0.plusSeconds(1_000));
                return k;
            });

            assertThat(f.count("SELECT COUNT(*) FROM signing_keys WHERE status = 'active' AND alg = 'RS256'")).isEqualTo(1);
            assertThat(f.keys.findActive("RS256")).get().extracting(StoredKey::kid)
                    .isIn(fresh.stream().map(StoredKey::kid).toList());
            assertThat(f.count("SELECT COUNT(*) FROM signing_keys")).isEqualTo(7);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void rotateIfOlderReplacesOnlyAKeyOfThatAgeAndOnlyItsAlgorithm(Kind kind) {
        try (StoreFixture f = StoreFixture.open(kind)) {
            StoredKey rs = key("RS256", T0);
            StoredKey es = key("ES256", T0.plusSeconds(100));
            f.keys.insertFirstActive(rs);
            f.keys.insertFirstActive(es);

            assertThat(f.keys.rotateIfOlder(key("RS256", T0.plusSeconds(200)), T0.minusMillis(1), T0.plusSeconds(999)))
                    .as("created after the cutoff: young").isFalse();
            assertThat(f.keys.findActive("RS256")).contains(rs);
            StoredKey fresh = key("RS256", T0.plusSeconds(200));
            assertThat(f.keys.rotateIfOlder(fresh, T0, T0.plusSeconds(999))).as("created at the cutoff: due").isTrue();

            assertThat(f.keys.findActive("RS256")).contains(fresh);
            assertThat(f.keys.findActive("ES256")).contains(es);
            assertThat(f.keys.findPublishable(T0.plusSeconds(998))).extracting(StoredKey::kid).contains(rs.kid());
            assertThat(f.keys.rotateIfOlder(key("PS256", T0), T0.plusSeconds(999), T0.plusSeconds(999)))
                    .as("no active key of that algorithm").isFalse();
            assertThat(f.count("SELECT COUNT(*) FROM signing_keys")).isEqualTo(3);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void parallelScheduledRotationsReplaceTheKeyOnce(Kind kind) throws Exception {
        try (StoreFixture f = StoreFixture.open(kind)) {
            f.keys.insertFirstActive(key(T0));
            List<StoredKey> winners = Concurrently.run(8, () -> {
                StoredKey k = key(T0.plusSeconds(3_600));
                return f.keys.rotateIfOlder(k, T0.plusSeconds(1), T0.plusSeconds(5_000)) ? k : null;
            }).stream().filter(Objects::nonNull).toList();

            assertThat(winners).hasSize(1);
            assertThat(f.keys.findActive("RS256")).contains(winners.get(0));
            assertThat(f.count("SELECT COUNT(*) FROM signing_keys")).isEqualTo(2);
            assertThat(f.count("SELECT COUNT(*) FROM signing_keys WHERE status = 'retired'")).isEqualTo(1);
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

            assertThat(f.keys.findActive("RS256")).contains(c);
            assertThat(f.keys.findPublishable(T0.plusSeconds(50))).extracting(StoredKey::kid)
                    .containsExactly(c.kid(), b.kid(), a.kid());
            assertThat(f.keys.findPublishable(T0.plusSeconds(150))).extracting(StoredKey::kid)
                    .containsExactly(c.kid(), b.kid());
            assertThat(f.keys.findPublishable(T0.plusSeconds(150)).get(1).publishUntil()).isEqualTo(T0.plusSeconds(200));
            assertThat(f.keys.findPublishable(T0.plusSeconds(250))).extracting(StoredKey::kid).containsExactly(c.kid());
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void eachAlgorithmHasItsOwnActiveKey(Kind kind) {
        try (StoreFixture f = StoreFixture.open(kind)) {
            StoredKey rs = key("RS256", T0);
            StoredKey es = key("ES256", T0.plusSeconds(1));
            StoredKey ps = key("PS256", T0.plusSeconds(2));

            assertThat(f.keys.insertFirstActive(rs)).isTrue();
            assertThat(f.keys.insertFirstActive(es)).isTrue();
            assertThat(f.keys.insertFirstActive(ps)).isTrue();
            assertThat(f.keys.insertFirstActive(key("ES256", T0.plusSeconds(3)))).isFalse();

            assertThat(f.keys.findActive("RS256")).contains(rs);
            assertThat(f.keys.findActive("ES256")).contains(es);
            assertThat(f.keys.findActive("PS256")).contains(ps);
            assertThat(f.keys.findPublishable(T0)).containsExactly(ps, es, rs);
            assertThat(f.count("SELECT COUNT(*) FROM signing_keys WHERE status = 'active'")).isEqualTo(3);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void rotatingOneAlgorithmLeavesTheOthersActive(Kind kind) {
        try (StoreFixture f = StoreFixture.open(kind)) {
            StoredKey rs = key("RS256", T0);
            StoredKey es = key("ES256", T0);
            f.keys.insertFirstActive(rs);
            f.keys.insertFirstActive(es);
            StoredKey es2 = key("ES256", T0.plusSeconds(10));
            Instant until = T0.plusSeconds(1_000);

            f.keys.rotate(es2, until);

            assertThat(f.keys.findActive("RS256")).contains(rs);
            assertThat(f.keys.findActive("ES256")).contains(es2);
            assertThat(f.keys.findPublishable(T0.plusSeconds(20))).extracting(StoredKey::kid, StoredKey::status)
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(rs.kid(), StoredKey.ACTIVE),
                            org.assertj.core.groups.Tuple.tuple(es2.kid(), StoredKey.ACTIVE),
                            org.assertj.core.groups.Tuple.tuple(es.kid(), StoredKey.RETIRED));
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void parallelInsertOfASecondAlgorithmHasExactlyOneWinnerAndKeepsTheFirst(Kind kind) throws Exception {
        try (StoreFixture f = StoreFixture.open(kind)) {
            StoredKey rs = key("RS256", T0);
            f.keys.insertFirstActive(rs);
            List<StoredKey> winners = Concurrently.run(10, () -> {
                StoredKey k = key("ES256", T0);
                return f.keys.insertFirstActive(k) ? k : null;
            }).stream().filter(Objects::nonNull).toList();

            assertThat(winners).hasSize(1);
            assertThat(f.keys.findActive("ES256")).contains(winners.get(0));
            assertThat(f.keys.findActive("RS256")).contains(rs);
            assertThat(f.count("SELECT COUNT(*) FROM signing_keys")).isEqualTo(2);
        }
    }

    /** V7 replaced the one-active-key index: a database holding V6 rows migrates and keeps them. */
    @ParameterizedTest
    @EnumSource(Kind.class)
    void keysWrittenBeforeV7StayValidAndGainOneActiveKeyPerAlgorithm(Kind kind) {
        try (Database db = StoreFixture.migratedTo(kind, "6")) {
            Jdbi jdbi = Jdbi.create(db.dataSource());
            JdbiSigningKeyStore store = new JdbiSigningKeyStore(jdbi);
            // What V6 held after switching token.signing_alg from ES256 to RS256: the ES256 key retired.
            StoredKey oldEs = key("ES256", T0);
            StoredKey rs = key("RS256", T0.plusSeconds(1));
            jdbi.useHandle(h -> {
                h.execute("INSERT INTO signing_keys (kid, alg, public_jwk, private_key_enc, status, created_at, publish_until)"
                        + " VALUES (?, 'ES256', ?, ?, 'retired', ?, ?)", oldEs.kid(), oldEs.publicJwk(), oldEs.encryptedPrivateKey(),
                        T0.toEpochMilli(), T0.plusSeconds(500).toEpochMilli());
                h.execute("INSERT INTO signing_keys (kid, alg, public_jwk, private_key_enc, status, created_at)"
                        + " VALUES (?, 'RS256', ?, ?, 'active', ?)", rs.kid(), rs.publicJwk(), rs.encryptedPrivateKey(),
                        rs.createdAt().toEpochMilli());
            });
            assertThat(store.insertFirstActive(key("ES256", T0.plusSeconds(2)))).as("V6: one active key in all").isFalse();

            assertThat(Migrations.migrate(db)).isEqualTo(Migrations.LATEST - 6);

            assertThat(store.findActive("RS256")).contains(rs);
            assertThat(store.findPublishable(T0)).extracting(StoredKey::kid).containsExactly(rs.kid(), oldEs.kid());
            StoredKey es = key("ES256", T0.plusSeconds(3));
            assertThat(store.insertFirstActive(es)).isTrue();
            assertThat(store.insertFirstActive(key("RS256", T0.plusSeconds(4)))).isFalse();
            assertThat(store.findActive("ES256")).contains(es);
        }
    }
}
