package dev.gatehouse.store.jdbi;

import dev.gatehouse.account.BrowserSession;
import dev.gatehouse.account.BrowserSessionStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

public final class JdbiBrowserSessionStore implements BrowserSessionStore {
    private static final String COLUMNS = "s.id, s.user_id, u.username, s.auth_time, s.amr, s.created_at, s.expires_at, "
            + "s.last_seen_at, s.ip, s.user_agent, s.idp";

    private final Jdbi jdbi;

    public JdbiBrowserSessionStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void insert(BrowserSession s, String tokenHash, String passwordFingerprint) {
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO login_sessions (id, user_id, token_hash, password_fingerprint, auth_time, amr, created_at,
                                                    expires_at, last_seen_at, ip, user_agent, idp)
                        VALUES (:id, :user, :hash, :fp, :auth, :amr, :created, :expires, :seen, :ip, :ua, :idp)
                        """)
                .bind("id", s.id()).bind("user", s.userId()).bind("hash", tokenHash).bind("fp", passwordFingerprint)
                .bind("auth", s.authTime().toEpochMilli()).bind("amr", String.join(" ", s.amr()))
                .bind("created", s.createdAt().toEpochMilli()).bind("expires", s.expiresAt().toEpochMilli())
                .bind("seen", s.lastSeenAt().toEpochMilli()).bind("ip", s.ip()).bind("ua", s.userAgent()).bind("idp", s.idp())
                .execute());
    }

    @Override
    public Optional<Found> findLive(String tokenHash, Instant now) {
        // The user is read in the same query: a deleted user has no row (ON DELETE CASCADE and the
        // join), a disabled one or a changed password is judged by the service.
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + """
                        , s.password_fingerprint, u.password_hash, u.disabled
                          FROM login_sessions s JOIN users u ON u.id = s.user_id
                         WHERE s.token_hash = :hash AND s.revoked_at IS NULL AND s.expires_at > :now
                        """)
                .bind("hash", tokenHash).bind("now", now.toEpochMilli())
                .map((rs, ctx) -> new Found(map(rs, ctx), rs.getString("password_fingerprint"), rs.getString("password_hash"),
                        rs.getBoolean("disabled")))
                .findOne());
    }

    @Override
    public void touch(String id, Instant now, Instant notBefore) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE login_sessions SET last_seen_at = :now WHERE id = :id AND last_seen_at < :nb")
                .bind("now", now.toEpochMilli()).bind("id", id).bind("nb", notBefore.toEpochMilli()).execute());
    }

    @Override
    public Optional<BrowserSession> revokeByTokenHash(String tokenHash, Instant now) {
        return jdbi.inTransaction(h -> {
            Optional<String> id = h.createQuery(
                            "UPDATE login_sessions SET revoked_at = :now WHERE token_hash = :hash AND revoked_at IS NULL RETURNING id")
                    .bind("now", now.toEpochMilli()).bind("hash", tokenHash).mapTo(String.class).findOne();
            return id.flatMap(i -> h.createQuery("SELECT " + COLUMNS
                            + " FROM login_sessions s JOIN users u ON u.id = s.user_id WHERE s.id = :id")
                    .bind("id", i).map(JdbiBrowserSessionStore::map).findOne());
        });
    }

    @Override
    public boolean revoke(String id, Instant now) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE login_sessions SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL")
                .bind("now", now.toEpochMilli()).bind("id", id).execute()) > 0;
    }

    @Override
    public int revokeAllForUser(String userId, Instant now) {
        return jdbi.withHandle(h -> h.createUpdate(
                        "UPDATE login_sessions SET revoked_at = :now WHERE user_id = :user AND revoked_at IS NULL")
                .bind("now", now.toEpochMilli()).bind("user", userId).execute());
    }

    @Override
    public List<BrowserSession> listLive(String userId, Instant now) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + """
                          FROM login_sessions s JOIN users u ON u.id = s.user_id
                         WHERE s.user_id = :user AND s.revoked_at IS NULL AND s.expires_at > :now
                         ORDER BY s.created_at DESC, s.id
                        """)
                .bind("user", userId).bind("now", now.toEpochMilli()).map(JdbiBrowserSessionStore::map).list());
    }

    private static BrowserSession map(ResultSet rs, StatementContext ctx) throws SQLException {
        String amr = rs.getString("amr");
        return new BrowserSession(rs.getString("id"), rs.getString("user_id"), rs.getString("username"),
                Rows.instant(rs, "auth_time"), amr.isEmpty() ? List.of() : Arrays.asList(amr.split(" ")),
                Rows.instant(rs, "created_at"), Rows.instant(rs, "expires_at"), Rows.instant(rs, "last_seen_at"),
                rs.getString("ip"), rs.getString("user_agent"), rs.getString("idp"));
    }
}
