package dev.gatehouse.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.config.GatehouseConfig;
import dev.gatehouse.config.Secret;
import dev.gatehouse.store.jdbi.Jdbis;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed with SIGKILL while the background checkpointer copies and starts over the write-ahead log
 * under a stream of commits loses no committed write, and the database opens intact. The writer runs in a
 * JVM of its own ({@link Writer}) with a small bound, so the log is started over many times before the kill;
 * it prints each id after its commit returned, which is what the test holds it to.
 */
class SqliteCheckpointerKillTest {
    /** Pages at which the writer's checkpointer starts the log over: small, so the kill lands among restarts. */
    private static final int BOUND = 64;

    @TempDir
    Path dir;

    @Test
    void aWriterKilledWhileTheLogIsCheckpointedAndStartedOverLosesNoCommittedWrite() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("kill.db");
        Set<Long> committed = new HashSet<>();
        // Twice: the second run starts on the file (and log) the first left behind when it was killed.
        for (int run = 0; run < 2; run++) {
            Process writer = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                    Writer.class.getName(), url, String.valueOf(run * 1_000_000L)))
                    .redirectError(dir.resolve("writer-" + run + ".err").toFile()).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
                int before = committed.size();
                String line;
                // ~1 MB of log per 100 commits: some 30 restarts of the log before the kill
                while (committed.size() - before < 3_000 && (line = out.readLine()) != null) committed.add(Long.parseLong(line));
                assertThat(committed.size() - before).as("commits before the kill (see writer-%d.err)", run).isEqualTo(3_000);
                writer.destroyForcibly(); // SIGKILL, among commits and checkpoints
                assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
            } finally {
                writer.destroyForcibly();
            }
            assertThat(Files.size(Path.of(dir.resolve("kill.db") + "-wal"))).as("log bounded while it ran, bytes")
                    .isLessThan(16L * 1024 * 1024);
        }
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("ok");
            }
            Set<Long> stored = new HashSet<>();
            try (ResultSet rs = st.executeQuery("SELECT id FROM blob")) {
                while (rs.next()) stored.add(rs.getLong(1));
            }
            assertThat(stored).containsAll(committed);
        }
    }

    /** {@code Writer URL FIRST_ID}: commits 10 KB rows one after the other, printing each id once committed. */
    public static final class Writer {
        public static void main(String[] args) throws Exception {
            Database database = Database.open(new GatehouseConfig.Database(args[0], null, new Secret(null), 4, false));
            new SqliteCheckpointer(database.url(), database.writeTurn(), BOUND).start(Duration.ofMillis(2));
            Jdbi jdbi = Jdbis.open(database);
            jdbi.useHandle(h -> h.execute("CREATE TABLE IF NOT EXISTS blob (id INTEGER PRIMARY KEY, data BLOB NOT NULL)"));
            for (long id = Long.parseLong(args[1]); ; id++) {
                long row = id;
                jdbi.useTransaction(h -> h.createUpdate("INSERT INTO blob (id, data) VALUES (:id, randomblob(10000))").bind("id", row).execute());
                System.out.println(row);
                System.out.flush();
            }
        }
    }
}
