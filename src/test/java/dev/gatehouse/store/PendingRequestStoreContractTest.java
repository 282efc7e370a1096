package dev.gatehouse.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.core.SecureTokens;
import dev.gatehouse.oauth.authorize.PendingRequestStore;
import dev.gatehouse.oauth.authorize.PendingRequestStore.Pending;
import dev.gatehouse.store.jdbi.JdbiPendingRequestStore;
import dev.gatehouse.testing.Concurrently;
import dev.gatehouse.testing.TestDatabases.Kind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * JdbiPendingRequestStore on SQLite and PostgreSQL: authorization requests waiting for sign-in or
 * consent, found by the hash of their handle until they expire, deleted by exactly one caller.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PendingRequestStoreContractTest {
    private static final Instant T0 = Instant.ofEpochMilli(1_750_000_000_123L);
    private static final Duration TTL = Duration.ofMinutes(10);
    private static final String PARAMS = "response_type=code&client_id=app&redirect_uri=https%3A%2F%2Fapp.example%2Fcb"
            + "&scope=openid+notes%3Aread&state=s%26t%3Dx&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

    private final StoreFixture.PerKind fixtures = new StoreFixture.PerKind();

    @AfterAll
    void close() {
        fixtures.close();
    }

    private static String handleHash() {
        return SecureTokens.hash(SecureTokens.random(32));
    }

    private static PendingRequestStore store(StoreFixture f) {
        return new JdbiPendingRequestStore(f.jdbi);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void insertThenFindReturnsTheParametersVerbatimAndWhenTheRequestStarted(Kind kind) {
        PendingRequestStore store = store(fixtures.get(kind));
        String hash = handleHash();
        store.insert(hash, PARAMS, T0, T0.plus(TTL));
        assertThat(store.find(hash, T0.plusSeconds(1))).contains(new Pending(PARAMS, T0));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void longAndNonAsciiParametersRoundTrip(Kind kind) {
        PendingRequestStore store = store(fixtures.get(kind));
        String hash = handleHash();
        String params = PARAMS + "&ui_locales=de-CH+fr&login_hint=J%C3%BCrgen&claims=" + "x".repeat(20_000) + "&raw=Zoë✓";
        store.insert(hash, params, T0, T0.plus(TTL));
        assertThat(store.find(hash, T0).orElseThrow().parameters()).isEqualTo(params);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void findWhenUnknownOrAnotherHandleThenEmpty(Kind kind) {
        PendingRequestStore store = store(fixtures.get(kind));
        String hash = handleHash();
        store.insert(hash, PARAMS, T0, T0.plus(TTL));
        assertThat(store.find(handleHash(), T0)).isEmpty();
        assertThat(store.find(hash.toUpperCase(java.util.Locale.ROOT), T0)).as("hashes are compared exactly").isEmpty();
        assertThat(store.find("", T0)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void findFromTheExpiryInstantOnThenEmpty(Kind kind) {
        PendingRequestStore store = store(fixtures.get(kind));
        String hash = handleHash();
        Instant expiry = T0.plus(TTL);
        store.insert(hash, PARAMS, T0, expiry);
        assertThat(store.find(hash, expiry.minusMillis(1))).isPresent();
        assertThat(store.find(hash, expiry)).isEmpty();
        assertThat(store.find(hash, expiry.plus(Duration.ofDays(1)))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void deleteThenGoneAndSecondDeleteFalseAndOtherRequestsStay(Kind kind) {
        PendingRequestStore store = store(fixtures.get(kind));
        String hash = handleHash();
        String other = handleHash();
        store.insert(hash, PARAMS, T0, T0.plus(TTL));
        store.insert(other, "client_id=other", T0, T0.plus(TTL));
        assertThat(store.delete(hash)).isTrue();
        assertThat(store.find(hash, T0)).isEmpty();
        assertThat(store.delete(hash)).isFalse();
        assertThat(store.delete(handleHash())).as("never inserted").isFalse();
        assertThat(store.find(other, T0)).contains(new Pending("client_id=other", T0));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void deleteOfAnExpiredRequestStillDeletesIt(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        PendingRequestStore store = store(f);
        String hash = handleHash();
        store.insert(hash, PARAMS, T0.minus(TTL), T0);
        assertThat(store.delete(hash)).isTrue();
        assertThat(f.count("SELECT COUNT(*) FROM authorization_requests WHERE handle_hash = '" + hash + "'")).isZero();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void insertWhenTheHashExistsThenFailsAndNeverReplacesTheWaitingRequest(Kind kind) {
        PendingRequestStore store = store(fixtures.get(kind));
        String hash = handleHash();
        store.insert(hash, PARAMS, T0, T0.plus(TTL));
        assertThatThrownBy(() -> store.insert(hash, "client_id=attacker&redirect_uri=https%3A%2F%2Fevil.example",
                T0.plusSeconds(1), T0.plus(TTL).plusSeconds(1))).isInstanceOf(RuntimeException.class);
        assertThat(store.find(hash, T0.plusSeconds(2))).contains(new Pending(PARAMS, T0));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void deletesOfOneRequestAtOnceThenExactlyOneIsTrue(Kind kind) throws Exception {
        PendingRequestStore store = store(fixtures.get(kind));
        for (int round = 0; round < 3; round++) {
            String hash = handleHash();
            store.insert(hash, PARAMS, T0, T0.plus(TTL));
            List<Boolean> deleted = Concurrently.run(8, () -> store.delete(hash));
            assertThat(deleted).as("round %d", round).containsOnlyOnce(true);
        }
    }
}
