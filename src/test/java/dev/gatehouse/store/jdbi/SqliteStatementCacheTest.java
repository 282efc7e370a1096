package dev.gatehouse.store.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.gatehouse.config.GatehouseConfig;
import dev.gatehouse.config.Secret;
import dev.gatehouse.store.Database;
import dev.gatehouse.testing.TestDatabases;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementCustomizer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Marked SQLite statements are compiled once per connection, and a kept one holds nothing between uses. */
class SqliteStatementCacheTest {
    private static final String READ = "SELECT n FROM counter WHERE id >= :from ORDER BY id";
    private static final String BUMP = "UPDATE counter SET n = n + :by WHERE id = :id RETURNING n";

    private final Database database = Database.open(
            new GatehouseConfig.Database(TestDatabases.fresh(TestDatabases.Kind.SQLITE), null, new Secret(null), 4, false));
    private final Jdbi jdbi = Jdbis.open(database);
    /** Every statement object a query ran on, in order. */
    private final List<Statement> ran = Collections.synchronizedList(new ArrayList<>());
    private final StatementCustomizer record = new StatementCustomizer() {
        @Override
        public void beforeExecution(PreparedStatement statement, StatementContext ctx) {
            ran.add(statement);
        }
    };

    @BeforeEach
    void schema() {
        jdbi.useHandle(h -> {
            h.execute("CREATE TABLE counter (id INTEGER PRIMARY KEY, n INTEGER NOT NULL)");
            for (int id = 1; id <= 3; id++) h.execute("INSERT INTO counter VALUES (?, 0)", id);
        });
    }

    @AfterEach
    void close() {
        database.close();
    }

    private int bump(Handle h, boolean reuse, int id, int by) {
        var update = h.createQuery(BUMP).bind("by", by).bind("id", id).addCustomizer(record);
        if (reuse) update.define(SqliteStatementCache.REUSE, true);
        return update.mapTo(Integer.class).one();
    }

    private int first(Handle h, int from) {
        return h.createQuery(READ).define(SqliteStatementCache.REUSE, true).bind("from", from).addCustomizer(record)
                .mapTo(Integer.class).first();
    }

    @Test
    void aMarkedStatementIsCompiledOncePerConnectionAndGivesFreshResults() throws Exception {
        jdbi.useHandle(h -> {
            assertThat(bump(h, true, 1, 5)).isEqualTo(5);
            assertThat(bump(h, true, 2, 7)).isEqualTo(7);
            assertThat(bump(h, true, 1, 1)).isEqualTo(6);
        });
        assertThat(ran).hasSize(3);
        assertThat(ran.get(1)).isSameAs(ran.get(0));
        assertThat(ran.get(2)).isSameAs(ran.get(0));
        assertThat(ran.get(0).getClass().getName()).startsWith("org.sqlite.");
        // Still open: kept for the next use, not finalized with its handle.
        assertThat(ran.get(0).isClosed()).isFalse();
    }

    @Test
    void unmarkedStatementsAreCompiledEachTimeAndClosed() throws Exception {
        jdbi.useHandle(h -> {
            bump(h, false, 1, 1);
            bump(h, false, 1, 1);
        });
        assertThat(ran).hasSize(2);
        assertThat(ran.get(1)).isNotSameAs(ran.get(0));
        for (Statement s : ran) assertThat(s.isClosed()).isTrue();
    }

    @Test
    void aKeptStatementReadHalfWayHoldsNoSnapshot() {
        // Reads one row of three and stops: unless the statement is reset, its connection keeps the read
        // transaction, so it would not see the write below, and a checkpoint could not empty the log.
        jdbi.useHandle(h -> {
            assertThat(first(h, 1)).isZero();
            jdbi.useTransaction(other -> other.execute("UPDATE counter SET n = 42 WHERE id = 1"));
            assertThat(first(h, 1)).isEqualTo(42);
            int[] checkpoint = jdbi.withHandle(o -> o.createQuery("PRAGMA wal_checkpoint(TRUNCATE)")
                    .map((rs, ctx) -> new int[] {rs.getInt(1), rs.getInt(2), rs.getInt(3)}).one());
            assertThat(checkpoint[0]).as("busy").isZero();
            assertThat(checkpoint[1]).as("frames left in the log").isZero();
        });
        assertThat(ran.get(1)).isSameAs(ran.get(0));
    }

    @Test
    void parallelHandlesNeverShareAKeptStatementAndLoseNoUpdate() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                done.add(threads.submit(() -> {
                    for (int i = 0; i < 100; i++) jdbi.useTransaction(h -> bump(h, true, 3, 1));
                }));
            }
            for (Future<?> f : done) f.get(60, TimeUnit.SECONDS);
        } finally {
            threads.shutdownNow();
        }
        int total = jdbi.withHandle(h -> first(h, 3));
        assertThat(total).isEqualTo(800);
        Set<Statement> distinct = Collections.newSetFromMap(new IdentityHashMap<>());
        distinct.addAll(ran);
        // one compiled UPDATE per connection of the pool (4), one READ on whichever connection ran it
        assertThat(distinct).hasSizeLessThanOrEqualTo(database.poolSize() + 1);
    }

    @Test
    void connectionsThePoolClosedAreForgotten() throws Exception {
        SqliteStatementCache cache = (SqliteStatementCache) jdbi.getStatementBuilderFactory();
        HikariDataSource pool = (HikariDataSource) database.dataSource();
        Map<Integer, Integer> values = new java.util.HashMap<>();
        for (int round = 1; round <= 20; round++) {
            int by = round;
            values.put(round, jdbi.withHandle(h -> bump(h, true, 2, by)));
            // every connection closes when it next returns to the pool, and a new one replaces it
            pool.getHikariPoolMXBean().softEvictConnections();
        }
        assertThat(values.get(20)).isEqualTo(210);
        assertThat(cache.connections()).isLessThanOrEqualTo(database.poolSize());
        // the statements of the closed connections went with them: sqlite-jdbc finalizes a connection's
        // statements when it closes (their JDBC isClosed() flag stays false: only the native pointer shows it)
        // (the pool closes evicted connections on a thread of its own: give it a moment)
        long open = Long.MAX_VALUE;
        for (int i = 0; i < 200 && open > database.poolSize(); i++) {
            open = ran.stream().distinct().filter(s -> !((org.sqlite.core.CoreStatement) s).pointer.isClosed()).count();
            if (open > database.poolSize()) Thread.sleep(50);
        }
        assertThat(open).isLessThanOrEqualTo(database.poolSize());
    }
}
