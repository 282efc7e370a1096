package dev.gatehouse.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.core.DomainException;
import dev.gatehouse.core.ErrorCode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Admission to the hashing pool: threads plus a waiting room that closes while the pool is overloaded. */
class HashPoolTest {
    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final HashPool pool = new HashPool(1, 2, now::get);
    private final Semaphore release = new Semaphore(0);
    private final List<CompletableFuture<Boolean>> callers = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        release.release(1_000);
        for (CompletableFuture<Boolean> c : callers) c.get(10, TimeUnit.SECONDS);
        pool.close();
    }

    /** A caller whose job holds a hashing thread until released. */
    private void blockingCaller(CountDownLatch started) {
        callers.add(CompletableFuture.supplyAsync(() -> pool.run(() -> {
            started.countDown();
            return release.tryAcquire(10, TimeUnit.SECONDS);
        })));
    }

    private void awaitAdmitted(int n) throws InterruptedException {
        for (int i = 0; i < 500 && queuedPlusActive() != n; i++) Thread.sleep(5);
        assertThat(queuedPlusActive()).isEqualTo(n);
    }

    /** One job running on the pool's thread, two waiting: the pool holds all it may hold. */
    private void fillThreadAndQueue() throws InterruptedException {
        CountDownLatch first = new CountDownLatch(1);
        blockingCaller(first);
        assertThat(first.await(10, TimeUnit.SECONDS)).isTrue();
        blockingCaller(new CountDownLatch(1));
        blockingCaller(new CountDownLatch(1));
        awaitAdmitted(3);
    }

    private int queuedPlusActive() {
        return pool.queued() + pool.active();
    }

    @Test
    void aCalmPoolQueuesABurstAndRefusesBeyondTheQueue() throws Exception {
        fillThreadAndQueue();
        assertThat(pool.saturated()).isTrue();
        assertThatThrownBy(() -> pool.run(() -> true)).isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.error()).isEqualTo(ErrorCode.OVERLOADED));
        release.release(3);
        for (CompletableFuture<Boolean> c : callers) assertThat(c.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(pool.saturated()).isFalse();
    }

    @Test
    void refusalsAreCountedAndCapacityIsThreadsPlusQueue() throws Exception {
        assertThat(pool.capacity()).isEqualTo(3);
        assertThat(pool.refusals()).isZero();
        fillThreadAndQueue();
        assertThatThrownBy(() -> pool.run(() -> true)).isInstanceOf(DomainException.class);
        assertThatThrownBy(pool::reserve).isInstanceOf(DomainException.class);
        assertThat(pool.refusals()).isEqualTo(2);
        release.release(3);
        for (CompletableFuture<Boolean> c : callers) assertThat(c.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(pool.refusals()).isEqualTo(2);
    }

    @Test
    void afterARefusalNothingWaitsUntilACalmSecondHasPassed() throws Exception {
        fillThreadAndQueue();
        assertThatThrownBy(() -> pool.run(() -> true)).isInstanceOf(DomainException.class); // the storm begins
        release.release(2); // the running job and one queued one finish: one job runs, the queue has room
        awaitAdmitted(1);

        // Overloaded within the last second: a job that would have to wait is refused, although the queue has room.
        assertThat(pool.saturated()).isTrue();
        assertThatThrownBy(() -> pool.run(() -> true)).isInstanceOf(DomainException.class);

        // A second later with no refusal in between, the waiting room opens again.
        now.addAndGet(HashPool.CALM.toNanos());
        assertThat(pool.saturated()).isFalse();
        blockingCaller(new CountDownLatch(1));
        awaitAdmitted(2);
        release.release(2);
        for (CompletableFuture<Boolean> c : callers) assertThat(c.get(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void whileOverloadedAFreeThreadStillTakesAJob() throws Exception {
        fillThreadAndQueue();
        assertThatThrownBy(() -> pool.run(() -> true)).isInstanceOf(DomainException.class);
        release.release(3);
        for (CompletableFuture<Boolean> c : callers) assertThat(c.get(10, TimeUnit.SECONDS)).isTrue();
        // Still within the stormy second, but the thread is free: admitted, and it runs.
        assertThat(pool.run(() -> 42)).isEqualTo(42);
    }

    @Test
    void anInterruptedCallerGivesItsPlaceBack() throws Exception {
        CountDownLatch first = new CountDownLatch(1);
        blockingCaller(first);
        assertThat(first.await(10, TimeUnit.SECONDS)).isTrue();
        Thread waiter = new Thread(() -> {
            try {
                pool.run(() -> true);
            } catch (DomainException expected) {
                // overloaded: the caller was interrupted while queued
            }
        });
        waiter.start();
        awaitAdmitted(2);
        waiter.interrupt();
        waiter.join(10_000);
        release.release(1);
        callers.get(0).get(10, TimeUnit.SECONDS);
        // Both places are free again: a full burst of three is admitted (one running, two queued).
        for (int i = 0; i < 3; i++) blockingCaller(new CountDownLatch(1));
        awaitAdmitted(3);
    }

    @Test
    void aJobsExceptionReachesTheCallerAndFreesItsPlace() {
        assertThatThrownBy(() -> pool.run(() -> {
            throw new IllegalArgumentException("bad hash");
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("bad hash");
        assertThat(pool.saturated()).isFalse();
        assertThat(pool.run(() -> "ok")).isEqualTo("ok");
    }

    @Test
    void aPermitHoldsItsPlaceUntilItsJobTakesItOrItIsClosed() {
        HashPool.Permit first = pool.reserve();
        HashPool.Permit second = pool.reserve();
        HashPool.Permit third = pool.reserve();
        assertThat(pool.saturated()).isTrue();
        assertThatThrownBy(pool::reserve).isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.error()).isEqualTo(ErrorCode.OVERLOADED));

        assertThat(pool.run(first, () -> "hashed")).isEqualTo("hashed");
        first.close(); // taken by its job: closing gives nothing back twice
        second.close(); // never used: its place is free again
        assertThatThrownBy(() -> pool.run(second, () -> "again")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> pool.run(first, () -> "again")).isInstanceOf(IllegalStateException.class);
        third.close();
        assertThat(pool.saturated()).isFalse();
        now.addAndGet(HashPool.CALM.toNanos()); // the refusal above closed the waiting room for a while
        try (HashPool.Permit a = pool.reserve(); HashPool.Permit b = pool.reserve(); HashPool.Permit c = pool.reserve()) {
            assertThat(pool.saturated()).as("all three places were given back").isTrue();
        }
    }

    @Test
    void aJobThatWaitedLongerThanTheWaitingRoomLastsIsRefusedInsteadOfHashed() throws Exception {
        assertThat(pool.maxWaitNanos()).as("no hash time known yet").isEqualTo(Long.MAX_VALUE);
        assertThat(pool.run(() -> now.addAndGet(100_000_000L))).isPositive(); // one hash of 100 ms
        // One thread, two waiting: a job may wait 2 hashes in the queue, plus one of slack.
        assertThat(pool.maxWaitNanos()).isEqualTo(300_000_000L);

        CountDownLatch first = new CountDownLatch(1);
        blockingCaller(first);
        assertThat(first.await(10, TimeUnit.SECONDS)).isTrue();
        AtomicLong ran = new AtomicLong();
        CompletableFuture<Object> stale = CompletableFuture.supplyAsync(() -> pool.run(ran::incrementAndGet));
        awaitAdmitted(2);
        now.addAndGet(10_000_000_000L); // the running hash takes 10 s: the queued job's wait is far past the bound
        release.release(1);

        assertThatThrownBy(() -> stale.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(DomainException.class)
                .cause().satisfies(e -> assertThat(((DomainException) e).error()).isEqualTo(ErrorCode.OVERLOADED));
        assertThat(ran.get()).as("the stale job was not run").isZero();
        assertThat(pool.refusals()).isEqualTo(1);
        awaitAdmitted(0);
        assertThat(pool.saturated()).isFalse();
    }

    @Test
    void idleMemoryIsReleasedOnlyWhenNoJobIsAdmitted() {
        AtomicLong released = new AtomicLong();
        try (HashPool p = new HashPool(1, 0, now::get, released::incrementAndGet)) {
            assertThat(p.run(() -> 1)).isEqualTo(1);
            assertThat(p.releaseIfIdle()).isTrue();
            assertThat(released.get()).isEqualTo(1);
            try (HashPool.Permit held = p.reserve()) {
                assertThat(p.releaseIfIdle()).isFalse();
                assertThat(released.get()).isEqualTo(1);
            }
            assertThat(p.releaseIfIdle()).isTrue();
        }
    }
}
