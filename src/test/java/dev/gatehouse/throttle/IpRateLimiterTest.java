package dev.gatehouse.throttle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.testing.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The per-IP token bucket: a burst of the per-minute budget, then one request per share of the
 * minute; bounded memory under a flood of addresses without handing a throttled address a new budget.
 */
class IpRateLimiterTest {
    private static final String ATTACKER = "203.0.113.7";

    private final MutableClock clock = MutableClock.startingNow();

    @Test
    void anAddressSpendsItsWholeBudgetAtOnceThenEarnsOneRequestPerShareOfTheMinute() {
        IpRateLimiter limiter = new IpRateLimiter(clock, 3);
        for (int i = 0; i < 3; i++) assertThat(limiter.tryAcquire(ATTACKER)).isNull();
        assertThat(limiter.tryAcquire(ATTACKER)).isEqualTo(Duration.ofSeconds(20));
        assertThat(limiter.tryAcquire("198.51.100.1")).as("another address has its own budget").isNull();
        clock.advance(Duration.ofSeconds(19));
        assertThat(limiter.tryAcquire(ATTACKER)).isEqualTo(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(limiter.tryAcquire(ATTACKER)).isNull();
        assertThat(limiter.tryAcquire(ATTACKER)).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void aMinuteBoundaryDoesNotRefillTheBucket() {
        // A fixed window refilled at each full minute: a burst just before and one just after passed.
        clock.set(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MINUTES).plusSeconds(59));
        IpRateLimiter limiter = new IpRateLimiter(clock, 3);
        for (int i = 0; i < 3; i++) assertThat(limiter.tryAcquire(ATTACKER)).isNull();
        clock.advance(Duration.ofSeconds(2));
        assertThat(limiter.tryAcquire(ATTACKER)).isNotNull();
    }

    @Test
    void retryAfterIsAtLeastOneSecondBecauseTheHeaderCountsSeconds() {
        IpRateLimiter limiter = new IpRateLimiter(clock, 600); // one request per 100 ms
        for (int i = 0; i < 600; i++) assertThat(limiter.tryAcquire(ATTACKER)).isNull();
        assertThat(limiter.tryAcquire(ATTACKER)).isEqualTo(Duration.ofSeconds(1));
        clock.advance(Duration.ofMillis(100));
        assertThat(limiter.tryAcquire(ATTACKER)).isNull();
    }

    @Test
    void aThrottledAddressStaysThrottledWhenAFloodOfOtherAddressesFillsTheLimiter() {
        IpRateLimiter limiter = new IpRateLimiter(clock, 5);
        for (int i = 0; i < 5; i++) assertThat(limiter.tryAcquire(ATTACKER)).isNull();
        assertThat(limiter.tryAcquire(ATTACKER)).isNotNull();
        int flood = IpRateLimiter.MAX_TRACKED + IpRateLimiter.MAX_TRACKED / 4;
        for (int i = 0; i < flood; i++) limiter.tryAcquire(address(i));
        assertThat(limiter.tryAcquire(ATTACKER)).as("budget after the flood").isNotNull();
        assertThat(size(limiter)).isLessThanOrEqualTo(2L * IpRateLimiter.MAX_TRACKED);
    }

    @Test
    void aLimiterFloodedAHundredTimesOverKeepsARefusedAddressRefused() {
        IpRateLimiter limiter = new IpRateLimiter(clock, 5, 1_000);
        for (int i = 0; i < 5; i++) assertThat(limiter.tryAcquire(ATTACKER)).isNull();
        assertThat(limiter.tryAcquire(ATTACKER)).isNotNull();
        for (int i = 0; i < 100_000; i++) limiter.tryAcquire(address(i));
        assertThat(limiter.tryAcquire(ATTACKER)).isEqualTo(Duration.ofSeconds(12));
        assertThat(size(limiter)).isLessThanOrEqualTo(2_000);
    }

    @Test
    void anAddressIsForgottenOnceItsBucketIsFullAgain() {
        IpRateLimiter limiter = new IpRateLimiter(clock, 60); // one request per second
        limiter.tryAcquire("198.51.100.1");
        for (int i = 0; i < 60; i++) limiter.tryAcquire(ATTACKER);
        assertThat(size(limiter)).isEqualTo(2);
        // Caffeine evicts expired entries by a timer wheel whose finest bucket is 2^30 ns (about 1.07 s),
        // so an entry goes within that much after its bucket is full: step past it, never onto it.
        clock.advance(Duration.ofSeconds(2));
        assertThat(size(limiter)).as("one request costs one second").isEqualTo(1);
        clock.advance(Duration.ofSeconds(60));
        assertThat(size(limiter)).isZero();
        for (int i = 0; i < 60; i++) assertThat(limiter.tryAcquire(ATTACKER)).isNull();
    }

    private static String address(int i) {
        return "10." + (i >> 16 & 0xff) + "." + (i >> 8 & 0xff) + "." + (i & 0xff);
    }

    @Test
    void refusedAddressesAreBoundedToo() {
        IpRateLimiter limiter = new IpRateLimiter(clock, 1, 100);
        for (int i = 0; i < 1_000; i++) {
            assertThat(limiter.tryAcquire(address(i))).isNull();
            assertThat(limiter.tryAcquire(address(i))).isNotNull();
        }
        assertThat(size(limiter)).isLessThanOrEqualTo(200);
    }

    /** Addresses remembered, in both tiers. */
    private static long size(IpRateLimiter limiter) {
        return limiter.caches().values().stream().mapToLong(c -> {
            c.cleanUp();
            return c.estimatedSize();
        }).sum();
    }
}
