package dev.gatehouse.store.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.config.GatehouseConfig;
import dev.gatehouse.config.Secret;
import dev.gatehouse.store.Database;
import dev.gatehouse.store.SqliteWriteTurn;
import dev.gatehouse.testing.TestDatabases;
import dev.gatehouse.web.WebServer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.ConnectionException;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** This node's SQLite write transactions take turns in the JVM, and a turn never outlives its transaction. */
class SqliteWriteQueueTest {
    private final Database database = Database.open(
            new GatehouseConfig.Database(TestDatabases.fresh(TestDatabases.Kind.SQLITE), null, new Secret(null), 4, false));
    private final Jdbi jdbi = Jdbis.open(database);
    private final SqliteWriteQueue queue = (SqliteWriteQueue) jdbi.getTransactionHandler();
    private final ExecutorService threads = Executors.newFixedThreadPool(4);

    @BeforeEach
    void schema() {
        jdbi.useHandle(h -> h.execute("CREATE TABLE counter (id INTEGER PRIMARY KEY, n INTEGER NOT NULL)"));
        jdbi.useHandle(h -> h.execute("INSERT INTO counter VALUES (1, 0)"));
    }

    @AfterEach
    void close() {
        threads.shutdownNow();
        database.close();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private int count() {
        return jdbi.withHandle(h -> h.createQuery("SELECT n FROM counter WHERE id = 1").mapTo(Integer.class).one());
    }

    @Test
    void aSecondWriterWaitsInTheQueueNotInSqlite() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        Future<?> first = threads.submit(() -> jdbi.useTransaction(h -> {
            h.execute("UPDATE counter SET n = n + 1 WHERE id = 1");
            inside.countDown();
            await(finish);
        }));
        assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
        Future<?> second = threads.submit(() -> jdbi.useTransaction(h -> h.execute("UPDATE counter SET n = n + 10 WHERE id = 1")));
        for (int i = 0; i < 500 && queue.waiting() == 0; i++) Thread.sleep(5);
        assertThat(queue.waiting()).isEqualTo(1);
        // Reads do not queue behind a writer.
        assertThat(count()).isZero();
        finish.countDown();
        first.get(10, TimeUnit.SECONDS);
        second.get(10, TimeUnit.SECONDS);
        assertThat(count()).isEqualTo(11);
    }

    @Test
    void parallelReadModifyWriteTransactionsLoseNoUpdate() throws Exception {
        List<Future<?>> all = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            all.add(threads.submit(() -> {
                for (int k = 0; k < 50; k++) {
                    jdbi.useTransaction(h -> {
                        int n = h.createQuery("SELECT n FROM counter WHERE id = 1").mapTo(Integer.class).one();
                        h.createUpdate("UPDATE counter SET n = :n WHERE id = 1").bind("n", n + 1).execute();
                    });
                }
            }));
        }
        for (Future<?> f : all) f.get(60, TimeUnit.SECONDS);
        assertThat(count()).isEqualTo(200);
    }

    @Test
    void aFailedOrNestedTransactionGivesItsTurnBack() throws Exception {
        assertThatThrownBy(() -> jdbi.useTransaction(h -> {
            h.execute("UPDATE counter SET n = 99 WHERE id = 1");
            throw new IllegalStateException("abort");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(count()).isZero();
        // A transaction inside a transaction on the same thread joins it instead of waiting for itself.
        jdbi.useTransaction(outer -> jdbi.useTransaction(inner -> inner.execute("UPDATE counter SET n = 5 WHERE id = 1")));
        assertThat(count()).isEqualTo(5);
        // Another thread gets its turn at once.
        CompletableFuture.runAsync(() -> jdbi.useTransaction(h -> h.execute("UPDATE counter SET n = 6 WHERE id = 1")), threads)
                .get(5, TimeUnit.SECONDS);
        assertThat(count()).isEqualTo(6);
    }

    @Test
    void anInterruptedThreadStillWritesAndKeepsItsInterrupt() throws Exception {
        // What a shutdown does to the audit writer: interrupt it, then expect its batch in the table.
        boolean stillInterrupted = CompletableFuture.supplyAsync(() -> {
            Thread.currentThread().interrupt();
            jdbi.useTransaction(h -> h.execute("UPDATE counter SET n = 7 WHERE id = 1"));
            return Thread.interrupted();
        }, threads).get(10, TimeUnit.SECONDS);
        assertThat(stillInterrupted).isTrue();
        assertThat(count()).isEqualTo(7);
    }

    @Test
    void noTurnWithinTheTimeoutIsAnUnavailableDatabase() throws Exception {
        Jdbi impatient = Jdbi.create(database.dataSource());
        impatient.setTransactionHandler(new SqliteWriteQueue(impatient.getTransactionHandler(), new SqliteWriteTurn(), 100));
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        Future<?> holder = threads.submit(() -> impatient.useTransaction(h -> {
            inside.countDown();
            await(finish);
        }));
        assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
        try {
            assertThatThrownBy(() -> impatient.useTransaction(h -> h.execute("UPDATE counter SET n = 1 WHERE id = 1")))
                    .isInstanceOf(ConnectionException.class)
                    .satisfies(e -> assertThat(WebServer.isDatabaseDown(e)).as("answered with 503").isTrue());
        } finally {
            finish.countDown();
            holder.get(10, TimeUnit.SECONDS);
        }
        assertThat(count()).isZero();
    }
}
