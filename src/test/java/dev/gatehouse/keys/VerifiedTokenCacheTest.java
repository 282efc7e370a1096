package dev.gatehouse.keys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cache of verified tokens: bounded without starting over, and no entry outlives its token. */
class VerifiedTokenCacheTest {
    private static final Instant START = Instant.parse("2030-01-01T00:00:00Z");
    private static final long SKEW_MILLIS = 5_000;

    private final MutableClock clock = new MutableClock(START);

    private static AccessTokenVerifier.Decoded expiringAt(Instant exp) {
        VerifiedAccessToken result = new VerifiedAccessToken("sub", "client", List.of(), List.of(), null, "jti", exp,
                List.of("aud"), null);
        return new AccessTokenVerifier.Decoded("RS256", "kid", "at+jwt", "iss", List.of("aud"), exp.toEpochMilli(), null,
                START.toEpochMilli(), result);
    }

    @Test
    void anEntryIsGoneOnceItsTokenHasExpiredBeyondTheSkew() {
        VerifiedTokenCache cache = new VerifiedTokenCache(100, SKEW_MILLIS, clock);
        cache.put("short", expiringAt(START.plusSeconds(10)));
        cache.put("long", expiringAt(START.plusSeconds(3600)));
        clock.advance(Duration.ofMillis(14_999));
        assertThat(cache.get("short")).isNotNull();
        clock.advance(Duration.ofMillis(1));
        assertThat(cache.get("short")).isNull();
        assertThat(cache.get("long")).isNotNull();
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void anAlreadyExpiredTokenIsNotKept() {
        VerifiedTokenCache cache = new VerifiedTokenCache(100, SKEW_MILLIS, clock);
        cache.put("old", expiringAt(START.minusSeconds(60)));
        assertThat(cache.get("old")).isNull();
    }

    @Test
    void aFullCacheKeepsTheTokenInUseAndStaysWithinItsBound() {
        VerifiedTokenCache cache = new VerifiedTokenCache(100, SKEW_MILLIS, clock);
        cache.put("busy", expiringAt(START.plusSeconds(900)));
        for (int i = 0; i < 1_000; i++) {
            cache.put("other-" + i, expiringAt(START.plusSeconds(900)));
            assertThat(cache.get("busy")).as("after %d other tokens", i).isNotNull();
        }
        assertThat(cache.size()).isLessThanOrEqualTo(100);
    }

    @Test
    void zeroCapacityKeepsNothing() {
        VerifiedTokenCache cache = new VerifiedTokenCache(0, SKEW_MILLIS, clock);
        cache.put("t", expiringAt(START.plusSeconds(900)));
        assertThat(cache.get("t")).isNull();
        assertThat(cache.size()).isZero();
    }
}
