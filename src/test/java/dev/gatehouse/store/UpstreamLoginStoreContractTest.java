package dev.gatehouse.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.account.BrowserSession;
import dev.gatehouse.account.User;
import dev.gatehouse.core.SecureTokens;
import dev.gatehouse.federation.UpstreamLogin;
import dev.gatehouse.federation.UpstreamLoginStore;
import dev.gatehouse.store.jdbi.JdbiBrowserSessionStore;
import dev.gatehouse.store.jdbi.JdbiUpstreamLoginStore;
import dev.gatehouse.testing.Concurrently;
import dev.gatehouse.testing.TestDatabases.Kind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * JdbiUpstreamLoginStore on SQLite and PostgreSQL: upstream sign-ins in progress, found by key hash or
 * browser binding until they expire, spent by exactly one DELETE, swept by housekeeping; and the
 * {@code idp} of a login session (V13).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UpstreamLoginStoreContractTest {
    private static final Instant T0 = Instant.ofEpochMilli(1_750_000_000_123L);
    private static final Duration TTL = Duration.ofMinutes(10);

    private final StoreFixture.PerKind fixtures = new StoreFixture.PerKind();

    @AfterAll
    void close() {
        fixtures.close();
    }

    private static UpstreamLoginStore store(StoreFixture f) {
        return new JdbiUpstreamLoginStore(f.jdbi);
    }

    private static UpstreamLogin roundTrip(String binding, String userId) {
        return new UpstreamLogin(SecureTokens.hash(SecureTokens.random(32)), UpstreamLogin.Kind.ROUND_TRIP, "google",
                binding == null ? null : SecureTokens.hash(binding), "nonce-1", "c2VhbGVk", "cmV0dXJu", userId, null, null,
                List.of(), T0, T0.plus(TTL));
    }

    private static User newUser(StoreFixture f) {
        return f.user("u" + SecureTokens.random(9).toLowerCase().replace('-', 'x').replace('_', 'y'), List.of("user"));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void insertThenFindReturnsEveryFieldUntilExpiry(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        User u = newUser(f);
        UpstreamLogin confirm = new UpstreamLogin(SecureTokens.hash("t"), UpstreamLogin.Kind.CONFIRM, "corp-sso", SecureTokens.hash("b"),
                null, null, "c2VhbGVk", u.id(), "subject-Ω-1", "ann@example.com", List.of("pwd", "mfa"), T0, T0.plus(TTL));
        store(f).insert(confirm);
        assertThat(store(f).find(confirm.keyHash(), T0.plusSeconds(1))).contains(confirm);
        assertThat(store(f).find(confirm.keyHash(), T0.plus(TTL))).isEmpty();
        assertThat(store(f).find(SecureTokens.hash("other"), T0)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void byBindingListsOnlyThatBrowsersLiveRoundTrips(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        String binding = SecureTokens.random(32);
        UpstreamLogin a = roundTrip(binding, null);
        UpstreamLogin b = roundTrip(binding, null);
        store(f).insert(a);
        store(f).insert(b);
        store(f).insert(roundTrip(SecureTokens.random(32), null));
        assertThat(store(f).byBinding(SecureTokens.hash(binding), T0)).extracting(UpstreamLogin::keyHash)
                .containsExactlyInAnyOrder(a.keyHash(), b.keyHash());
        assertThat(store(f).byBinding(SecureTokens.hash(binding), T0.plus(TTL))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void parallelDeletesOfOneRowHaveExactlyOneWinner(Kind kind) throws Exception {
        StoreFixture f = fixtures.get(kind);
        UpstreamLogin row = roundTrip(SecureTokens.random(32), null);
        store(f).insert(row);
        List<Boolean> won = Concurrently.run(8, () -> store(f).delete(row.keyHash()));
        assertThat(won).containsOnlyOnce(true);
        assertThat(store(f).find(row.keyHash(), T0)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void deletingTheUserDeletesItsRowsAndHousekeepingSweepsExpiredOnes(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        User u = newUser(f);
        UpstreamLogin mine = roundTrip(SecureTokens.random(32), u.id());
        UpstreamLogin expired = roundTrip(SecureTokens.random(32), null);
        store(f).insert(mine);
        store(f).insert(expired);
        f.jdbi.useHandle(h -> h.createUpdate("DELETE FROM users WHERE id = :id").bind("id", u.id()).execute());
        assertThat(store(f).find(mine.keyHash(), T0)).isEmpty();
        new Housekeeping(f.jdbi, Clock.fixed(T0.plus(TTL).plusSeconds(1), ZoneOffset.UTC), Duration.ofDays(30)).run();
        long left = f.jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM upstream_logins WHERE key_hash = :k")
                .bind("k", expired.keyHash()).mapTo(Long.class).one());
        assertThat(left).isZero();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void loginSessionKeepsTheProviderItWasSignedInThrough(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        User u = newUser(f);
        JdbiBrowserSessionStore sessions = new JdbiBrowserSessionStore(f.jdbi);
        BrowserSession upstream = new BrowserSession(UUID.randomUUID().toString(), u.id(), u.username(), T0, List.of(), T0, T0.plus(TTL),
                T0, "192.0.2.1", "ua", "google");
        BrowserSession password = new BrowserSession(UUID.randomUUID().toString(), u.id(), u.username(), T0, List.of("pwd"), T0,
                T0.plus(TTL), T0, "192.0.2.1", "ua");
        sessions.insert(upstream, SecureTokens.hash("a"), "fp");
        sessions.insert(password, SecureTokens.hash("b"), "fp");
        assertThat(sessions.listLive(u.id(), T0)).extracting(BrowserSession::idp).containsExactlyInAnyOrder("google", null);
    }
}
