package dev.gatehouse.store.jdbi;

import dev.gatehouse.session.RecentRotation;
import dev.gatehouse.session.Session;
import dev.gatehouse.session.SessionStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

public final class JdbiSessionStore implements SessionStore {
    private static final String COLUMNS =
            "id, user_id, client_id, scope, created_at, last_used_at, expires_at, revoked_at, user_agent, ip, signed_in_at, resource, amr";

    private final Jdbi jdbi;

    public JdbiSessionStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void insert(Session s, String refreshHash) {
        insertFromLogin(s, refreshHash, null, s.createdAt()); // a password login: the session starts at the sign-in
    }

    @Override
    public void insertFromLogin(Session s, String refreshHash, String loginSessionId, Instant signedInAt) {
        jdbi.useHandle(h -> insert(h, s, refreshHash, loginSessionId, signedInAt));
    }

    @Override
    public boolean insertForCode(Session s, String refreshHash, String loginSessionId, Instant signedInAt, String codeHash) {
        // One transaction: the code names its session (and its creation time) exactly when the session
        // exists, so a later redemption that finds the name revokes tokens that were really issued
        // (RFC 6749 §4.1.2, RFC 9700 §4.2.4).
        return jdbi.inTransaction(h -> {
            insert(h, s, refreshHash, loginSessionId, signedInAt);
            int named = h.createUpdate("""
                            UPDATE authorization_codes SET session_id = :sid, session_created_at = :created
                             WHERE code_hash = :code AND used_at IS NOT NULL AND session_id IS NULL""")
                    .bind("sid", s.id()).bind("created", s.createdAt().toEpochMilli()).bind("code", codeHash).execute();
            if (named == 1) return true;
            h.rollback();
            return false;
        });
    }

    private static void insert(Handle h, Session s, String refreshHash, String loginSessionId, Instant signedInAt) {
        h.createUpdate("""
                        INSERT INTO sessions (id, user_id, client_id, scope, refresh_hash, created_at, last_used_at,
                                              expires_at, user_agent, ip, login_session_id, signed_in_at, resource, amr)
                        VALUES (:id, :user, :client, :scope, :hash, :created, :created, :expires, :ua, :ip, :login, :signedIn,
                                :resource, :amr)
                        """)
                .define(LiveSessionWrites.KEEPS_LIVE_SESSIONS, true) // a new session: nobody can hold it yet
                .bind("login", loginSessionId).bind("signedIn", signedInAt.toEpochMilli())
                .bind("id", s.id()).bind("user", s.userId()).bind("client", s.clientId())
                .bind("scope", s.scope() == null ? null : String.join(" ", s.scope()))
                .bind("hash", refreshHash).bind("created", s.createdAt().toEpochMilli())
                .bind("expires", s.expiresAt().toEpochMilli()).bind("ua", s.userAgent()).bind("ip", s.ip())
                .bind("resource", s.resources().isEmpty() ? null : String.join(" ", s.resources()))
                .bind("amr", s.amr().isEmpty() ? null : String.join(" ", s.amr()))
                .execute();
    }

    /**
     * The rotation's conditional write. Of N parallel presentations of one token exactly one matches
     * refresh_hash = :old (RFC 9700 §4.14.2); the rest see zero rows. On PostgreSQL a competitor that
     * reached the row while this write was open waits for its commit and then re-checks the condition
     * against the new row (READ COMMITTED), so it sees zero rows too, never an error, and its next
     * statement sees what this one committed. On SQLite writes take turns. The old hash becomes the
     * session's previous token, replacing the one before (and its sealed successor): only the immediate
     * predecessor of the current token can be repeated.
     */
    private static final String ROTATE = """
            UPDATE sessions SET refresh_hash = :new, last_used_at = :now, prev_refresh_hash = :old,
                                prev_rotated_at = :now, successor_sealed = :sealed
             WHERE refresh_hash = :old AND client_id = :client AND revoked_at IS NULL
               AND last_used_at >= :idle AND expires_at > :now
            RETURNING\s""" + COLUMNS;
    private static final String SPEND = "INSERT INTO used_refresh_tokens (token_hash, session_id, used_at) ";
    /**
     * PostgreSQL: the rotation and the record of the spent hash in ONE statement (a data-modifying
     * WITH, atomic on its own): one round trip instead of four (BEGIN with the UPDATE, the INSERT, COMMIT),
     * the largest part of a refresh's database cost there. SQLite has no data-modifying WITH, so it
     * keeps the two statements in one transaction, which its write queue serialises anyway.
     */
    private static final String ROTATE_AND_SPEND = "WITH rotated AS (" + ROTATE + "), spent AS (" + SPEND
            + "SELECT :old, id, :now FROM rotated) SELECT " + COLUMNS + " FROM rotated";

