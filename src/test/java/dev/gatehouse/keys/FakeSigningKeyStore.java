package dev.gatehouse.keys;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/** In-memory store with the same atomicity as the database one: every method is one critical section. */
public final class FakeSigningKeyStore implements SigningKeyStore {

    private final List<StoredKey> rows = new ArrayList<>();
    final AtomicInteger publishableQueries = new AtomicInteger();
    /** When set, findActive waits here: makes every racer see "no key" before anyone inserts. */
    volatile CyclicBarrier findActiveBarrier;
    volatile boolean failing;

    @Override
    public Optional<StoredKey> findActive(String alg) {
        check();
        CyclicBarrier b = findActiveBarrier;
        Optional<StoredKey> result;
        synchronized (this) {
            result = rows.stream().filter(k -> k.isActive() && k.alg().equals(alg)).findFirst();
        }
        if (b != null) {
            try {
                b.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
                throw new IllegalStateException(e);
            }
        }
        return result;
    }

    @Override
    public synchronized List<StoredKey> findPublishable(Instant now) {
        check();
        publishableQueries.incrementAndGet();
        return rows.stream().filter(k -> k.isActive() || (k.publishUntil() != null && k.publishUntil().isAfter(now)))
                .toList();
    }

    @Override
    public synchronized boolean insertFirstActive(StoredKey key) {
        check();
        if (rows.stream().anyMatch(k -> k.isActive() && k.alg().equals(key.alg()))) {
            return false;
        }
        rows.add(key);
        return true;
    }

    @Override
    public synchronized void rotate(StoredKey newKey, Instant publishOldUntil) {
        check();
        for (int i = 0; i < rows.size(); i++) {
            StoredKey k = rows.get(i);
            if (k.isActive() && k.alg().equals(newKey.alg())) {
                rows.set(i, new StoredKey(k.kid(), k.alg(), k.publicJwk(), k.encryptedPrivateKey(),
                        StoredKey.RETIRED, k.createdAt(), publishOldUntil));
            }
        }
        rows.add(newKey);
    }

    @Override
    public synchronized boolean rotateIfOlder(StoredKey newKey, Instant createdAtOrBefore, Instant publishOldUntil) {
        check();
        if (rows.stream().noneMatch(k -> k.isActive() && k.alg().equals(newKey.alg()) && !k.createdAt().isAfter(createdAtOrBefore))) {
            return false;
        }
        rotate(newKey, publishOldUntil);
        return true;
    }

    synchronized List<StoredKey> all() {
        return List.copyOf(rows);
    }

    synchronized void put(StoredKey key) {
        rows.add(key);
    }

    private void check() {
        if (failing) {
            throw new IllegalStateException("database down");
        }
    }
}
