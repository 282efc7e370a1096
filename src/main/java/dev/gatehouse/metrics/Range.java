package dev.gatehouse.metrics;

import java.time.Duration;

/** The two windows the dashboard shows: the last hour by minute, the last day by quarter hour. */
public enum Range {
    HOUR(Duration.ofMinutes(1), 60),
    DAY(Duration.ofMinutes(15), 96);

    private final Duration step;
    private final int buckets;

    Range(Duration step, int buckets) {
        this.step = step;
        this.buckets = buckets;
    }

    public Duration step() {
        return step;
    }

    public int buckets() {
        return buckets;
    }

    /** The range a {@code ?range=} value names, null for anything else. */
    public static Range parse(String value) {
        if (value == null) return null;
        return switch (value) {
            case "hour" -> HOUR;
            case "day" -> DAY;
            default -> null;
        };
    }

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