    /** Whether the database is PostgreSQL; asked of the first connection, null until then. */
    private volatile Boolean postgres;

    @Override
    public Optional<Session> rotate(String oldHash, String newHash, String sealedSuccessor, String clientId, Instant now,
                                    Instant idleCutoff) {
        if (isPostgres()) {
            return jdbi.withHandle(h -> rotation(h, ROTATE_AND_SPEND, oldHash, newHash, sealedSuccessor, clientId, now, idleCutoff));
        }
        return jdbi.inTransaction(h -> {
            Optional<Session> session = rotation(h, ROTATE, oldHash, newHash, sealedSuccessor, clientId, now, idleCutoff);
            session.ifPresent(s -> h.createUpdate(SPEND + "VALUES (:hash, :sid, :now)").define(SqliteStatementCache.REUSE, true)
                    .bind("hash", oldHash).bind("sid", s.id()).bind("now", now.toEpochMilli()).execute());
            return session;
        });
    }

    private static Optional<Session> rotation(Handle h, String sql, String oldHash, String newHash, String sealedSuccessor,
                                              String clientId, Instant now, Instant idleCutoff) {
        return h.createQuery(sql)
                .define(LiveSessionWrites.KEEPS_LIVE_SESSIONS, true) // the session stays live: only its token changes
                .define(SqliteStatementCache.REUSE, true) // every refresh: compiled once per SQLite connection
                .bind("new", newHash).bind("old", oldHash).bind("client", clientId).bind("now", now.toEpochMilli())
                .bind("idle", idleCutoff.toEpochMilli()).bind("sealed", sealedSuccessor)
                .map(JdbiSessionStore::map).findOne();
    }

    private boolean isPostgres() {
        Boolean known = postgres;
        if (known == null) {
            known = jdbi.withHandle(h -> {
                try {
                    return h.getConnection().getMetaData().getDatabaseProductName();
                } catch (SQLException e) {
                    throw new IllegalStateException("the database did not name itself", e);
                }
            }).toLowerCase(Locale.ROOT).contains("postgres");
            postgres = known;
        }
        return known;
    }

