package dev.gatehouse.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The rings of the dashboard: buckets, wrap-around, idle gaps, the day's aggregation, fixed memory, many writers. */
class HistoryTest {
    /** A minute boundary, so bucket arithmetic in the tests reads plainly. */
    private static final Instant T0 = Instant.parse("2026-12-05T04:00:00Z");

    private final History history = new History("node-a");

    private static Instant minute(long m) {
        return T0.plus(Duration.ofMinutes(m));
    }

    @Test
    void countersAddUpPerMinuteAndTheWindowEndsWithTheCurrentMinute() {
        history.record(Series.SIGN_IN_SUCCESS, minute(0).plusSeconds(5), 2);
        history.record(Series.SIGN_IN_SUCCESS, minute(0).plusSeconds(50), 3);
        history.record(Series.SIGN_IN_SUCCESS, minute(1).plusSeconds(1), 1);

        History.Window w = history.window(Series.SIGN_IN_SUCCESS, Range.HOUR, minute(1).plusSeconds(30));
        assertThat(w.values()).hasSize(60);
        assertThat(w.values()[58]).isEqualTo(5);
        assertThat(w.values()[59]).isEqualTo(1);
        assertThat(w.total()).isEqualTo(6);
        assertThat(w.peak()).isEqualTo(5);
        assertThat(w.bucketStart(59)).isEqualTo(minute(1));
        assertThat(w.start()).isEqualTo(minute(1).minus(Duration.ofMinutes(59)));
        // Another series is untouched.
        assertThat(history.window(Series.SIGN_IN_FAILURE, Range.HOUR, minute(1)).total()).isZero();
    }

    @Test
    void gaugesKeepThePeakOfEachBucket() {
        history.record(Series.HASH_BUSY, minute(0).plusSeconds(0), 1);
        history.record(Series.HASH_BUSY, minute(0).plusSeconds(15), 4);
        history.record(Series.HASH_BUSY, minute(0).plusSeconds(30), 2);
        history.record(Series.HASH_BUSY, minute(20), 3);

        assertThat(history.window(Series.HASH_BUSY, Range.HOUR, minute(20)).values()[39]).isEqualTo(4);
        // The quarter hour 04:00-04:15 peaks at 4, 04:15-04:30 at 3: a peak, not a sum.
        long[] day = history.window(Series.HASH_BUSY, Range.DAY, minute(20)).values();
        assertThat(day[94]).isEqualTo(4);
        assertThat(day[95]).isEqualTo(3);
    }

    @Test
    void theDayAddsCountersUpPerQuarterHour() {
        for (int m = 0; m < 30; m++) history.record(Series.REFRESH_SUCCESS, minute(m).plusSeconds(10), m + 1);

        History.Window day = history.window(Series.REFRESH_SUCCESS, Range.DAY, minute(29));
        assertThat(day.values()).hasSize(96);
        assertThat(day.values()[94]).isEqualTo(120); // 1 + ... + 15
        assertThat(day.values()[95]).isEqualTo(345); // 16 + ... + 30
        assertThat(day.bucketStart(95)).isEqualTo(minute(15));
        assertThat(day.total()).isEqualTo(history.window(Series.REFRESH_SUCCESS, Range.HOUR, minute(29)).total());
    }

    @Test
    void afterAnHourTheRingWrapsAroundAndOldMinutesAreGone() {
        for (int m = 0; m < 150; m++) history.record(Series.SIGN_IN_FAILURE, minute(m), 1000 + m);

        long[] hour = history.window(Series.SIGN_IN_FAILURE, Range.HOUR, minute(149)).values();
        for (int i = 0; i < 60; i++) assertThat(hour[i]).as("bucket %d", i).isEqualTo(1000 + 90 + i);
        // A slot is reused by the minute 60 later: it starts afresh, never adds to the old value.
        history.record(Series.SIGN_IN_FAILURE, minute(150), 7);
        assertThat(history.window(Series.SIGN_IN_FAILURE, Range.HOUR, minute(150)).values()[59]).isEqualTo(7);
    }

