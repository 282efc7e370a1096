package dev.gatehouse.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.testing.MutableClock;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;

/** The sampler: deltas of cumulative counters, gauges as read, the costly gauge once a minute, one sample at a time. */
class SamplerTest {
    private static final Instant T0 = Instant.parse("2026-12-05T04:00:00Z");

    private final MutableClock clock = new MutableClock(T0);
    private final History history = new History("node-a");
    private final AtomicLong logins = new AtomicLong();
    private final AtomicLong busy = new AtomicLong();
    private final AtomicInteger counts = new AtomicInteger();
    private final Sampler sampler = new Sampler(history, clock, Map.of(Series.SIGN_IN_SUCCESS, logins::get),
            Map.of(Series.HASH_BUSY, busy::get), Map.of(Series.SESSIONS_ACTIVE, () -> 100L + counts.incrementAndGet()));

    private long[] hour(Series s) {
        return history.window(s, Range.HOUR, clock.instant()).values();
    }

    @Test
    void eachSampleRecordsTheIncreaseSinceTheLastOne() {
        logins.set(3); // counted before the first sample (since start): taken by it
        sampler.sample();
        logins.addAndGet(4);
        clock.advance(Duration.ofSeconds(15));
        sampler.sample();
        clock.advance(Duration.ofSeconds(15));
        sampler.sample(); // nothing new
        clock.advance(Duration.ofSeconds(45));
        logins.addAndGet(2);
        sampler.sample();

        long[] hour = hour(Series.SIGN_IN_SUCCESS);
        assertThat(hour[58]).isEqualTo(7);
        assertThat(hour[59]).isEqualTo(2);
    }

    @Test
    void aLateSamplePutsTheWholeIncreaseIntoItsOwnMinuteAndLeavesTheGapEmpty() {
        sampler.sample();
        logins.addAndGet(10);
        clock.advance(Duration.ofMinutes(7)); // the machine was suspended
        sampler.sample();

        long[] hour = hour(Series.SIGN_IN_SUCCESS);
        assertThat(hour[59]).isEqualTo(10);
        assertThat(hour[52]).isZero();
        assertThat(List.of(hour[53], hour[54], hour[55], hour[56], hour[57], hour[58])).containsOnly(0L);
    }

    @Test
    void gaugesAreReadEverySampleTheCostlyOneOncePerMinute() {
        for (int i = 0; i < 8; i++) {
            busy.set(i % 3);
            sampler.sample();
            clock.advance(Duration.ofSeconds(15));
        }
        // 8 samples over two minutes: the session COUNT ran twice, once in each.
        assertThat(counts.get()).isEqualTo(2);
        long[] sessions = hour(Series.SESSIONS_ACTIVE);
        assertThat(sessions[57]).isEqualTo(101);
        assertThat(sessions[58]).isEqualTo(102);
        assertThat(hour(Series.HASH_BUSY)[57]).isEqualTo(2);
    }

    @Test
    void aCounterThatWentDownCountsFromItsNewValue() {
        logins.set(50);
        sampler.sample();
        logins.set(2); // the meter was replaced
        clock.advance(Duration.ofMinutes(1));
        sampler.sample();
        assertThat(hour(Series.SIGN_IN_SUCCESS)[59]).isEqualTo(2);
    }

    @Test
    void concurrentSamplesNeverCountTheSameIncreaseTwice() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 5_000; i++) {
                        logins.incrementAndGet();
                        sampler.sample();
                    }
                }));
            }
            for (Future<?> f : done) f.get(60, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        sampler.sample();
        assertThat(history.window(Series.SIGN_IN_SUCCESS, Range.HOUR, clock.instant()).total()).isEqualTo(20_000);
    }

    @Test
    void meterSumsReadTheRegistryByTagIncludingMetersRegisteredLater() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        LongSupplier ok = MeterSums.counters(registry, "gatehouse_logins", "outcome", Set.of("success"));
        LongSupplier failed = MeterSums.countersExcept(registry, "gatehouse_logins", "outcome", Set.of("success"));
        assertThat(ok.getAsLong()).isZero();
        registry.counter("gatehouse_logins", "outcome", "success").increment(3);
        registry.counter("gatehouse_logins", "outcome", "failure").increment(2);
        registry.counter("gatehouse_logins", "outcome", "throttled").increment();
        registry.counter("gatehouse_other", "outcome", "success").increment(100);
        assertThat(ok.getAsLong()).isEqualTo(3);
        assertThat(failed.getAsLong()).isEqualTo(3);
        assertThat(MeterSums.plus(ok, failed, () -> 4).getAsLong()).isEqualTo(10);
    }
}
