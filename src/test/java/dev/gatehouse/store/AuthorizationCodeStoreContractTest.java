package dev.gatehouse.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.account.User;
import dev.gatehouse.core.SecureTokens;
import dev.gatehouse.oauth.authorize.AuthorizationCode;
import dev.gatehouse.oauth.authorize.AuthorizationCodeStore;
import dev.gatehouse.oauth.authorize.FirstRedemption;
import dev.gatehouse.session.Session;
import dev.gatehouse.store.jdbi.JdbiAuthorizationCodeStore;
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
 * JdbiAuthorizationCodeStore on SQLite and PostgreSQL, with JdbiSessionStore#insertForCode: single use, expiry,
 * reuse marking, the winner naming its session, parallel redemption.
 */
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

    private static Session session(User u) {
        return new Session(SecureTokens.random(16), u.id(), "client-a", List.of("openid"), T0, T0, T0.plusSeconds(3600), null, null, null);
    }

    private static boolean live(StoreFixture f, Session s) {
        return f.sessions.findLive(s.id(), T0.plusSeconds(10)).isPresent();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void markReusedAfterTheWinnerNamedItsSessionReturnsThatSessionAndWhenItWasCreated(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        AuthorizationCodeStore store = new JdbiAuthorizationCodeStore(f.jdbi);
        String hash = SecureTokens.hash(SecureTokens.random(32));
        User u = newUser(f);
        store.insert(hash, code(u, T0));
        assertThat(store.markReused(hash, T0)).as("unused code is not reuse").isEmpty();
        store.redeem(hash, T0.plusSeconds(1));
        Session s = session(u);

        assertThat(f.sessions.insertForCode(s, SecureTokens.hash(SecureTokens.random(32)), "login-1", T0, hash)).isTrue();

        assertThat(live(f, s)).isTrue();
        assertThat(store.markReused(hash, T0.plusSeconds(2))).contains(new FirstRedemption(s.id(), s.createdAt()));
    }

    /** A re-sign-in of the same user: the live token sessions of the old login session go on as the new one's, ended ones stay ended. */
    @ParameterizedTest
    @EnumSource(Kind.class)
    void theLiveSessionsOfALoginSessionMoveToAnotherAndEndWithIt(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        AuthorizationCodeStore store = new JdbiAuthorizationCodeStore(f.jdbi);
        User u = newUser(f);
        String oldLogin = "login-" + SecureTokens.random(8);
        String newLogin = "login-" + SecureTokens.random(8);
        Session kept = null;
        Session ended = null;
        for (int i = 0; i < 2; i++) {
            String hash = SecureTokens.hash(SecureTokens.random(32));
            store.insert(hash, code(u, T0));
            store.redeem(hash, T0.plusSeconds(1));
            Session s = session(u);
            assertThat(f.sessions.insertForCode(s, SecureTokens.hash(SecureTokens.random(32)), oldLogin, T0, hash)).isTrue();
            if (i == 0) kept = s;
            else ended = s;
        }
        f.sessions.revoke(ended.id(), T0.plusSeconds(2));
        assertThat(f.sessions.moveToLoginSession(oldLogin, newLogin)).isEqualTo(1);
        assertThat(f.sessions.revokeByLoginSession(oldLogin, T0.plusSeconds(3))).as("nothing left under the old one").isZero();
        assertThat(live(f, kept)).isTrue();
        assertThat(f.sessions.revokeByLoginSession(newLogin, T0.plusSeconds(3))).isEqualTo(1);
        assertThat(live(f, kept)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void markReusedWhileTheWinnerIsInFlightReturnsNoSessionAndDoesNotStopTheWinner(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        AuthorizationCodeStore store = new JdbiAuthorizationCodeStore(f.jdbi);
        String hash = SecureTokens.hash(SecureTokens.random(32));
        User u = newUser(f);
        store.insert(hash, code(u, T0));
        store.redeem(hash, T0.plusSeconds(1));

        assertThat(store.markReused(hash, T0.plusSeconds(2))).as("a concurrent duplicate").contains(new FirstRedemption(null, null));

        Session s = session(u);
        assertThat(f.sessions.insertForCode(s, SecureTokens.hash(SecureTokens.random(32)), "login-1", T0, hash)).isTrue();
        assertThat(live(f, s)).isTrue();
        assertThat(store.markReused(hash, T0.plusSeconds(3))).as("after it").contains(new FirstRedemption(s.id(), s.createdAt()));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void insertForCodeWhenTheCodeAlreadyNamesASessionOrIsUnusedThenWritesNothing(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        AuthorizationCodeStore store = new JdbiAuthorizationCodeStore(f.jdbi);
        String hash = SecureTokens.hash(SecureTokens.random(32));
        User u = newUser(f);
        store.insert(hash, code(u, T0));
        Session early = session(u);
        assertThat(f.sessions.insertForCode(early, SecureTokens.hash(SecureTokens.random(32)), "login-1", T0, hash))
                .as("the code is not redeemed").isFalse();
        assertThat(live(f, early)).isFalse();
        store.redeem(hash, T0.plusSeconds(1));
        Session first = session(u);
        Session second = session(u);

        assertThat(f.sessions.insertForCode(first, SecureTokens.hash(SecureTokens.random(32)), "login-1", T0, hash)).isTrue();
        assertThat(f.sessions.insertForCode(second, SecureTokens.hash(SecureTokens.random(32)), "login-1", T0, hash)).isFalse();

        assertThat(live(f, second)).as("rolled back").isFalse();
        assertThat(store.markReused(hash, T0.plusSeconds(2))).contains(new FirstRedemption(first.id(), first.createdAt()));
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

    /**
     * Twenty redemptions at once, ten rounds: one wins and names its session; each loser's reuse mark
     * sees either no session (it ran while the winner was in flight) or the winner's, never another,
     * and the winner's session is never undone by them.
     */
    @ParameterizedTest
    @EnumSource(Kind.class)
    void twentyParallelRedemptionsWithReuseMarksThenOneWinnerWhoseSessionStands(Kind kind) throws Exception {
        StoreFixture f = fixtures.get(kind);
        AuthorizationCodeStore store = new JdbiAuthorizationCodeStore(f.jdbi);
        User u = newUser(f);
        for (int round = 0; round < 10; round++) {
            String hash = SecureTokens.hash(SecureTokens.random(32));
            store.insert(hash, code(u, T0));

            List<String> results = Concurrently.run(20, () -> {
                if (store.redeem(hash, T0.plusSeconds(1)).isPresent()) {
                    Session s = session(u);
                    return f.sessions.insertForCode(s, SecureTokens.hash(SecureTokens.random(32)), "login-1", T0, hash) ? "won:" + s.id() : "failed";
                }
                return store.markReused(hash, T0.plusSeconds(1))
                        .map(first -> "lost:" + (first.sessionId() == null ? "" : first.sessionId())).orElse("unknown");
            });

            List<String> won = results.stream().filter(r -> r.startsWith("won:")).map(r -> r.substring(4)).toList();
            assertThat(won).as("round %d: %s", round, results).hasSize(1);
            assertThat(results).filteredOn(r -> !r.startsWith("won:")).allSatisfy(r -> assertThat(r).isIn("lost:", "lost:" + won.get(0)));
            assertThat(f.sessions.findLive(won.get(0), T0.plusSeconds(2))).isPresent();
        }
    }
}
