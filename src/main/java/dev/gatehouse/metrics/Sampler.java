package dev.gatehouse.metrics;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Reads this node's counters and gauges and records them in the {@link History}: each counter's
 * increase since the previous sample (counters are cumulative: the first sample takes everything
 * counted since start) and each gauge's value now. Run every few seconds by the server's background
 * jobs; a sample that comes late (a long pause, a suspended machine) puts the whole increase into the
 * bucket it runs in, and buckets nobody sampled stay zero. Costly gauges (a database COUNT) are read
 * only on the first sample of each minute. One sample at a time (synchronized), so a manual sample
 * and the scheduled one never count the same increase twice.
 */
public final class Sampler {
    private static final long MINUTE = 60_000;

    private final History history;
    private final Clock clock;
    private final Map<Series, LongSupplier> counters;
    private final Map<Series, LongSupplier> gauges;
    private final Map<Series, LongSupplier> costlyGauges;
    private final Map<Series, Long> last = new EnumMap<>(Series.class);
    private long lastCostlyMinute = Long.MIN_VALUE;

    /**
     * @param counters cumulative totals (never decreasing) by series
     * @param gauges current values, read on every sample
     * @param costlyGauges current values, read at most once a minute
     */
    public Sampler(History history, Clock clock, Map<Series, LongSupplier> counters, Map<Series, LongSupplier> gauges,
                   Map<Series, LongSupplier> costlyGauges) {
        this.history = history;
        this.clock = clock;
        this.counters = Map.copyOf(counters);
        this.gauges = Map.copyOf(gauges);
        this.costlyGauges = Map.copyOf(costlyGauges);
    }

    public History history() {
        return history;
    }

    /** The sampler's clock now: the end of the windows a page shows. */
    public Instant now() {
        return clock.instant();
    }

    /** One sample now. */
    public synchronized void sample() {
        Instant now = clock.instant();
        counters.forEach((series, total) -> {
            long value = total.getAsLong();
            long before = last.getOrDefault(series, 0L);
            last.put(series, value);
            // A counter that went down was replaced (a meter re-registered): count from its new value.
            long delta = value >= before ? value - before : value;
            if (delta > 0) history.record(series, now, delta);
        });
        gauges.forEach((series, value) -> history.record(series, now, value.getAsLong()));
        long minute = Math.floorDiv(now.toEpochMilli(), MINUTE);
        if (minute != lastCostlyMinute) {
            lastCostlyMinute = minute;
            costlyGauges.forEach((series, value) -> history.record(series, now, value.getAsLong()));
        }
    }
}