    @Test
    void minutesNobodySampledAreEmptyEvenWhenTheirSlotHoldsAnOlderValue() {
        history.record(Series.SIGN_IN_SUCCESS, minute(0), 5);
        history.record(Series.SIGN_IN_SUCCESS, minute(1), 6);
        // Idle (or stopped) for 59 minutes, then one event: minute 60 lands in minute 0's slot.
        history.record(Series.SIGN_IN_SUCCESS, minute(61), 1);

        long[] hour = history.window(Series.SIGN_IN_SUCCESS, Range.HOUR, minute(61)).values();
        assertThat(Arrays.stream(hour).sum()).isEqualTo(1);
        assertThat(hour[59]).isEqualTo(1);
        // Read long after the last write, without writing: everything is stale, so all zero.
        assertThat(history.window(Series.SIGN_IN_SUCCESS, Range.HOUR, minute(61 + 600)).total()).isZero();
        assertThat(history.window(Series.SIGN_IN_SUCCESS, Range.DAY, minute(61 + 24 * 60)).total()).isZero();
        // A window that ends inside the day still sees the writes.
        assertThat(history.window(Series.SIGN_IN_SUCCESS, Range.DAY, minute(61 + 600)).total()).isEqualTo(12);
    }

    @Test
    void memoryIsFixedAtConstructionWhateverIsRecorded() throws Exception {
        assertThat(history.cells()).isEqualTo(Series.values().length * (60 + 96));
        long before = arrayCells(history);
        assertThat(before).isEqualTo(2L * history.cells()); // values and bucket numbers
        for (int m = 0; m < 100_000; m += 7) {
            for (Series s : Series.values()) history.record(s, minute(m), m);
        }
        assertThat(arrayCells(history)).isEqualTo(before);
        // About 30 KB of long arrays, as History's comment says.
        assertThat(before * Long.BYTES).isBetween(25_000L, 35_000L);
    }

    /** The long cells of every ring's arrays, read from the fields. */
    private static long arrayCells(History h) throws Exception {
        long n = 0;
        for (String name : List.of("hour", "day")) {
            Field f = History.class.getDeclaredField(name);
            f.setAccessible(true);
            for (Ring ring : ((Map<?, Ring>) f.get(h)).values()) {
                for (String arr : List.of("values", "numbers")) {
                    Field a = Ring.class.getDeclaredField(arr);
                    a.setAccessible(true);
                    n += ((long[]) a.get(ring)).length;
                }
            }
        }
        return n;
    }

    @Test
    void concurrentWritersLoseNothingAndReadersSeeWholeWindows() throws Exception {
        int writers = 8;
        int perWriter = 20_000;
        ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                done.add(pool.submit(() -> {
                    go.await();
                    for (int i = 0; i < perWriter; i++) history.record(Series.SIGN_IN_SUCCESS, minute(i % 10), 1);
                    return null;
                }));
            }
            Future<?> reader = pool.submit(() -> {
                go.await();
                for (int i = 0; i < 2_000; i++) {
                    History.Window w = history.window(Series.SIGN_IN_SUCCESS, Range.HOUR, minute(9));
                    assertThat(w.values()).hasSize(60);
                    assertThat(w.total()).isBetween(0L, (long) writers * perWriter);
                }
                return null;
            });
            go.countDown();
            for (Future<?> f : done) f.get(60, TimeUnit.SECONDS);
            reader.get(60, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        assertThat(history.window(Series.SIGN_IN_SUCCESS, Range.HOUR, minute(9)).total()).isEqualTo((long) writers * perWriter);
        assertThat(history.window(Series.SIGN_IN_SUCCESS, Range.DAY, minute(9)).total()).isEqualTo((long) writers * perWriter);
    }

    @Test
    void rangesAreParsedStrictly() {
        assertThat(Range.parse("hour")).isEqualTo(Range.HOUR);
        assertThat(Range.parse("day")).isEqualTo(Range.DAY);
        for (String bad : new String[] {null, "", "HOUR", "week", "hour ", "day\u0000"}) assertThat(Range.parse(bad)).as(bad).isNull();
    }
}
