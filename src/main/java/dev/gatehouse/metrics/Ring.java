package dev.gatehouse.metrics;

import java.util.Arrays;

/**
 * Buckets of one width over a fixed window, in two arrays allocated once: a bucket is addressed by
 * its number since the epoch ({@code millis / width}) and lives in slot {@code number % size}. A slot
 * still holding an older number is stale (nothing was recorded in that bucket: the server was idle
 * or stopped) and reads as zero; writing to it starts it afresh. Not thread-safe: {@link History}
 * holds the lock.
 */
final class Ring {
    private final long widthMillis;
    private final long[] values;
    /** The bucket number each slot holds; -1 for never written. */
    private final long[] numbers;

    Ring(long widthMillis, int size) {
        this.widthMillis = widthMillis;
        this.values = new long[size];
        this.numbers = new long[size];
        Arrays.fill(numbers, -1);
    }

    /** Counters: adds {@code delta} to the bucket of {@code atMillis}. */
    void add(long atMillis, long delta) {
        values[slot(atMillis)] += delta;
    }

    /** Gauges: keeps the highest value seen in the bucket of {@code atMillis}. */
    void max(long atMillis, long value) {
        int i = slot(atMillis);
        values[i] = Math.max(values[i], value);
    }

    /** The whole window ending with the bucket of {@code nowMillis}, oldest first; stale buckets are zero. */
    long[] window(long nowMillis) {
        int size = values.length;
        long last = Math.floorDiv(nowMillis, widthMillis);
        long[] out = new long[size];
        for (int k = 0; k < size; k++) {
            long number = last - size + 1 + k;
            int i = (int) Math.floorMod(number, size);
            out[k] = numbers[i] == number ? values[i] : 0;
        }
        return out;
    }

    /** The start (epoch millis) of the first bucket of the window ending at {@code nowMillis}. */
    long windowStart(long nowMillis) {
        return (Math.floorDiv(nowMillis, widthMillis) - values.length + 1) * widthMillis;
    }

    private int slot(long atMillis) {
        long number = Math.floorDiv(atMillis, widthMillis);
        int i = (int) Math.floorMod(number, values.length);
        if (numbers[i] != number) {
            // A bucket older than the window, or never written: this bucket starts empty. A write for
            // a bucket before the one held (a clock set back) also restarts the slot: never mixed.
            numbers[i] = number;
            values[i] = 0;
        }
        return i;
    }
}
