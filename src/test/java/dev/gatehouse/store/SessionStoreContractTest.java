package dev.gatehouse.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.account.User;
import dev.gatehouse.core.SecureTokens;
import dev.gatehouse.session.RecentRotation;
import dev.gatehouse.session.Session;
import dev.gatehouse.testing.Concurrently;
import dev.gatehouse.testing.TestDatabases.Kind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** JdbiSessionStore on SQLite and PostgreSQL: rotation, reuse bookkeeping, the previous token of the reuse interval, expiry, revocation. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionStoreContractTest {
    private static final Instant T0 = Instant.ofEpochMilli(1_750_000_000_000L);
    private static final Duration IDLE = Duration.ofHours(1);
    private static final Duration MAX = Duration.ofHours(10);

    private final StoreFixture.PerKind fixtures = new StoreFixture.PerKind();

    @AfterAll
    void close() {
        fixtures.close();
    }

    private static String hash() {
        return SecureTokens.hash(SecureTokens.random(32));
    }

    private static Session session(User user, Instant created) {
        return new Session(SecureTokens.random(16), user.id(), "gatehouse", List.of("notes:read", "openid"), created, created,
                created.plus(MAX), null, "agent/1.0", "192.0.2.7");
    }

    private static User newUser(StoreFixture f) {
        return f.user("u" + SecureTokens.random(9).toLowerCase().replace('-', 'x').replace('_', 'y'), List.of("user"));
    }

    /** Rotation at {@code now} with the idle cut-off the service computes; the sealed successor names the new hash. */
    private static Optional<Session> rotate(StoreFixture f, String oldHash, String newHash, Instant now) {
        return f.sessions.rotate(oldHash, newHash, sealed(newHash), "gatehouse", now, now.minus(IDLE));
    }

    /** Stands in for the sealed successor (the store keeps it as given): recognisably the one of {@code newHash}. */
    private static String sealed(String newHash) {
        return "sealed:" + newHash.substring(0, 20);
    }

    /** A login without scope is stored unrestricted (NULL); one granted nothing stays narrowed to nothing (''). */
    @ParameterizedTest
    @EnumSource(Kind.class)
    void unrestrictedScopeStaysNullAndAnEmptyGrantStaysEmptyThroughRotation(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        User user = newUser(f);
        Session base = session(user, T0);
        Session unrestricted = new Session(base.id(), user.id(), "gatehouse", null, T0, T0, T0.plus(MAX), null, "agent/1.0", "192.0.2.7");
        Session nothing = new Session(SecureTokens.random(16), user.id(), "gatehouse", List.of(), T0, T0, T0.plus(MAX), null, "agent/1.0",
                "192.0.2.7");
        String h1 = hash();
        String h2 = hash();
        f.sessions.insert(unrestricted, h1);
        f.sessions.insert(nothing, h2);
        assertThat(f.sessions.findByRefreshHash(h1).orElseThrow().scope()).isNull();
        assertThat(f.sessions.findByRefreshHash(h2).orElseThrow().scope()).isEmpty();

        Instant now = T0.plusSeconds(60);
        assertThat(rotate(f, h1, hash(), now).orElseThrow().scope()).isNull();
        assertThat(rotate(f, h2, hash(), now).orElseThrow().scope()).isNotNull().isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void signedInAtIsThePasswordSessionsStartOrTheLoginsAuthTimeAndRotationKeepsIt(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        User user = newUser(f);
        Session password = session(user, T0);
        String h = hash();
        f.sessions.insert(password, h);
        assertThat(f.sessions.signedInAt(password.id(), T0)).contains(T0);

        // A code-grant session started now from a browser login made an hour ago.
        Instant later = T0.plus(Duration.ofMinutes(30));
        Session fromLogin = session(user, later);
        f.sessions.insertFromLogin(fromLogin, hash(), "login-1", T0.minus(Duration.ofMinutes(30)));
        assertThat(f.sessions.signedInAt(fromLogin.id(), later)).contains(T0.minus(Duration.ofMinutes(30)));

        assertThat(rotate(f, h, hash(), later)).isPresent();
        assertThat(f.sessions.signedInAt(password.id(), later)).as("a refresh is no sign-in").contains(T0);
        f.sessions.revoke(password.id(), later);
        assertThat(f.sessions.signedInAt(password.id(), later)).isEmpty();
        assertThat(f.sessions.signedInAt(fromLogin.id(), later.plus(MAX))).as("expired").isEmpty();
        assertThat(f.sessions.signedInAt("no-such-session", later)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void insertThenFindByRefreshHashAndFindLiveReturnTheSession(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        Session s = session(newUser(f), T0);
        String h = hash();
        f.sessions.insert(s, h);

        assertThat(f.sessions.findByRefreshHash(h)).contains(s);
        assertThat(f.sessions.findLive(s.id(), T0)).contains(s);
        assertThat(f.sessions.findLive(s.id(), T0)).isPresent();
        assertThat(f.sessions.findByRefreshHash(hash())).isEmpty();

        Session noScope = new Session(SecureTokens.random(16), s.userId(), "gatehouse", null, T0, T0, T0.plus(MAX), null, null, null);
        f.sessions.insert(noScope, hash());
        assertThat(f.sessions.findLive(noScope.id(), T0)).contains(noScope);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void countLiveCountsSessionsNeitherRevokedNorExpired(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        long before = f.sessions.countLive(T0);
        User u = newUser(f);
        f.sessions.insert(session(u, T0), hash());
        f.sessions.insert(session(u, T0.minusSeconds(5)), hash());
        Session revoked = session(u, T0);
        f.sessions.insert(revoked, hash());
        f.sessions.revoke(revoked.id(), T0);
        f.sessions.insert(session(u, T0.minus(MAX).minus(MAX)), hash()); // expired at T0 - MAX

        assertThat(f.sessions.countLive(T0)).isEqualTo(before + 2);
        // Once their lifetime is over they are no longer counted.
        assertThat(f.sessions.countLive(T0.plus(MAX).plusSeconds(1))).isLessThanOrEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void livePagesFollowListLiveOrderWithoutGapsOrRepeatsEvenForEqualCreationTimes(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        User u = newUser(f);
        List<Session> made = new java.util.ArrayList<>();
        for (int i = 0; i < 7; i++) {
            Session s = session(u, T0.plusMillis(i / 2)); // pairs share a creation time
            f.sessions.insert(s, hash());
            made.add(s);
        }
        Session revoked = session(u, T0.plusMillis(3));
        f.sessions.insert(revoked, hash());
        f.sessions.revoke(revoked.id(), T0.plusMillis(10));

        Instant now = T0.plusMillis(20);
        List<Session> all = f.sessions.listLive(u.id(), now);
        List<Session> paged = new java.util.ArrayList<>();
        Session last = null;
        for (int guard = 0; guard < 10; guard++) {
            List<Session> page = f.sessions.listLive(u.id(), now, last == null ? null : last.createdAt(),
                    last == null ? null : last.id(), 3);
            paged.addAll(page);
            if (page.size() < 3) break;
            last = page.get(page.size() - 1);
        }
        assertThat(all).hasSize(7).doesNotContain(revoked);
        assertThat(paged).containsExactlyElementsOf(all);
        assertThat(paged).extracting(Session::id).containsExactlyInAnyOrderElementsOf(made.stream().map(Session::id).toList());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void rotateWithCurrentHashMovesTheTokenAndRemembersTheOldOne(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        Session s = session(newUser(f), T0);
        String first = hash();
        String second = hash();
        f.sessions.insert(s, first);
        Instant now = T0.plusSeconds(60);

        Optional<Session> rotated = rotate(f, first, second, now);

        assertThat(rotated).isPresent();
        assertThat(rotated.get().id()).isEqualTo(s.id());
        assertThat(rotated.get().lastUsedAt()).isEqualTo(now);
        assertThat(rotated.get().createdAt()).isEqualTo(T0);
        assertThat(rotated.get().expiresAt()).as("rotation never extends the absolute lifetime").isEqualTo(s.expiresAt());
        assertThat(rotated.get().scope()).isEqualTo(s.scope());
        assertThat(f.sessions.findByRefreshHash(second).map(Session::id)).contains(s.id());
        assertThat(f.sessions.findByRefreshHash(first)).isEmpty();
        assertThat(f.sessions.sessionOfUsedToken(first)).contains(s.id());
        assertThat(f.sessions.sessionOfUsedToken(second)).as("the current token is not used yet").isEmpty();

        String third = hash();
        assertThat(rotate(f, second, third, now.plusSeconds(1))).isPresent();
        assertThat(f.sessions.sessionOfUsedToken(second)).contains(s.id());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void rotateWithUnknownOrOldHashChangesNothing(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        Session s = session(newUser(f), T0);
        String first = hash();
        String second = hash();
        f.sessions.insert(s, first);
        assertThat(rotate(f, first, second, T0.plusSeconds(1))).isPresent();

        assertThat(rotate(f, hash(), hash(), T0.plusSeconds(2))).as("unknown hash").isEmpty();
        assertThat(rotate(f, first, hash(), T0.plusSeconds(2))).as("already rotated hash").isEmpty();

        assertThat(f.sessions.findByRefreshHash(second).map(Session::lastUsedAt)).contains(T0.plusSeconds(1));
        assertThat(f.sessions.sessionOfUsedToken(first)).contains(s.id());
        assertThat(f.count("SELECT COUNT(*) FROM used_refresh_tokens WHERE session_id = '" + s.id() + "'")).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void rotateAfterIdleTtlFailsAndJustBeforeSucceeds(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        Session idle = session(newUser(f), T0);
        String h = hash();
        f.sessions.insert(idle, h);

        assertThat(rotate(f, h, hash(), T0.plus(IDLE).plusMillis(1))).as("unused for longer than the idle TTL").isEmpty();
        assertThat(f.sessions.findByRefreshHash(h)).as("a failed rotation leaves the token in place").isPresent();
        assertThat(f.sessions.sessionOfUsedToken(h)).isEmpty();

        Session active = session(newUser(f), T0);
        String a1 = hash();
        String a2 = hash();
        f.sessions.insert(active, a1);
        assertThat(rotate(f, a1, a2, T0.plus(IDLE))).as("exactly at the idle limit").isPresent();
        // The idle clock restarts at each use.
        assertThat(rotate(f, a2, hash(), T0.plus(IDLE).plus(IDLE).minusMillis(1))).isPresent();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void rotateAtOrAfterAbsoluteExpiryFailsEvenWhenUsedRegularly(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        Session s = session(newUser(f), T0);
        String current = hash();
        f.sessions.insert(s, current);
        Instant now = T0;
        while (now.plus(IDLE.minusMinutes(1)).isBefore(s.expiresAt())) {
            now = now.plus(IDLE.minusMinutes(1));
            String next = hash();
            assertThat(rotate(f, current, next, now)).as("rotation at %s", now).isPresent();
            current = next;
        }

        assertThat(rotate(f, current, hash(), s.expiresAt())).as("at expires_at").isEmpty();
        assertThat(rotate(f, current, hash(), s.expiresAt().plusSeconds(1))).isEmpty();
        assertThat(f.sessions.findLive(s.id(), s.expiresAt().minusMillis(1))).isPresent();
        assertThat(f.sessions.findLive(s.id(), s.expiresAt())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void revokedSessionCannotRotateAndIsNotLive(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        Session s = session(newUser(f), T0);
        String h = hash();
        f.sessions.insert(s, h);

        assertThat(f.sessions.revoke(s.id(), T0.plusSeconds(1))).isTrue();
        assertThat(f.sessions.revoke(s.id(), T0.plusSeconds(2))).as("second revoke changes nothing").isFalse();

        assertThat(rotate(f, h, hash(), T0.plusSeconds(3))).isEmpty();
        assertThat(f.sessions.findByRefreshHash(h)).isEmpty();
        assertThat(f.sessions.findLive(s.id(), T0.plusSeconds(3))).isEmpty();
        assertThat(f.sessions.revoke("no-such-session", T0)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void revokeByRefreshHashEndsOnlyThatLiveSessionOnce(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        User user = newUser(f);
        Session s = session(user, T0);
        Session other = session(user, T0);
        String h = hash();
        f.sessions.insert(s, h);
        f.sessions.insert(other, hash());

        assertThat(f.sessions.revokeByRefreshHash(h, T0.plusSeconds(1)).map(Session::id)).contains(s.id());
        assertThat(f.sessions.revokeByRefreshHash(h, T0.plusSeconds(2))).as("already revoked").isEmpty();
        assertThat(f.sessions.revokeByRefreshHash(hash(), T0.plusSeconds(2))).as("unknown hash").isEmpty();
        assertThat(f.sessions.findLive(s.id(), T0.plusSeconds(3))).isEmpty();
        assertThat(f.sessions.findLive(other.id(), T0.plusSeconds(3))).isPresent();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void revokeAllForUserKeepsOneAndTouchesNoOtherUser(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        User user = newUser(f);
        User other = newUser(f);
        Session keep = session(user, T0);
        Session a = session(user, T0.plusSeconds(1));
        Session b = session(user, T0.plusSeconds(2));
        Session foreign = session(other, T0);
        for (Session s : List.of(keep, a, b, foreign)) f.sessions.insert(s, hash());

        assertThat(f.sessions.revokeAllForUser(user.id(), keep.id(), T0.plusSeconds(10))).isEqualTo(2);

        Instant later = T0.plusSeconds(11);
        assertThat(f.sessions.listLive(user.id(), later)).extracting(Session::id).containsExactly(keep.id());
        assertThat(f.sessions.listLive(other.id(), later)).extracting(Session::id).containsExactly(foreign.id());
        assertThat(f.sessions.revokeAllForUser(user.id(), keep.id(), later)).as("already revoked ones are not counted").isZero();
        assertThat(f.sessions.revokeAllForUser(user.id(), null, later)).isEqualTo(1);
        assertThat(f.sessions.listLive(user.id(), later)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void listLiveIsNewestFirstWithoutRevokedOrExpired(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        User user = newUser(f);
        Session oldest = session(user, T0);
        Session middle = session(user, T0.plusSeconds(5));
        Session newest = session(user, T0.plusSeconds(9));
        Session revoked = session(user, T0.plusSeconds(7));
        Session expired = new Session(SecureTokens.random(16), user.id(), "gatehouse", null, T0.minus(MAX), T0.minus(MAX),
                T0.plusSeconds(20), null, null, null);
        for (Session s : List.of(oldest, middle, newest, revoked, expired)) f.sessions.insert(s, hash());
        f.sessions.revoke(revoked.id(), T0.plusSeconds(10));

        List<Session> live = f.sessions.listLive(user.id(), T0.plusSeconds(30));

        assertThat(live).extracting(Session::id).containsExactly(newest.id(), middle.id(), oldest.id());
        assertThat(live.get(0)).isEqualTo(newest);
        assertThat(f.sessions.listLive(user.id(), T0.plusSeconds(19))).hasSize(4);
    }

    /**
     * RFC 9700 §4.14.2: N parallel presentations of one refresh token, exactly one rotation wins; the
     * session then holds the winner's new hash and the old hash is recorded once as used.
     */
    @ParameterizedTest
    @EnumSource(Kind.class)
    void fiftyParallelRotationsOfOneHashExactlyOneSucceeds(Kind kind) throws Exception {
        StoreFixture f = fixtures.get(kind);
        Session s = session(newUser(f), T0);
        String old = hash();
        f.sessions.insert(s, old);
        List<String> candidates = Collections.synchronizedList(new ArrayList<>());

        List<Optional<String>> results = Concurrently.run(50, () -> {
            String candidate = hash();
            candidates.add(candidate);
            return rotate(f, old, candidate, T0.plusSeconds(5)).map(won -> candidate);
        });

        List<String> winners = results.stream().flatMap(Optional::stream).toList();
        assertThat(winners).hasSize(1);
        assertThat(f.sessions.findByRefreshHash(winners.get(0)).map(Session::id)).contains(s.id());
        for (String candidate : candidates) {
            if (!candidate.equals(winners.get(0))) assertThat(f.sessions.findByRefreshHash(candidate)).isEmpty();
        }
        assertThat(f.sessions.sessionOfUsedToken(old)).contains(s.id());
        assertThat(f.count("SELECT COUNT(*) FROM used_refresh_tokens WHERE session_id = '" + s.id() + "'")).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void rotateWhenDoneKeepsTheOldHashAsPreviousWithTheSealedSuccessorAndTheNextRotationReplacesIt(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        Session s = session(newUser(f), T0);
        String first = hash();
        String second = hash();
        String third = hash();
        f.sessions.insert(s, first);
        assertThat(f.sessions.findByPreviousRefreshHash(first, T0)).as("never rotated").isEmpty();

        rotate(f, first, second, T0.plusSeconds(5));
        Optional<RecentRotation> recent = f.sessions.findByPreviousRefreshHash(first, T0.plusSeconds(6));
        assertThat(recent).isPresent();
        assertThat(recent.get().session().id()).isEqualTo(s.id());
        assertThat(recent.get().session().clientId()).isEqualTo("gatehouse");
        assertThat(recent.get().sealedSuccessor()).isEqualTo(sealed(second));
        assertThat(recent.get().rotatedAt()).isEqualTo(T0.plusSeconds(5));
        assertThat(f.sessions.findByPreviousRefreshHash(second, T0.plusSeconds(6))).as("the current token is nobody's previous").isEmpty();

        rotate(f, second, third, T0.plusSeconds(7));
        assertThat(f.sessions.findByPreviousRefreshHash(first, T0.plusSeconds(8))).as("two rotations old").isEmpty();
        assertThat(f.sessions.findByPreviousRefreshHash(second, T0.plusSeconds(8)).map(RecentRotation::sealedSuccessor))
                .contains(sealed(third));
        assertThat(f.sessions.sessionOfUsedToken(first)).as("still known as spent").contains(s.id());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void rotateWithoutASealedSuccessorKeepsThePreviousHashWithNone(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        Session s = session(newUser(f), T0);
        String first = hash();
        f.sessions.insert(s, first);

        assertThat(f.sessions.rotate(first, hash(), null, "gatehouse", T0.plusSeconds(1), T0.minus(IDLE))).isPresent();

        Optional<RecentRotation> recent = f.sessions.findByPreviousRefreshHash(first, T0.plusSeconds(2));
        assertThat(recent).isPresent();
        assertThat(recent.get().sealedSuccessor()).isNull();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void findByPreviousRefreshHashOfARevokedOrExpiredSessionIsEmpty(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        User user = newUser(f);
        Session revoked = session(user, T0);
        Session expiring = session(user, T0);
        String r1 = hash();
        String e1 = hash();
        f.sessions.insert(revoked, r1);
        f.sessions.insert(expiring, e1);
        rotate(f, r1, hash(), T0.plusSeconds(1));
        rotate(f, e1, hash(), T0.plusSeconds(1));
        f.sessions.revoke(revoked.id(), T0.plusSeconds(2));

        assertThat(f.sessions.findByPreviousRefreshHash(r1, T0.plusSeconds(3))).isEmpty();
        assertThat(f.sessions.findByPreviousRefreshHash(e1, expiring.expiresAt().minusMillis(1))).isPresent();
        assertThat(f.sessions.findByPreviousRefreshHash(e1, expiring.expiresAt())).isEmpty();
    }

    /**
     * The reuse interval's race: N parallel presentations of one hash, exactly one rotates, and every
     * loser, reading right after its failed rotation, finds the winner's sealed successor. None reads
     * before the winner committed (which the service would take for theft).
     */
    @ParameterizedTest
    @EnumSource(Kind.class)
    void fiftyParallelPresentationsOfOneHashThenOneRotatesAndEveryOtherFindsTheWinnersSealedSuccessor(Kind kind) throws Exception {
        StoreFixture f = fixtures.get(kind);
        for (int round = 0; round < 5; round++) {
            Session s = session(newUser(f), T0);
            String old = hash();
            f.sessions.insert(s, old);

            List<String[]> results = Concurrently.run(50, () -> {
                String candidate = hash();
                if (rotate(f, old, candidate, T0.plusSeconds(5)).isPresent()) return new String[] {"won", sealed(candidate)};
                return new String[] {"lost", f.sessions.findByPreviousRefreshHash(old, T0.plusSeconds(5))
                        .map(RecentRotation::sealedSuccessor).orElse("nothing")};
            });

            List<String> won = results.stream().filter(r -> r[0].equals("won")).map(r -> r[1]).toList();
            assertThat(won).hasSize(1);
            assertThat(results.stream().filter(r -> r[0].equals("lost")).map(r -> r[1]).distinct().toList())
                    .as("round %d", round).containsExactly(won.get(0));
            assertThat(f.count("SELECT COUNT(*) FROM used_refresh_tokens WHERE session_id = '" + s.id() + "'")).isEqualTo(1);
        }
    }
}
