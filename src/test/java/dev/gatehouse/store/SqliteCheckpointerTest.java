package dev.gatehouse.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.config.GatehouseConfig;
import dev.gatehouse.config.Secret;
import dev.gatehouse.store.jdbi.Jdbis;
import dev.gatehouse.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/** The background checkpoint copies the write-ahead log into the database file, so the log starts over. */
class SqliteCheckpointerTest {

    @Test
    void theLogIsCopiedBackAndStartsOverInsteadOfGrowing() throws Exception {
        String url = TestDatabases.fresh(TestDatabases.Kind.SQLITE);
        Path wal = Path.of(url.substring("jdbc:sqlite:".length()).replaceFirst("\\?.*", "") + "-wal");
        try (Database database = Database.open(new GatehouseConfig.Database(url, null, new Secret(null), 4, false));
             SqliteCheckpointer checkpointer = new SqliteCheckpointer(database.url())) {
            Jdbi jdbi = Jdbis.open(database);
            jdbi.useHandle(h -> h.execute("CREATE TABLE blob (id INTEGER PRIMARY KEY, data BLOB NOT NULL)"));
            long first = 0;
            for (int round = 0; round < 5; round++) {
                for (int i = 0; i < 50; i++) {
                    jdbi.useTransaction(h -> h.createUpdate("INSERT INTO blob (data) VALUES (randomblob(16000))").execute());
                }
                assertThat(checkpointer.checkpoint()).as("every frame copied").isTrue();
                if (round == 0) first = Files.size(wal);
            }
            // 5 rounds of ~1 MB each: had the log not started over, it would hold them all.
            assertThat(Files.size(wal)).isLessThanOrEqualTo(first + first / 2);
            int rows = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM blob").mapTo(Integer.class).one());
            assertThat(rows).isEqualTo(250);
        }
    }

    @Test
    void aFailingCheckpointNeverStopsTheServer() throws Exception {
        try (SqliteCheckpointer checkpointer = new SqliteCheckpointer("jdbc:sqlite:/nonexistent-dir/x/y.db").start(Duration.ofMillis(20))) {
            Thread.sleep(100); // a few failed runs, logged at DEBUG and retried
        }
    }
}
