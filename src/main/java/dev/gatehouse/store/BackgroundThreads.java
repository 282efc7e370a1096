package dev.gatehouse.store;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** The one-thread schedulers of the background jobs: daemon threads, and one way to stop them. */
public final class BackgroundThreads {
    private BackgroundThreads() {}

    /** A scheduler on one daemon thread named {@code name} (it never keeps the JVM alive). */
    public static ScheduledExecutorService daemon(String name) {
        return Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** Interrupts the job and waits up to 5 s for it to end, so that what follows (a lease release) comes after it. */
    public static void stop(ScheduledExecutorService scheduler) {
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
