package dev.gatehouse.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.account.BrowserSession;
import dev.gatehouse.account.BrowserSessionStore;
import dev.gatehouse.account.User;
import dev.gatehouse.core.SecureTokens;
import dev.gatehouse.store.jdbi.JdbiBrowserSessionStore;
import dev.gatehouse.testing.TestDatabases.Kind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** JdbiBrowserSessionStore on SQLite and PostgreSQL: lookup by cookie hash, expiry, revocation, user state. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserSessionStoreContractTest {
    private static final Instant T0 = Instant.ofEpochMilli(1_750_000_000_000L);
    private static final Duration TTL = Duration.ofHours(12);

    private final StoreFixture.PerKind fixtures = new StoreFixture.PerKind();

    @AfterAll
    void close() {
        fixtures.close();
    }

    private static BrowserSessionStore store(StoreFixture f) {
        return new JdbiBrowserSessionStore(f.jdbi);
    }

    private static User newUser(StoreFixture f) {
        return f.user("l" + SecureTokens.random(9).toLowerCase().replace('-', 'x').replace('_', 'y'), List.of("user"));
    }

    private static BrowserSession session(User u, Instant at) {
        return new BrowserSession(UUID.randomUUID().toString(), u.id(), u.username(), at, List.of("pwd"), at, at.plus(TTL), at,
                "192.0.2.9", "browser/1.0");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void insertThenFindLiveByHashReturnsTheSessionWithItsUserState(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        BrowserSessionStore store = store(f);
        User u = newUser(f);
        BrowserSession s = session(u, T0);
        String hash = SecureTokens.hash(SecureTokens.random(32));
        store.insert(s, hash, "fp");

        Optional<BrowserSessionStore.Found> found = store.findLive(hash, T0.plusSeconds(1));
        assertThat(found).isPresent();
        assertThat(found.get().session()).isEqualTo(s);
        assertThat(found.get().passwordFingerprint()).isEqualTo("fp");
        assertThat(found.get().currentPasswordHash()).isEqualTo(u.passwordHash());
        assertThat(found.get().userDisabled()).isFalse();
        assertThat(store.findLive(SecureTokens.hash("other"), T0.plusSeconds(1))).isEmpty();
        assertThat(store.listLive(u.id(), T0.plusSeconds(1))).containsExactly(s);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void findLiveWhenExpiredThenEmpty(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        BrowserSessionStore store = store(f);
        BrowserSession s = session(newUser(f), T0);
        String hash = SecureTokens.hash(SecureTokens.random(32));
        store.insert(s, hash, "fp");
        assertThat(store.findLive(hash, T0.plus(TTL).minusMillis(1))).isPresent();
        assertThat(store.findLive(hash, T0.plus(TTL))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void revokeByTokenHashThenGoneAndSecondRevokeFindsNothing(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        BrowserSessionStore store = store(f);
        BrowserSession s = session(newUser(f), T0);
        String hash = SecureTokens.hash(SecureTokens.random(32));
        store.insert(s, hash, "fp");
        assertThat(store.revokeByTokenHash(hash, T0.plusSeconds(5))).contains(s);
        assertThat(store.findLive(hash, T0.plusSeconds(6))).isEmpty();
        assertThat(store.revokeByTokenHash(hash, T0.plusSeconds(7))).isEmpty();
        assertThat(store.revoke(s.id(), T0.plusSeconds(8))).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void revokeAllForUserEndsOnlyThatUsersSessions(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        BrowserSessionStore store = store(f);
        User a = newUser(f);
        User b = newUser(f);
        String a1 = SecureTokens.hash(SecureTokens.random(32));
        String a2 = SecureTokens.hash(SecureTokens.random(32));
        String b1 = SecureTokens.hash(SecureTokens.random(32));
        store.insert(session(a, T0), a1, "fp");
        store.insert(session(a, T0.plusSeconds(1)), a2, "fp");
        store.insert(session(b, T0), b1, "fp");
        assertThat(store.revokeAllForUser(a.id(), T0.plusSeconds(2))).isEqualTo(2);
        assertThat(store.findLive(a1, T0.plusSeconds(3))).isEmpty();
        assertThat(store.findLive(a2, T0.plusSeconds(3))).isEmpty();
        assertThat(store.findLive(b1, T0.plusSeconds(3))).isPresent();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void whenUserDisabledOrDeletedThenFindLiveShowsItOrFindsNothing(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        BrowserSessionStore store = store(f);
        User u = newUser(f);
        String hash = SecureTokens.hash(SecureTokens.random(32));
        store.insert(session(u, T0), hash, "fp");
        f.jdbi.useHandle(h -> h.createUpdate("UPDATE users SET disabled = :d WHERE id = :id").bind("d", true).bind("id", u.id()).execute());
        assertThat(store.findLive(hash, T0.plusSeconds(1))).hasValueSatisfying(x -> assertThat(x.userDisabled()).isTrue());
        f.jdbi.useHandle(h -> h.createUpdate("DELETE FROM users WHERE id = :id").bind("id", u.id()).execute());
        assertThat(store.findLive(hash, T0.plusSeconds(2))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void touchMovesLastSeenOnlyWhenOlderThanTheBound(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        BrowserSessionStore store = store(f);
        BrowserSession s = session(newUser(f), T0);
        String hash = SecureTokens.hash(SecureTokens.random(32));
        store.insert(s, hash, "fp");
        store.touch(s.id(), T0.plusSeconds(120), T0.plusSeconds(60));
        assertThat(store.findLive(hash, T0.plusSeconds(121)).orElseThrow().session().lastSeenAt()).isEqualTo(T0.plusSeconds(120));
        store.touch(s.id(), T0.plusSeconds(130), T0.plusSeconds(70));
        assertThat(store.findLive(hash, T0.plusSeconds(131)).orElseThrow().session().lastSeenAt()).isEqualTo(T0.plusSeconds(120));
    }

    /** The store on one database, and two users of it. */
    private record TwoUsers(BrowserSessionStore store, User u, User other) {}

    private TwoUsers twoUsers(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        return new TwoUsers(store(f), newUser(f), newUser(f));
    }

    /** A session and its cookie hash, inserted. */
    private record Stored(BrowserSession session, String hash) {}

    private static Stored insert(BrowserSessionStore store, User u, Instant at) {
        Stored s = new Stored(session(u, at), SecureTokens.hash(SecureTokens.random(32)));
        store.insert(s.session(), s.hash(), "fp");
        return s;
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theSecondOfTwoReplacementsOfOneCookieMergesTheFirstSuccessorWhoseCookieThenStandsForIt(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        BrowserSessionStore store = store(f);
        User u = newUser(f);
        Stored old = insert(store, u, T0);
        Stored first = insert(store, u, T0.plusSeconds(10));
        Stored second = insert(store, u, T0.plusSeconds(10));
        Stored third = insert(store, u, T0.plusSeconds(11));

        assertThat(store.revokeByTokenHash(old.hash(), first.session(), T0.plusSeconds(10))).contains(old.session());
        assertThat(store.revokeByTokenHash(old.hash(), second.session(), T0.plusSeconds(10))).as("already replaced").isEmpty();
        assertThat(store.revokeSuccessor(old.hash(), second.session(), T0.minusSeconds(50), T0.plusSeconds(10))).contains(first.session());

        assertThat(store.findLive(first.hash(), T0.plusSeconds(10)).orElseThrow().session()).isEqualTo(second.session());
        assertThat(store.findLive(old.hash(), T0.plusSeconds(10))).as("the replaced cookie stays dead").isEmpty();
        assertThat(store.mergedInto(first.session().id())).isEqualTo(second.session().id());
        assertThat(store.mergedInto(second.session().id())).isEqualTo(second.session().id());
        assertThat(store.listLive(u.id(), T0.plusSeconds(10))).containsExactly(third.session(), second.session());

        // A third sign-in with the same old cookie: along the replacement and the merge to the live one.
        assertThat(store.revokeSuccessor(old.hash(), third.session(), T0.minusSeconds(49), T0.plusSeconds(11))).contains(second.session());
        assertThat(store.mergedInto(first.session().id())).isEqualTo(third.session().id());
        assertThat(store.findLive(first.hash(), T0.plusSeconds(11)).orElseThrow().session()).isEqualTo(third.session());
        assertThat(store.findLive(second.hash(), T0.plusSeconds(11)).orElseThrow().session()).isEqualTo(third.session());

        // Signing out with a merged cookie ends the session it stands for, and with it every cookie of it.
        assertThat(store.revokeByTokenHash(first.hash(), T0.plusSeconds(12))).contains(third.session());
        assertThat(store.findLive(third.hash(), T0.plusSeconds(12))).isEmpty();
        assertThat(store.findLive(second.hash(), T0.plusSeconds(12))).isEmpty();
        assertThat(store.revokeSuccessor(old.hash(), session(u, T0.plusSeconds(13)), T0, T0.plusSeconds(13)))
                .as("nothing live came of it").isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aReplacementOnlyCountsWithinItsWindowAndAnotherUsersSessionIsEndedNotMerged(Kind kind) {
        TwoUsers users = twoUsers(kind);
        BrowserSessionStore store = users.store();
        User u = users.u();
        User other = users.other();
        Stored old = insert(store, u, T0);
        Stored first = insert(store, u, T0.plusSeconds(10));
        Stored late = insert(store, u, T0.plusSeconds(100));
        Stored others = insert(store, other, T0.plusSeconds(10));
        store.revokeByTokenHash(old.hash(), first.session(), T0.plusSeconds(10));

        assertThat(store.revokeSuccessor(old.hash(), late.session(), T0.plusSeconds(40), T0.plusSeconds(100))).as("replaced before the window").isEmpty();
        assertThat(store.findLive(first.hash(), T0.plusSeconds(100))).isPresent();

        assertThat(store.revokeSuccessor(old.hash(), others.session(), T0, T0.plusSeconds(11))).contains(first.session());
        assertThat(store.findLive(first.hash(), T0.plusSeconds(11))).as("ended, not standing for another user's session").isEmpty();
        assertThat(store.mergedInto(first.session().id())).isEqualTo(first.session().id());

        // Another user's sign-in over a live cookie ends it without recording a successor either.
        Stored third = insert(store, u, T0.plusSeconds(12));
        Stored fourth = insert(store, other, T0.plusSeconds(13));
        assertThat(store.revokeByTokenHash(third.hash(), fourth.session(), T0.plusSeconds(13))).contains(third.session());
        assertThat(store.revokeSuccessor(third.hash(), fourth.session(), T0, T0.plusSeconds(13))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aSessionWentOnAsTheOneItsReplacementsAndMergesLedToAndNoOther(Kind kind) {
        TwoUsers users = twoUsers(kind);
        BrowserSessionStore store = users.store();
        User u = users.u();
        Stored old = insert(store, u, T0);
        Stored first = insert(store, u, T0.plusSeconds(10));
        Stored second = insert(store, u, T0.plusSeconds(10));
        Stored elsewhere = insert(store, u, T0.plusSeconds(5));
        Stored ended = insert(store, u, T0.plusSeconds(6));
        Stored others = insert(store, users.other(), T0.plusSeconds(7));
        // old was replaced by first, and a second sign-in with old's cookie at once merged first into second.
        store.revokeByTokenHash(old.hash(), first.session(), T0.plusSeconds(10));
        store.revokeSuccessor(old.hash(), second.session(), T0, T0.plusSeconds(10));
        store.revokeByTokenHash(ended.hash(), T0.plusSeconds(8));
        String current = second.session().id();

        assertThat(store.wentOnAs(u.id(), old.session().id(), current, 16)).as("replaced, then merged").isTrue();
        assertThat(store.wentOnAs(u.id(), first.session().id(), current, 16)).as("merged").isTrue();
        assertThat(store.wentOnAs(u.id(), current, current, 16)).isTrue();
        assertThat(store.wentOnAs(u.id(), old.session().id(), current, 1)).as("beyond the bound").isFalse();
        assertThat(store.wentOnAs(u.id(), current, old.session().id(), 16)).as("only forward").isFalse();
        assertThat(store.wentOnAs(u.id(), elsewhere.session().id(), current, 16)).as("another browser's, live").isFalse();
        assertThat(store.wentOnAs(u.id(), ended.session().id(), current, 16)).as("ended without a successor").isFalse();
        assertThat(store.wentOnAs(users.other().id(), others.session().id(), current, 16)).as("another user's").isFalse();
        assertThat(store.wentOnAs(users.other().id(), old.session().id(), current, 16)).as("asked for another user").isFalse();
        assertThat(store.wentOnAs(u.id(), "no-such-session", current, 16)).isFalse();

        // Another user's sign-in in that browser ends the chain: the new session is not the earlier ones' successor.
        Stored next = insert(store, users.other(), T0.plusSeconds(20));
        store.revokeByTokenHash(second.hash(), next.session(), T0.plusSeconds(20));
        assertThat(store.wentOnAs(u.id(), old.session().id(), next.session().id(), 16)).isFalse();
        assertThat(store.wentOnAs(users.other().id(), old.session().id(), next.session().id(), 16)).isFalse();
    }
}
