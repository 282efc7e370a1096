package dev.gatehouse.metrics;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * This node's recent values of every {@link Series}, per {@link Range}: fixed memory, allocated once
 * at construction and never grown: per series one ring of 60 minutes and one of 96 quarter hours,
 * each two {@code long} arrays, so 12 series × 2 × (60 + 96) × 8 bytes ≈ 30 KB whatever the traffic or
 * uptime ({@link #cells()} says how many values; HistoryTest holds it). Thread-safe: one lock, held for a
 * few array writes per sample or one copy per read.
 */
public final class History {
    private final Map<Series, Ring> hour = new EnumMap<>(Series.class);
    private final Map<Series, Ring> day = new EnumMap<>(Series.class);
    private final String node;

    /** @param node the name of this node (host), for the page that shows it */
    public History(String node) {
        this.node = node;
        for (Series s : Series.values()) {
            hour.put(s, ring(Range.HOUR));
            day.put(s, ring(Range.DAY));
        }
    }

    private static Ring ring(Range r) {
        return new Ring(r.step().toMillis(), r.buckets());
    }

    public String node() {
        return node;
    }

    /** A sampled value: a counter's increase since the last sample, or a gauge's current value. */
    public synchronized void record(Series series, Instant at, long value) {
        long t = at.toEpochMilli();
        if (series.kind() == Series.Kind.COUNTER) {
            hour.get(series).add(t, value);
            day.get(series).add(t, value);
        } else {
            hour.get(series).max(t, value);
            day.get(series).max(t, value);
        }
    }

    /** The window of {@code range} ending with the bucket of {@code now}, oldest bucket first. */
    public synchronized Window window(Series series, Range range, Instant now) {
        Ring ring = (range == Range.HOUR ? hour : day).get(series);
        long t = now.toEpochMilli();
        return new Window(series, range, Instant.ofEpochMilli(ring.windowStart(t)), ring.window(t));
    }

    /** How many values are kept in all: the memory bound, constant from construction. */
    public int cells() {
        return Series.values().length * (Range.HOUR.buckets() + Range.DAY.buckets());
    }

    /** The buckets of one series: {@code values[i]} covers {@code start + i × range.step()}. */
    public record Window(Series series, Range range, Instant start, long[] values) {
        public Instant bucketStart(int i) {
            return start.plus(range.step().multipliedBy(i));
        }

        public long total() {
            long sum = 0;
            for (long v : values) sum += v;
            return sum;
        }

        public long peak() {
            long max = 0;
            for (long v : values) max = Math.max(max, v);
            return max;
        }
    }
}
