package dev.gatehouse.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.core.SecureTokens;
import dev.gatehouse.testing.Concurrently;
import dev.gatehouse.testing.TestDatabases.Kind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * JdbiThrottleStore on SQLite and PostgreSQL. With {@code free} free attempts the attempt that
 * uses the last free one sets the first lock (base delay), so at most {@code free} attempts run
 * before any back-off; each attempt after a lock doubles the delay up to the maximum.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ThrottleStoreContractTest {
    private static final Instant T0 = Instant.ofEpochMilli(1_750_000_000_000L);
    private static final Duration DECAY = Duration.ofHours(1);
    private static final Duration BASE = Duration.ofSeconds(1);
    private static final Duration MAX = Duration.ofSeconds(5);

    private final StoreFixture.PerKind fixtures = new StoreFixture.PerKind();

    @AfterAll
    void close() {
        fixtures.close();
    }

    private static String key() {
        return "login:" + SecureTokens.random(12);
    }

    private static OptionalInt reserve(StoreFixture f, String key, Instant now, int free) {
        return f.throttle.reserveAttempt(key, now, now.minus(DECAY), free, BASE, MAX);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void reserveCountsEveryAttemptPerKey(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        String k = key();
        String other = key();

        assertThat(reserve(f, k, T0, 5)).hasValue(1);
        assertThat(reserve(f, k, T0, 5)).hasValue(2);
        assertThat(reserve(f, other, T0, 5)).hasValue(1);
        assertThat(reserve(f, k, T0.plusMillis(1), 5)).hasValue(3);
        assertThat(f.throttle.lockedUntil(k, T0)).isNull();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void lastFreeAttemptLocksForTheBaseDelay(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        String k = key();
        assertThat(reserve(f, k, T0, 3)).hasValue(1);
        assertThat(reserve(f, k, T0, 3)).hasValue(2);
        assertThat(f.throttle.lockedUntil(k, T0)).isNull();

        assertThat(reserve(f, k, T0, 3)).hasValue(3);

        assertThat(f.throttle.lockedUntil(k, T0)).isEqualTo(T0.plus(BASE));
        assertThat(reserve(f, k, T0, 3)).isEmpty();
        assertThat(reserve(f, k, T0.plus(BASE).minusMillis(1), 3)).isEmpty();
        assertThat(f.throttle.lockedUntil(k, T0.plusMillis(500))).as("refused attempts do not extend the lock")
                .isEqualTo(T0.plus(BASE));
        assertThat(f.throttle.lockedUntil(k, T0.plus(BASE))).as("not locked once the lock has ended").isNull();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void oneFreeAttemptLocksAtTheFirstAttempt(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        String k = key();

        assertThat(reserve(f, k, T0, 1)).hasValue(1);

        assertThat(f.throttle.lockedUntil(k, T0)).isEqualTo(T0.plus(BASE));
        assertThat(reserve(f, k, T0, 1)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void eachAttemptAfterALockDoublesTheDelayUpToTheMaximum(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        String k = key();
        for (int i = 1; i <= 3; i++) assertThat(reserve(f, k, T0, 3)).hasValue(i);
        Instant now = T0;
        List<Duration> delays = new ArrayList<>();
        delays.add(Duration.between(now, f.throttle.lockedUntil(k, now)));
        for (int attempt = 4; attempt <= 8; attempt++) {
            now = f.throttle.lockedUntil(k, now);
            assertThat(reserve(f, k, now, 3)).as("attempt %d when the lock ends", attempt).hasValue(attempt);
            delays.add(Duration.between(now, f.throttle.lockedUntil(k, now)));
        }

        assertThat(delays).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
                MAX, MAX, MAX);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void manyDoublingsNeverExceedTheMaximum(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        String k = key();
        Duration base = Duration.ofMillis(1);
        Duration max = Duration.ofDays(400);
        Instant now = T0;
        Duration last = Duration.ZERO;
        for (int attempt = 1; attempt <= 40; attempt++) {
            assertThat(f.throttle.reserveAttempt(k, now, now.minus(max.multipliedBy(2)), 1, base, max)).hasValue(attempt);
            Instant until = f.throttle.lockedUntil(k, now);
            last = Duration.between(now, until);
            assertThat(last).isPositive().isLessThanOrEqualTo(max);
            now = until;
        }
        assertThat(last).isEqualTo(max);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void whenALockEndsExactlyOneOfManyParallelAttemptsGoesAhead(Kind kind) throws Exception {
        StoreFixture f = fixtures.get(kind);
        String k = key();
        for (int i = 1; i <= 3; i++) reserve(f, k, T0, 3);
        Instant end = f.throttle.lockedUntil(k, T0);

        List<OptionalInt> results = Concurrently.run(20, () -> reserve(f, k, end, 3));

        assertThat(results).filteredOn(OptionalInt::isPresent).hasSize(1)
                .first().isEqualTo(OptionalInt.of(4));
        assertThat(f.throttle.lockedUntil(k, end)).isEqualTo(end.plus(BASE.multipliedBy(2)));
    }

    /** SECURITY.md: the count is atomic under parallel attempts, so guesses cannot outrun it. */
    @ParameterizedTest
    @EnumSource(Kind.class)
    void thirtyParallelAttemptsOnAFreshKeyGetExactlyTheFreeOnes(Kind kind) throws Exception {
        StoreFixture f = fixtures.get(kind);
        String k = key();

        List<OptionalInt> results = Concurrently.run(30, () -> reserve(f, k, T0, 5));

        assertThat(results).filteredOn(OptionalInt::isPresent).extracting(OptionalInt::getAsInt)
                .containsExactlyInAnyOrder(1, 2, 3, 4, 5);
        assertThat(f.throttle.lockedUntil(k, T0)).isEqualTo(T0.plus(BASE));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void countOlderThanTheDecayStartsAgainWithoutLock(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        String k = key();
        for (int i = 1; i <= 3; i++) reserve(f, k, T0, 3);
        Instant justBefore = T0.plus(DECAY);
        assertThat(reserve(f, k, justBefore, 3)).as("updated_at == decay cut-off still counts").hasValue(4);

        Instant later = justBefore.plus(DECAY).plusMillis(1);
        assertThat(reserve(f, k, later, 3)).hasValue(1);
        assertThat(f.throttle.lockedUntil(k, later)).isNull();
        assertThat(reserve(f, k, later, 3)).hasValue(2);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void clearForgetsCountAndLock(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        String k = key();
        String other = key();
        for (int i = 1; i <= 3; i++) reserve(f, k, T0, 3);
        reserve(f, other, T0, 3);
        assertThat(f.throttle.lockedUntil(k, T0)).isNotNull();

        f.throttle.clear(k);

        assertThat(f.throttle.lockedUntil(k, T0)).isNull();
        assertThat(reserve(f, k, T0, 3)).hasValue(1);
        assertThat(reserve(f, other, T0, 3)).as("other keys keep their count").hasValue(2);
        f.throttle.clear(key()); // unknown key: no error
    }
}
