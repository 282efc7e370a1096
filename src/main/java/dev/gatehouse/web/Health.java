package dev.gatehouse.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/**
 * Readiness: every named check must pass (database reachable, signing keys loaded), and the
 * database must take writes. A request that failed on the store marks writes as suspect, so the
 * next readiness call asks the database again (through {@code writeProbe}) instead of trusting an
 * old answer; readiness stays DOWN until a probe succeeds, and needs no restart to come back.
 */
public final class Health {
    static final String WRITES = "database_writes";
    /** DOWN from the moment a graceful stop begins (SIGTERM), so load balancers stop sending first. */
    static final String SERVING = "serving";
    /** A good answer is trusted this long when nothing failed meanwhile. */
    private static final long RECHECK_NANOS = TimeUnit.SECONDS.toNanos(30);
    /** Load balancers give a probe about a second; a write lock held elsewhere must not make ours hang. */
    private static final long PROBE_WAIT_MILLIS = 1_000;

    private final Map<String, BooleanSupplier> checks;
    private final BooleanSupplier writeProbe;
    private final ExecutorService prober = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "write-probe");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean suspect;
    private volatile boolean draining;
    private volatile boolean lastWritable;
    private volatile long lastProbeNanos;
    private CompletableFuture<Boolean> inFlight;

    public Health(Map<String, BooleanSupplier> checks, BooleanSupplier writeProbe) {
        this.checks = checks;
        this.writeProbe = writeProbe;
    }

    /**
     * Whether {@code e} is a store failure (the database refused, timed out or is away), which the
     * caller answers with 503; if so, readiness probes writes again at its next call.
     */
    public boolean storeFailure(Throwable e) {
        boolean failure = WebServer.isDatabaseDown(e);
        if (failure) suspect = true;
        return failure;
    }

    Map<String, String> run() {
        Map<String, String> out = new LinkedHashMap<>();
        for (var check : checks.entrySet()) out.put(check.getKey(), up(check.getValue()) ? "UP" : "DOWN");
        out.put(WRITES, writable() ? "UP" : "DOWN");
        out.put(SERVING, draining ? "DOWN" : "UP");
        return out;
    }

    /** The server is about to stop: readiness answers DOWN from now on; requests are still served. */
    void drain() {
        draining = true;
    }

    private boolean writable() {
        if (!suspect && lastWritable && System.nanoTime() - lastProbeNanos < RECHECK_NANOS) return true;
        CompletableFuture<Boolean> probe;
        synchronized (this) {
            // One probe at a time: while the database hangs, readiness calls share the one waiting.
            if (inFlight == null || inFlight.isDone()) {
                suspect = false;
                inFlight = CompletableFuture.supplyAsync(() -> up(writeProbe), prober).whenComplete((ok, error) -> {
                    lastWritable = Boolean.TRUE.equals(ok);
                    lastProbeNanos = System.nanoTime();
                    if (!lastWritable) suspect = true;
                });
            }
            probe = inFlight;
        }
        try {
            return probe.get(PROBE_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            return false;
        }
    }

    private static boolean up(BooleanSupplier check) {
        try {
            return check.getAsBoolean();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Stops the probe thread (server shutdown). */
    void close() {
        prober.shutdownNow();
    }
}