    @Override
    public Optional<RecentRotation> findByPreviousRefreshHash(String hash, Instant now) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + ", successor_sealed, prev_rotated_at FROM sessions"
                        + " WHERE prev_refresh_hash = :hash AND revoked_at IS NULL AND expires_at > :now")
                .bind("hash", hash).bind("now", now.toEpochMilli())
                .map((rs, ctx) -> new RecentRotation(map(rs, ctx), rs.getString("successor_sealed"), Rows.instant(rs, "prev_rotated_at")))
                .findOne());
    }

    @Override
    public Optional<String> sessionOfUsedToken(String hash) {
        return jdbi.withHandle(h -> h.createQuery("SELECT session_id FROM used_refresh_tokens WHERE token_hash = :hash")
                .bind("hash", hash).mapTo(String.class).findOne());
    }

    @Override
    public Optional<Session> findByRefreshHash(String hash) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM sessions WHERE refresh_hash = :hash AND revoked_at IS NULL")
                .bind("hash", hash).map(JdbiSessionStore::map).findOne());
    }

    @Override
    public Optional<Session> findLive(String sessionId, Instant now) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS
                        + " FROM sessions WHERE id = :id AND revoked_at IS NULL AND expires_at > :now")
                .bind("id", sessionId).bind("now", now.toEpochMilli()).map(JdbiSessionStore::map).findOne());
    }

    /**
     * One COUNT over the table (expired rows are deleted by housekeeping, so it stays near the live
     * ones); the dashboard's sampler asks at most once a minute.
     */
    @Override
    public long countLive(Instant now) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM sessions WHERE revoked_at IS NULL AND expires_at > :now")
                .bind("now", now.toEpochMilli()).mapTo(Long.class).one());
    }

    @Override
    public Optional<Instant> signedInAt(String sessionId, Instant now) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT signed_in_at FROM sessions
                         WHERE id = :id AND revoked_at IS NULL AND expires_at > :now AND signed_in_at IS NOT NULL
                        """)
                .bind("id", sessionId).bind("now", now.toEpochMilli()).mapTo(Long.class).findOne().map(Instant::ofEpochMilli));
    }

    @Override
    public List<Session> listLive(String userId, Instant now) {
        return listLive(userId, now, null, null, Integer.MAX_VALUE);
    }

    @Override
    public List<Session> listLive(String userId, Instant now, Instant afterCreatedAt, String afterId, int limit) {
        // Keyset paging in the order of listLive: created_at descending, then id ascending.
        String after = afterCreatedAt == null ? "" : " AND (created_at < :c OR (created_at = :c AND id > :after))";
        return jdbi.withHandle(h -> {
            var q = h.createQuery("SELECT " + COLUMNS + " FROM sessions WHERE user_id = :user AND revoked_at IS NULL"
                            + " AND expires_at > :now" + after + " ORDER BY created_at DESC, id LIMIT :limit")
                    .bind("user", userId).bind("now", now.toEpochMilli()).bind("limit", limit);
            if (afterCreatedAt != null) q.bind("c", afterCreatedAt.toEpochMilli()).bind("after", afterId);
            return q.map(JdbiSessionStore::map).list();
        });
    }

    @Override
    public boolean revoke(String sessionId, Instant now) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE sessions SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL")
                .bind("now", now.toEpochMilli()).bind("id", sessionId).execute()) > 0;
    }

    @Override
    public Optional<Session> revokeByRefreshHash(String hash, Instant now) {
        return jdbi.withHandle(h -> h.createQuery(
                        "UPDATE sessions SET revoked_at = :now WHERE refresh_hash = :hash AND revoked_at IS NULL RETURNING " + COLUMNS)
                .bind("now", now.toEpochMilli()).bind("hash", hash).map(JdbiSessionStore::map).findOne());
    }

    @Override
    public int revokeByLoginSession(String loginSessionId, Instant now) {
        return jdbi.withHandle(h -> h.createUpdate(
                        "UPDATE sessions SET revoked_at = :now WHERE login_session_id = :login AND revoked_at IS NULL")
                .bind("now", now.toEpochMilli()).bind("login", loginSessionId).execute());
    }

    @Override
    public int moveToLoginSession(String from, String to) {
        return jdbi.withHandle(h -> h.createUpdate(
                        "UPDATE sessions SET login_session_id = :to WHERE login_session_id = :from AND revoked_at IS NULL")
                .bind("from", from).bind("to", to).execute());
    }

    @Override
    public int revokeAllForClient(String clientId, Instant now) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE sessions SET revoked_at = :now WHERE client_id = :client AND revoked_at IS NULL")
                .bind("now", now.toEpochMilli()).bind("client", clientId).execute());
    }

    @Override
    public int revokeAllForUser(String userId, String keepSessionId, Instant now) {
        return jdbi.withHandle(h -> h.createUpdate("""
                        UPDATE sessions SET revoked_at = :now
                         WHERE user_id = :user AND revoked_at IS NULL AND (:keep IS NULL OR id <> :keep)
                        """)
                .bind("now", now.toEpochMilli()).bind("user", userId).bind("keep", keepSessionId).execute());
    }

    private static Session map(ResultSet rs, StatementContext ctx) throws SQLException {
        String scope = rs.getString("scope");
        return new Session(rs.getString("id"), rs.getString("user_id"), rs.getString("client_id"),
                scope == null ? null : scope.isEmpty() ? List.of() : Arrays.asList(scope.split(" ")),
                Rows.instant(rs, "created_at"), Rows.instant(rs, "last_used_at"), Rows.instant(rs, "expires_at"),
                Rows.instant(rs, "revoked_at"), rs.getString("user_agent"), rs.getString("ip"),
                Rows.instant(rs, "signed_in_at"), split(rs.getString("resource")), split(rs.getString("amr")));
    }

    private static List<String> split(String s) {
        return s == null || s.isEmpty() ? List.of() : Arrays.asList(s.split(" "));
    }
}
