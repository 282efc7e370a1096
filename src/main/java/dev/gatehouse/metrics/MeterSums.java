package dev.gatehouse.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

/**
 * Totals read from the server's own Micrometer registry (the one {@code /metrics} serves), so the
 * dashboard and Prometheus count the same events. A meter registered after start (its first event) is
 * found on the next read.
 */
public final class MeterSums {
    private MeterSums() {}

    /** The sum of the counters named {@code name} whose {@code tag} is one of {@code values}. */
    public static LongSupplier counters(MeterRegistry registry, String name, String tag, Set<String> values) {
        return counters(registry, name, tag, values::contains);
    }

    /** The sum of the counters named {@code name} whose {@code tag} is none of {@code values}. */
    public static LongSupplier countersExcept(MeterRegistry registry, String name, String tag, Set<String> values) {
        return counters(registry, name, tag, v -> !values.contains(v));
    }

    private static LongSupplier counters(MeterRegistry registry, String name, String tag, Predicate<String> counted) {
        return () -> {
            double sum = 0;
            for (Counter c : registry.find(name).counters()) {
                String value = c.getId().getTag(tag);
                if (value != null && counted.test(value)) sum += c.count();
            }
            return (long) sum;
        };
    }

    /** Several totals added up. */
    public static LongSupplier plus(LongSupplier... parts) {
        return () -> {
            long sum = 0;
            for (LongSupplier p : parts) sum += p.getAsLong();
            return sum;
        };
    }
}
