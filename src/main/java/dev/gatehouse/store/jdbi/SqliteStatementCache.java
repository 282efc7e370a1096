package dev.gatehouse.store.jdbi;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.statement.DefaultStatementBuilder;
import org.jdbi.v3.core.statement.StatementBuilder;
import org.jdbi.v3.core.statement.StatementBuilderFactory;
import org.jdbi.v3.core.statement.StatementContext;
import org.sqlite.SQLiteConnection;
import org.sqlite.core.CoreStatement;

/**
 * Keeps SQLite's compiled form of the statements marked {@link #REUSE} on each database connection, so
 * they are compiled once per connection instead of once per request.
 *
 * <p>Why: the refresh rotation (an {@code UPDATE ... RETURNING} of the session row and the
 * {@code INSERT} of the spent hash) is the request every signed-in client makes, and compiling those
 * two statements ({@code sqlite3_prepare_v2}: parsing, name resolution over the table's indexes and
 * foreign keys, code generation) took 7-8 % of a refresh's CPU in a profile, more than running them.
 * PostgreSQL's driver keeps its own server-side statements after a few uses; sqlite-jdbc keeps none.
 *
 * <p>Only marked statements are kept: a fixed, small set of constant SQL texts, so the memory per
 * connection is bounded by the code, not by the traffic. Every other statement is compiled and
 * finalized as before (keeping them all was measured slower for reads: their memory then moves between
 * the threads' malloc arenas). A kept statement is reset and its parameters cleared when JDBI is done
 * with it, so it holds no read snapshot and no bound value between uses; a connection holds it until
 * the pool closes that connection, which finalizes it (sqlite-jdbc finalizes a connection's open
 * statements on close). One connection serves one handle at a time, so a kept statement is never used
 * by two threads at once.
 */
public final class SqliteStatementCache implements StatementBuilderFactory {
    /** Statement attribute ({@code .define(REUSE, true)}): keep this statement compiled on its connection. */
    public static final String REUSE = "reuseCompiledStatement";

    /** The kept statements per physical connection (never a pool proxy: those change at every borrow). */
    private final Map<SQLiteConnection, Map<String, PreparedStatement>> kept = new ConcurrentHashMap<>();
    private final StatementBuilder builder = new Builder();

    @Override
    public StatementBuilder createStatementBuilder(Connection connection) {
        return builder;
    }

    /** Connections with kept statements (for tests). */
    int connections() {
        return kept.size();
    }

    private Map<String, PreparedStatement> of(SQLiteConnection connection) {
        Map<String, PreparedStatement> own = kept.get(connection);
        if (own != null) return own;
        // A new connection: the pool closed an older one (its lifetime ended, or it failed), whose entry
        // would otherwise stay here for good.
        kept.keySet().removeIf(SqliteStatementCache::closed);
        own = new HashMap<>();
        kept.put(connection, own);
        return own;
    }

    private static boolean closed(SQLiteConnection connection) {
        try {
            return connection.isClosed();
        } catch (SQLException e) {
            return true;
        }
    }

    private static boolean kept(Map<String, PreparedStatement> own, Statement statement) {
        for (PreparedStatement s : own.values()) {
            if (s == statement) return true;
        }
        return false;
    }

    private final class Builder extends DefaultStatementBuilder {
        @Override
        public PreparedStatement create(Connection connection, String sql, StatementContext ctx) throws SQLException {
            if (!Boolean.TRUE.equals(ctx.getAttribute(REUSE)) || ctx.isReturningGeneratedKeys() || ctx.isConcurrentUpdatable()) {
                return super.create(connection, sql, ctx);
            }
            SQLiteConnection physical = connection.unwrap(SQLiteConnection.class);
            Map<String, PreparedStatement> own = of(physical);
            PreparedStatement statement = own.get(sql);
            if (statement == null || statement.isClosed()) {
                statement = physical.prepareStatement(sql);
                own.put(sql, statement);
            }
            return statement;
        }

        @Override
        public void close(Connection connection, String sql, Statement statement) throws SQLException {
            Map<String, PreparedStatement> own = statement instanceof CoreStatement core ? kept.get(core.conn) : null;
            // (by identity: JDBI names the statement here by its SQL as written, not as compiled)
            if (own == null || !kept(own, statement) || statement.isClosed()) {
                super.close(connection, sql, statement);
                return;
            }
            // sqlite3_reset: ends the statement's read of the database (a statement left mid-step would hold its
            // snapshot, and with it the WAL, until its next use); then the bound values go.
            ((CoreStatement) statement).pointer.safeRunInt((db, pointer) -> db.reset(pointer));
            ((PreparedStatement) statement).clearParameters();
        }
    }
}
