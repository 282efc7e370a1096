package dev.gatehouse.account;

import dev.gatehouse.core.ApiException;
import dev.gatehouse.core.ErrorCode;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs password hashes on a fixed number of threads with a short bounded queue. When both are full
 * the caller gets 503 {@code overloaded} at once (SECURITY.md: a login storm must not exhaust memory
 * or threads, and admitted logins keep a bounded latency).
 */
public final class HashPool implements AutoCloseable {
    private final ThreadPoolExecutor executor;

    public HashPool(int threads, int queue) {
        AtomicInteger n = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                queue == 0 ? new java.util.concurrent.SynchronousQueue<>() : new ArrayBlockingQueue<>(queue),
                r -> {
                    Thread t = new Thread(r, "hash-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                },
                new ThreadPoolExecutor.AbortPolicy());
        executor.prestartAllCoreThreads();
    }

    public <T> T run(Callable<T> job) {
        Future<T> future;
        try {
            future = executor.submit(job);
        } catch (RejectedExecutionException e) {
            throw overloaded();
        }
        try {
            return future.get();
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw overloaded();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IllegalStateException(e.getCause());
        }
    }

    /** True when a job submitted now would be refused: every thread busy and the queue full. */
    public boolean saturated() {
        return executor.getActiveCount() >= executor.getMaximumPoolSize() && executor.getQueue().remainingCapacity() == 0;
    }

    /** The refusal {@link #run} gives, at once when the pool is {@link #saturated()}. */
    public void requireRoom() {
        if (saturated()) throw overloaded();
    }

    private static ApiException overloaded() {
        return ApiException.retryAfter(ErrorCode.OVERLOADED, Duration.ofSeconds(1));
    }

    public int queued() {
        return executor.getQueue().size();
    }

    public int active() {
        return executor.getActiveCount();
    }

    @Override
    public void close() {
        executor.shutdown();
    }
}
