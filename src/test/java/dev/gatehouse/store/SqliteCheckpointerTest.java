package dev.gatehouse.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.config.GatehouseConfig;
import dev.gatehouse.config.Secret;
import dev.gatehouse.store.jdbi.Jdbis;
import dev.gatehouse.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The background checkpoint copies the write-ahead log into the database file, so the log starts over.
 *
 * <p>What shows that a checkpoint happened: in WAL mode a commit writes only the {@code -wal} file;
 * the database file receives the pages only when a checkpoint copies them
 * (https://www.sqlite.org/wal.html#checkpointing). The pool's connections never checkpoint by
 * themselves ({@link Database#SQLITE_AUTOCHECKPOINT_PAGES}), so a database file that grows can only be
 * this checkpointer's work.
 */
class SqliteCheckpointerTest {
    /** One round: 50 commits of a 16,000-byte blob, about 0.8 MB of pages. */
    private static final int ROWS_PER_ROUND = 50;
    private static final int BLOB = 16_000;
    private static final long ROUND_BYTES = (long) ROWS_PER_ROUND * BLOB;

    private static Database open(String url) {
        return Database.open(new GatehouseConfig.Database(url, null, new Secret(null), 4, false));
    }

    private static Path file(String url) {
        return Path.of(url.substring("jdbc:sqlite:".length()).replaceFirst("\\?.*", ""));
    }

    private static Path wal(String url) {
        return Path.of(file(url) + "-wal");
    }

    private static void writeRound(Jdbi jdbi) {
        for (int i = 0; i < ROWS_PER_ROUND; i++) {
            jdbi.useTransaction(h -> h.createUpdate("INSERT INTO blob (data) VALUES (randomblob(" + BLOB + "))").execute());
        }
    }

    /** Waits until the database file holds at least {@code bytes}; false when it does not within 15 s. */
    private static boolean databaseFileReaches(Path db, long bytes) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.size(db) >= bytes) return true;
            Thread.sleep(20);
        }
        return false;
    }

    @Test
    void checkpointCopiesTheLogIntoTheDatabaseFileAndTheLogStartsOverInsteadOfGrowing() throws Exception {
        String url = TestDatabases.fresh(TestDatabases.Kind.SQLITE);
        try (Database database = open(url); SqliteCheckpointer checkpointer = new SqliteCheckpointer(database)) {
            Jdbi jdbi = Jdbis.open(database);
            jdbi.useHandle(h -> h.execute("CREATE TABLE blob (id INTEGER PRIMARY KEY, data BLOB NOT NULL)"));
            long firstLog = 0;
            for (int round = 1; round <= 5; round++) {
                writeRound(jdbi);
                assertThat(Files.size(file(url))).as("round %d: its pages are in the log only", round)
                        .isLessThan((round - 1) * ROUND_BYTES + ROUND_BYTES / 2);
                assertThat(checkpointer.checkpoint()).as("every frame copied").isTrue();
                assertThat(Files.size(file(url))).as("round %d: copied into the database file", round)
                        .isGreaterThanOrEqualTo(round * ROUND_BYTES);
                if (round == 1) firstLog = Files.size(wal(url));
            }
            // 5 rounds of ~1 MB of log each: had the log not started over, it would hold them all.
            assertThat(Files.size(wal(url))).isLessThanOrEqualTo(firstLog + firstLog / 2);
            int rows = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM blob").mapTo(Integer.class).one());
            assertThat(rows).isEqualTo(5 * ROWS_PER_ROUND);
        }
    }

    @Test
    void startedThenCopiesTheLogInTheBackgroundWithoutBeingAsked() throws Exception {
        String url = TestDatabases.fresh(TestDatabases.Kind.SQLITE);
        try (Database database = open(url)) {
            Jdbi jdbi = Jdbis.open(database);
            jdbi.useHandle(h -> h.execute("CREATE TABLE blob (id INTEGER PRIMARY KEY, data BLOB NOT NULL)"));
            writeRound(jdbi);
            assertThat(Files.size(file(url))).as("nothing copied yet").isLessThan(ROUND_BYTES / 2);
            try (SqliteCheckpointer ignored = new SqliteCheckpointer(database).start(Duration.ofMillis(20))) {
                assertThat(databaseFileReaches(file(url), ROUND_BYTES)).as("the log copied within 15 s").isTrue();
            }
        }
    }

    @Test
    void whenCheckpointsFailThenTheLaterOnesStillRun(@TempDir Path dir) throws Exception {
        // The checkpointer's path leads through a folder that appears only later (a link to the real
        // one): until then every run fails to open the database.
        Path real = Files.createDirectory(dir.resolve("real"));
        Path later = dir.resolve("later");
        String url = "jdbc:sqlite:" + real.resolve("gatehouse.db");
        try (Database database = open(url);
             SqliteCheckpointer checkpointer = new SqliteCheckpointer("jdbc:sqlite:" + later.resolve("gatehouse.db"), database.writeTurn(),
                     SqliteCheckpointer.BOUND_PAGES)
                     .start(Duration.ofMillis(20))) {
            Jdbi jdbi = Jdbis.open(database);
            jdbi.useHandle(h -> h.execute("CREATE TABLE blob (id INTEGER PRIMARY KEY, data BLOB NOT NULL)"));
            writeRound(jdbi);
            Thread.sleep(200); // about ten failed runs, logged at DEBUG
            assertThat(Files.size(file(url))).as("nothing copied while the path is missing").isLessThan(ROUND_BYTES / 2);
            Files.createSymbolicLink(later, real);
            assertThat(databaseFileReaches(file(url), ROUND_BYTES)).as("a later run copied the log").isTrue();
        }
    }

    @Test
    void aCommitNeverCheckpointsTheLogItselfHoweverLongTheLogGrows() throws Exception {
        String url = TestDatabases.fresh(TestDatabases.Kind.SQLITE);
        try (Database database = open(url)) {
            Jdbi jdbi = Jdbis.open(database);
            int threshold = jdbi.withHandle(h -> h.createQuery("PRAGMA wal_autocheckpoint").mapTo(Integer.class).one());
            assertThat(threshold).as("automatic checkpoints off on the pool's connections").isZero();
            jdbi.useHandle(h -> h.execute("CREATE TABLE blob (id INTEGER PRIMARY KEY, data BLOB NOT NULL)"));
            // 6 rounds, ~1,200 pages: past SQLite's default threshold of 1,000 pages, at which a commit would copy the log.
            for (int round = 0; round < 6; round++) writeRound(jdbi);
            assertThat(Files.size(file(url))).as("nothing copied by a commit").isLessThan(ROUND_BYTES / 2);
        }
    }

    @Test
    void underWritesThatNeverPauseTheLogIsStillStartedOverAtItsBoundAndNoWriteIsLost() throws Exception {
        String url = TestDatabases.fresh(TestDatabases.Kind.SQLITE);
        int bound = 256; // pages: 1 MB
        int writers = 2;
        // 2 x 3,000 x 16,000 bytes: 96 MB through the log. The writers run at ~100 MB/s here, so a checkpointer thread
        // that a busy machine leaves unscheduled for 150 ms lets the log run 15 MB past its bound (seen under the
        // full suite with 48 MB): the margin below is twice that.
        int commitsEach = 3_000;
        try (Database database = open(url);
             SqliteCheckpointer ignored = new SqliteCheckpointer(database.url(), database.writeTurn(), bound).start(Duration.ofMillis(5))) {
            Jdbi jdbi = Jdbis.open(database);
            jdbi.useHandle(h -> h.execute("CREATE TABLE blob (id INTEGER PRIMARY KEY, data BLOB NOT NULL)"));
            ExecutorService threads = Executors.newFixedThreadPool(writers);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (int w = 0; w < writers; w++) {
                    // One commit after the other, no pause: a PASSIVE checkpoint alone never finds the log fully copied.
                    done.add(threads.submit(() -> {
                        for (int i = 0; i < commitsEach; i++) {
                            jdbi.useTransaction(h -> h.createUpdate("INSERT INTO blob (data) VALUES (randomblob(" + BLOB + "))").execute());
                        }
                    }));
                }
                long largestLog = 0;
                while (!done.stream().allMatch(Future::isDone)) {
                    largestLog = Math.max(largestLog, Files.exists(wal(url)) ? Files.size(wal(url)) : 0);
                    Thread.sleep(5);
                }
                for (Future<?> f : done) f.get();
                long written = (long) writers * commitsEach * BLOB;
                // Started over at the bound, the log stays a few MB (writers run ahead while a round copies); kept
                // growing, it would hold all 96 MB.
                assertThat(largestLog).as("largest log, bytes").isLessThan(written / 3);
            } finally {
                threads.shutdownNow();
            }
            int rows = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM blob").mapTo(Integer.class).one());
            assertThat(rows).isEqualTo(writers * commitsEach);
        }
    }
}
