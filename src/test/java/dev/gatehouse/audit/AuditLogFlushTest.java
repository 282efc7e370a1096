package dev.gatehouse.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** flush() promises every event recorded before it is stored, also the batch the writer thread holds. */
class AuditLogFlushTest {

    /** A store whose first write waits for the test, as a slow database would. */
    private static final class SlowStore implements AuditStore {
        final CountDownLatch writing = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final List<AuditEvent> stored = new CopyOnWriteArrayList<>();

        @Override
        public void insertAll(List<AuditEvent> events) {
            writing.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            stored.addAll(events);
        }

        @Override
        public List<AuditEvent> search(EventFilter filter, Instant beforeAt, String beforeId, int limit) {
            return List.copyOf(stored);
        }
    }

    @Test
    void flushWaitsForTheBatchTheWriterIsWriting() throws Exception {
        SlowStore store = new SlowStore();
        AuditLog audit = new AuditLog(store, Clock.systemUTC());
        try {
            audit.record("admin_role_delete", "success", null, "admin", "role", "127.0.0.1", null);
            assertThat(store.writing.await(10, TimeUnit.SECONDS)).as("the writer took the event").isTrue();

            CompletableFuture<Void> flushed = CompletableFuture.runAsync(audit::flush);
            Thread.sleep(200);
            assertThat(flushed).as("flush returned while the event was not stored").isNotDone();

            store.release.countDown();
            flushed.get(10, TimeUnit.SECONDS);
            assertThat(store.stored).hasSize(1);
        } finally {
            store.release.countDown();
            audit.close();
        }
    }
}
