package dev.gatehouse.password;

import dev.gatehouse.core.DomainException;
import dev.gatehouse.core.ErrorCode;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

/**
 * Runs password hashes on a fixed number of threads with a short bounded queue. When both are full
 * the caller gets 503 {@code overloaded} at once (SECURITY.md: a login storm must not exhaust memory
 * or threads, and admitted logins keep a bounded latency).
 *
 * <p>The queue is a waiting room for bursts, and it closes under sustained overload: once a job has
 * been refused, jobs are admitted only while a thread is free, until {@link #CALM} passes without a
 * refusal. Why: in a storm the queue only adds latency, never throughput (the threads are busy either
 * way), and every queued hash makes the admitted login wait a further hash time, longer still because
 * the refusals compete for the same cores. Measured at 10x the hash rate on 2 cores (PERFORMANCE.md's
 * login storm): admitted p99 611-763 ms with a queue of 6, 154 ms with no waiting, the same admitted
 * logins/s. A burst on a calm server still queues.
 */
public final class HashPool implements AutoCloseable {
    /** How long after the last refusal the waiting room stays closed. */
    static final Duration CALM = Duration.ofSeconds(1);

    private final ThreadPoolExecutor executor;
    private final int threads;
    private final int queue;
    private final LongSupplier nanoTime;
    /** Jobs admitted and not finished, running or queued; admission is one atomic step on it. */
    private final AtomicInteger admitted = new AtomicInteger();
    /** When a job was last refused ({@link #nanoTime} units); starts a calm period in the past. */
    private volatile long lastRefusal;
    /** Jobs refused since start, for the metrics. */
    private final LongAdder refusals = new LongAdder();

    public HashPool(int threads, int queue) {
        this(threads, queue, System::nanoTime);
    }

    HashPool(int threads, int queue, LongSupplier nanoTime) {
        this.threads = threads;
        this.queue = queue;
        this.nanoTime = nanoTime;
        this.lastRefusal = nanoTime.getAsLong() - CALM.toNanos();
        AtomicInteger n = new AtomicInteger();
        // The executor's own queue never refuses: admission above bounds it to `queue` waiting jobs.
        this.executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                r -> {
                    Thread t = new Thread(r, "hash-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        executor.prestartAllCoreThreads();
    }

    public <T> T run(Callable<T> job) {
        if (admitted.incrementAndGet() > limit()) {
            admitted.decrementAndGet();
            throw refuse();
        }
        // Whoever claims the job first owns its slot: the hashing thread (runs it, then releases the
        // slot) or an interrupted caller giving up before it started (releases the slot itself).
        AtomicBoolean claimed = new AtomicBoolean();
        Future<T> future;
        try {
            future = executor.submit(() -> {
                if (!claimed.compareAndSet(false, true)) return null;
                try {
                    return job.call();
                } finally {
                    admitted.decrementAndGet();
                }
            });
        } catch (RejectedExecutionException e) { // shut down
            admitted.decrementAndGet();
            throw refuse();
        }
        try {
            return future.get();
        } catch (InterruptedException e) {
            if (claimed.compareAndSet(false, true)) admitted.decrementAndGet();
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw overloaded();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Threads plus the waiting room, or threads alone while the pool is recovering from overload. */
    private int limit() {
        boolean stormy = nanoTime.getAsLong() - lastRefusal < CALM.toNanos();
        return stormy ? threads : threads + queue;
    }

    /** True when a job submitted now would be refused. */
    public boolean saturated() {
        return admitted.get() >= limit();
    }

    /** The refusal {@link #run} gives, at once when the pool is {@link #saturated()}. */
    public void requireRoom() {
        if (saturated()) throw refuse();
    }

    private DomainException refuse() {
        lastRefusal = nanoTime.getAsLong();
        refusals.increment();
        return overloaded();
    }

    private static DomainException overloaded() {
        return DomainException.retryAfter(ErrorCode.OVERLOADED, Duration.ofSeconds(1));
    }

    public int queued() {
        return executor.getQueue().size();
    }

    public int active() {
        return executor.getActiveCount();
    }

    /** The threads plus the waiting room: the most jobs admitted at once on a calm server. */
    public int capacity() {
        return threads + queue;
    }

    /** How many jobs were refused since start. */
    public long refusals() {
        return refusals.sum();
    }

    @Override
    public void close() {
        executor.shutdown();
    }
}
