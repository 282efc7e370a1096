package dev.gatehouse.store.jdbi;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleListener;
import org.jdbi.v3.core.Handles;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementCustomizer;

/**
 * Hears every write, through this Jdbi, that can end a session or change what a session's user
 * looks like (its row, roles or permissions), and reports it once the write is committed: the
 * session cache ({@code CachingUserStore}) must drop what it holds before the next request.
 *
 * <p>Every statement but a SELECT that names {@code sessions}, {@code users}, {@code user_roles},
 * {@code roles} or {@code role_permissions} counts (a write elsewhere that merely reads one of them
 * costs a needless drop, nothing more), so a new write path cannot forget to tell the cache. A statement that cannot end a live session or change a user (a new session, a refresh
 * rotation) says so with {@code .define(KEEPS_LIVE_SESSIONS, true)}; that is only a saving.
 *
 * <p>The report comes when the handle closes, which is after its transaction committed: reporting
 * before the commit would let a concurrent read cache the old row under the new generation. On
 * PostgreSQL the statement's own transaction also sends a NOTIFY, which the database delivers to
 * every node's listener at commit and never on rollback.
 */
public final class LiveSessionWrites implements StatementCustomizer, HandleListener {
    /** Statement attribute: this write cannot end a live session or change a user or its grants. */
    public static final String KEEPS_LIVE_SESSIONS = "keepsLiveSessions";
    /** The PostgreSQL notification channel. */
    public static final String CHANNEL = "gatehouse_live_sessions";

    private static final Pattern READ = Pattern.compile("\\s*SELECT\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern TABLES = Pattern.compile("\\b(?:sessions|users|user_roles|roles|role_permissions)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_REMEMBERED_SQL = 1_000;

    private final boolean notify;
    private final Runnable committed;
    /** Connections (one per open handle) that ran such a write since their handle opened. */
    private final Set<Connection> dirty = ConcurrentHashMap.newKeySet();
    /** The verdict per SQL text: the statements are constants, so the pattern runs once each. */
    private final Map<String, Boolean> verdicts = new ConcurrentHashMap<>();

    private LiveSessionWrites(boolean notify, Runnable committed) {
        this.notify = notify;
        this.committed = committed;
    }

    /**
     * @param notify send a PostgreSQL NOTIFY on {@link #CHANNEL} with each such write
     * @param committed runs on the writing thread after the write committed (or rolled back: harmless)
     */
    public static void install(Jdbi jdbi, boolean notify, Runnable committed) {
        LiveSessionWrites writes = new LiveSessionWrites(notify, committed);
        jdbi.getConfig(SqlStatements.class).addCustomizer(writes);
        jdbi.getConfig(Handles.class).addListener(writes);
    }

    @Override
    public void afterExecution(PreparedStatement stmt, StatementContext ctx) throws SQLException {
        if (!touchesLiveSessions(ctx.getRawSql()) || Boolean.TRUE.equals(ctx.getAttribute(KEEPS_LIVE_SESSIONS))) return;
        Connection connection = ctx.getConnection();
        dirty.add(connection);
        if (notify) {
            try (Statement s = connection.createStatement()) {
                s.execute("NOTIFY " + CHANNEL);
            }
        }
    }

    @Override
    public void handleClosed(Handle handle) {
        if (dirty.remove(handle.getConnection())) committed.run();
    }

    boolean touchesLiveSessions(String sql) {
        Boolean known = verdicts.get(sql);
        if (known != null) return known;
        boolean verdict = !READ.matcher(sql).lookingAt() && TABLES.matcher(sql).find();
        if (verdicts.size() < MAX_REMEMBERED_SQL) verdicts.put(sql, verdict);
        return verdict;
    }
}
