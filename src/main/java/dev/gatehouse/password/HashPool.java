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
 *
 * <p>Two more bounds on an admitted login's wait:
 * <ul>
 *   <li>A {@link Permit} taken before the login's database work (the user read, the throttle
 *   write) holds its place, so only logins that will hash do that work, and a login is never
 *   refused after its attempt was counted against the account: in a storm, logins that passed an
 *   unreserved check while a thread was free all did that work, and all but one were refused.</li>
 *   <li>A job that queued behind others and waited longer than the waiting room is meant to
 *   last, (queue / threads + 1) times the recent hash time, is refused when it reaches a thread
 *   instead of hashed: the hash times grew (CPU taken by other work), and its caller has waited
 *   longer than a retry costs.</li>
 * </ul>
 */
public final class HashPool implements AutoCloseable {
    /** How long after the last refusal the waiting room stays closed. */
    static final Duration CALM = Duration.ofSeconds(1);
    /** The shortest bound on a job's wait in the queue; see {@link #maxWaitNanos()}. */
    static final Duration MIN_MAX_WAIT = Duration.ofMillis(100);

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
    /** Recent hash time in nanoseconds (moving average over ~8 jobs); 0 until a job has run. */
    private volatile long hashNanos;
    /** Run when the pool has nothing to do and memory may be handed back; see {@link #releaseIfIdle()}. */
    private final Runnable releaseIdleMemory;

    public HashPool(int threads, int queue) {
        this(threads, queue, () -> { });
    }

    /** @param releaseIdleMemory frees what the hashes keep between runs (the hasher's memory matrices) */
    public HashPool(int threads, int queue, Runnable releaseIdleMemory) {
        this(threads, queue, System::nanoTime, releaseIdleMemory);
    }

    HashPool(int threads, int queue, LongSupplier nanoTime) {
        this(threads, queue, nanoTime, () -> { });
    }

    HashPool(int threads, int queue, LongSupplier nanoTime, Runnable releaseIdleMemory) {
        this.threads = threads;
        this.queue = queue;
        this.nanoTime = nanoTime;
        this.releaseIdleMemory = releaseIdleMemory;
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

    /** Runs a job on the pool and waits for it; refuses at once (503 {@code overloaded}) when there is no room. */
    public <T> T run(Callable<T> job) {
        try (Permit permit = reserve()) {
            return run(permit, job);
        }
    }

    /**
     * Takes a place in the pool for a job that follows other work (a login's database reads and
     * writes), or refuses at once (503 {@code overloaded}) when there is none. Close it on every
     * path; closing after {@link #run(Permit, Callable)} took it does nothing.
     */
    public Permit reserve() {
        if (admitted.incrementAndGet() > limit()) {
            admitted.decrementAndGet();
            throw refuse();
        }
        return new Permit();
    }

    /** Runs a job in the place {@code permit} holds, and waits for it. */
    public <T> T run(Permit permit, Callable<T> job) {
        if (!permit.held.compareAndSet(true, false)) throw new IllegalStateException("permit already used or closed");
        long queuedAt = nanoTime.getAsLong();
        // Only a job that finds every thread busy can go stale: a thread's wake-up on a busy machine is no queue.
        boolean behindOthers = executor.getActiveCount() >= threads;
        // Whoever claims the job first owns its slot: the hashing thread (runs it, then releases the
        // slot) or an interrupted caller giving up before it started (releases the slot itself).
        AtomicBoolean claimed = new AtomicBoolean();
        Future<T> future;
        try {
            future = executor.submit(() -> {
                if (!claimed.compareAndSet(false, true)) return null;
                try {
                    long start = nanoTime.getAsLong();
                    if (behindOthers && stale(start - queuedAt)) throw refuse();
                    T result = job.call();
                    observe(nanoTime.getAsLong() - start);
                    return result;
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

    /**
     * Longest wait in the queue before a job is dropped: the waiting room's own length plus one
     * hash, and never under {@link #MIN_MAX_WAIT}, so that with cheap hashes (tests, a small m) a
     * thread's wake-up on a busy machine does not count as a stale wait.
     */
    long maxWaitNanos() {
        long hash = hashNanos;
        return hash == 0 ? Long.MAX_VALUE : Math.max(hash * (queue / threads + 1), MIN_MAX_WAIT.toNanos());
    }

    private boolean stale(long waitedNanos) {
        return waitedNanos > maxWaitNanos();
    }

    private void observe(long nanos) {
        long average = hashNanos;
        hashNanos = average == 0 ? nanos : average + (nanos - average) / 8;
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

    /**
     * When no job is admitted, frees the memory the hashes keep between runs and says so; the
     * caller then trims the C heap. A job admitted meanwhile allocates afresh.
     */
    public boolean releaseIfIdle() {
        if (admitted.get() != 0) return false;
        releaseIdleMemory.run();
        return true;
    }

    /** How many jobs were refused since start. */
    public long refusals() {
        return refusals.sum();
    }

    @Override
    public void close() {
        executor.shutdown();
    }

    /** A place in the pool, held from {@link #reserve()} until a job takes it or it is closed. */
    public final class Permit implements AutoCloseable {
        private final AtomicBoolean held = new AtomicBoolean(true);

        private Permit() {
        }

        @Override
        public void close() {
            if (held.compareAndSet(true, false)) admitted.decrementAndGet();
        }
    }
}
