package dev.gatehouse.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.account.User;
import dev.gatehouse.core.SecureTokens;
import dev.gatehouse.oauth.authorize.AuthorizationCode;
import dev.gatehouse.oauth.authorize.AuthorizationCodeStore;
import dev.gatehouse.store.jdbi.JdbiAuthorizationCodeStore;
import dev.gatehouse.testing.Concurrently;
import dev.gatehouse.testing.TestDatabases.Kind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** JdbiAuthorizationCodeStore on SQLite and PostgreSQL: single use, expiry, reuse marking, parallel redemption. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationCodeStoreContractTest {
    private static final Instant T0 = Instant.ofEpochMilli(1_750_000_000_000L);

    private final StoreFixture.PerKind fixtures = new StoreFixture.PerKind();

    @AfterAll
    void close() {
        fixtures.close();
    }

    private static AuthorizationCode code(User u, Instant at) {
        return new AuthorizationCode("client-a", u.id(), "https://app.example/cb", List.of("openid", "profile"), "n-0S6",
                "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", at.minusSeconds(30), List.of("pwd"), "login-1", at, at.plusSeconds(60));
    }

    private static User newUser(StoreFixture f) {
        return f.user("c" + SecureTokens.random(9).toLowerCase().replace('-', 'x').replace('_', 'y'), List.of("user"));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void redeemReturnsTheCodeOnceWithEveryBinding(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        AuthorizationCodeStore store = new JdbiAuthorizationCodeStore(f.jdbi);
        AuthorizationCode c = code(newUser(f), T0);
        String hash = SecureTokens.hash(SecureTokens.random(32));
        store.insert(hash, c);

        assertThat(store.redeem(hash, T0.plusSeconds(1))).contains(c);
        assertThat(store.redeem(hash, T0.plusSeconds(2))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void redeemWhenExpiredThenEmptyAndNotMarkedAsReuse(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        AuthorizationCodeStore store = new JdbiAuthorizationCodeStore(f.jdbi);
        String hash = SecureTokens.hash(SecureTokens.random(32));
        store.insert(hash, code(newUser(f), T0));

        assertThat(store.redeem(hash, T0.plusSeconds(60))).isEmpty();
        assertThat(store.markReused(hash, T0.plusSeconds(61))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void markReusedAfterRedemptionReturnsTheAttachedSessionAndBlocksLateAttachment(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        AuthorizationCodeStore store = new JdbiAuthorizationCodeStore(f.jdbi);
        String hash = SecureTokens.hash(SecureTokens.random(32));
        store.insert(hash, code(newUser(f), T0));
        assertThat(store.markReused(hash, T0)).as("unused code is not reuse").isEmpty();

        store.redeem(hash, T0.plusSeconds(1));
        assertThat(store.attachSession(hash, "session-1")).isTrue();
        assertThat(store.markReused(hash, T0.plusSeconds(2))).contains(Optional.of("session-1"));
        assertThat(store.attachSession(hash, "session-2")).as("attached after reuse was seen").isFalse();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void markReusedBeforeAttachmentThenAttachmentFails(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        AuthorizationCodeStore store = new JdbiAuthorizationCodeStore(f.jdbi);
        String hash = SecureTokens.hash(SecureTokens.random(32));
        store.insert(hash, code(newUser(f), T0));
        store.redeem(hash, T0.plusSeconds(1));

        assertThat(store.markReused(hash, T0.plusSeconds(2))).contains(Optional.empty());
        assertThat(store.attachSession(hash, "session-1")).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void parallelRedemptionsExactlyOneWins(Kind kind) throws Exception {
        StoreFixture f = fixtures.get(kind);
        AuthorizationCodeStore store = new JdbiAuthorizationCodeStore(f.jdbi);
        String hash = SecureTokens.hash(SecureTokens.random(32));
        store.insert(hash, code(newUser(f), T0));
        List<Boolean> results = Concurrently.run(8, () -> store.redeem(hash, T0.plus(Duration.ofMillis(10))).isPresent());

        assertThat(results).filteredOn(b -> b).hasSize(1);
    }
}
