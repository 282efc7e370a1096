package dev.gatehouse.bootstrap;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Wall-clock time of each start-up phase, for the ready line: first the time from the process's
 * start (10 ms resolution on Linux) to here, which for {@code serve} is the JVM's own start, the
 * command line and the configuration; then one entry per {@link #mark}.
 */
final class StartupPhases {
    private final List<String> phases = new ArrayList<>();
    private long last = System.nanoTime();

    StartupPhases() {
        ProcessHandle.current().info().startInstant().ifPresent(started ->
                phases.add("process start to serve " + Duration.between(started, Instant.now()).toMillis() + " ms"));
    }

    void mark(String phase) {
        long now = System.nanoTime();
        phases.add(phase + " " + (now - last) / 1_000_000 + " ms");
        last = now;
    }

    @Override
    public String toString() {
        return String.join(", ", phases);
    }
}
