package dev.gatehouse.store.jdbi;

import dev.gatehouse.account.BrowserSession;
import dev.gatehouse.account.BrowserSessionStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
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
        return jdbi.withHandle(h -> {
            Optional<Found> found = findLive(h, "s.token_hash = :key", tokenHash, now);
            if (found.isPresent()) return found;
            // A cookie whose session was merged into another stands for that one (see revokeSuccessor).
            return standsFor(h, tokenHash).flatMap(m -> findLive(h, "s.id = :key", m, now));
        });
    }

    private static Optional<Found> findLive(Handle h, String condition, String key, Instant now) {
        // The user is read in the same query: a deleted user has no row (ON DELETE CASCADE and the
        // join), a disabled one or a changed password is judged by the service.
        return h.createQuery("SELECT " + COLUMNS + """
                        , s.password_fingerprint, u.password_hash, u.disabled
                          FROM login_sessions s JOIN users u ON u.id = s.user_id
                        """ + " WHERE " + condition + " AND s.revoked_at IS NULL AND s.expires_at > :now")
                .bind("key", key).bind("now", now.toEpochMilli())
                .map((rs, ctx) -> new Found(map(rs, ctx), rs.getString("password_fingerprint"), rs.getString("password_hash"),
                        rs.getBoolean("disabled")))
                .findOne();
    }

    @Override
    public void touch(String id, Instant now, Instant notBefore) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE login_sessions SET last_seen_at = :now WHERE id = :id AND last_seen_at < :nb")
                .bind("now", now.toEpochMilli()).bind("id", id).bind("nb", notBefore.toEpochMilli()).execute());
    }

    @Override
    public Optional<BrowserSession> revokeByTokenHash(String tokenHash, BrowserSession successor, Instant now) {
        return jdbi.inTransaction(h -> {
            Optional<String> id = h.createQuery("""
                            UPDATE login_sessions SET revoked_at = :now, replaced_by = CASE WHEN user_id = :user THEN :successor END
                             WHERE token_hash = :hash AND revoked_at IS NULL RETURNING id
                            """)
                    .bind("now", now.toEpochMilli()).bind("hash", tokenHash).bind("user", successor == null ? null : successor.userId())
                    .bind("successor", successor == null ? null : successor.id()).mapTo(String.class).findOne();
            if (id.isEmpty()) {
                // The cookie of a merged session: the session it stands for ends (or is replaced) instead.
                id = standsFor(h, tokenHash).filter(target -> revoke(h, target, successor, null, now));
            }
            return id.flatMap(i -> session(h, i));
        });
    }

    @Override
    public Optional<BrowserSession> revokeSuccessor(String tokenHash, BrowserSession into, Instant since, Instant now) {
        return jdbi.inTransaction(h -> {
            Optional<String> next = h.createQuery("""
                            SELECT replaced_by FROM login_sessions
                             WHERE token_hash = :hash AND replaced_by IS NOT NULL AND revoked_at >= :since
                            """)
                    .bind("hash", tokenHash).bind("since", since.toEpochMilli()).mapTo(String.class).findOne();
            // Along replacements and merges to the session that is live now (a few hops at most: one per
            // sign-in that carried the same cookie at once).
            for (int hop = 0; next.isPresent() && hop < MAX_HOPS; hop++) {
                Successors row = h.createQuery("SELECT revoked_at, expires_at, replaced_by, merged_into FROM login_sessions WHERE id = :id")
                        .bind("id", next.get()).map((rs, ctx) -> new Successors(Rows.instant(rs, "revoked_at"), Rows.instant(rs, "expires_at"),
                                rs.getString("replaced_by"), rs.getString("merged_into"))).findOne().orElse(null);
                if (row == null) return Optional.empty();
                if (row.revokedAt() == null) {
                    String live = next.get();
                    if (live.equals(into.id()) || !row.expiresAt().isAfter(now)) return Optional.empty();
                    if (revoke(h, live, null, into, now)) return session(h, live);
                    continue; // a third sign-in with the same cookie ended it meanwhile (PostgreSQL): read again where it went
                }
                next = Optional.ofNullable(row.mergedInto() != null ? row.mergedInto() : row.replacedBy());
            }
            return Optional.empty();
        });
    }

    @Override
    public String mergedInto(String id) {
        return jdbi.withHandle(h -> mergedInto(h, id));
    }

    @Override
    public boolean wentOnAs(String userId, String earlier, String current, int maxHops) {
        // One statement along the primary key: each step reads the row its predecessor names, and only a row of
        // the user leads further (replaced_by and merged_into are only ever recorded for the same user).
        return jdbi.withHandle(h -> h.createQuery("""
                        WITH RECURSIVE chain (id, user_id, next_id, hop) AS (
                          SELECT id, user_id, COALESCE(merged_into, replaced_by), 0 FROM login_sessions WHERE id = :earlier
                          UNION ALL
                          SELECT s.id, s.user_id, COALESCE(s.merged_into, s.replaced_by), c.hop + 1
                            FROM chain c JOIN login_sessions s ON s.id = c.next_id
                           WHERE c.user_id = :user AND c.id <> :current AND c.hop < :max
                        )
                        SELECT COUNT(*) FROM chain WHERE id = :current AND user_id = :user
                        """)
                .bind("earlier", earlier).bind("current", current).bind("user", userId).bind("max", maxHops)
                .mapTo(Integer.class).one()) > 0;
    }

    private record Successors(Instant revokedAt, Instant expiresAt, String replacedBy, String mergedInto) {}

    /** At most this many merges are followed: one per sign-in that carried the same cookie at once. */
    private static final int MAX_HOPS = 16;

    /** The session the cookie of a merged session stands for, at the end of its merges; empty for any other cookie. */
    private static Optional<String> standsFor(Handle h, String tokenHash) {
        return h.createQuery("SELECT merged_into FROM login_sessions WHERE token_hash = :hash AND merged_into IS NOT NULL")
                .bind("hash", tokenHash).mapTo(String.class).findOne().map(m -> mergedInto(h, m));
    }

    private static String mergedInto(Handle h, String id) {
        String at = id;
        for (int hop = 0; hop < MAX_HOPS; hop++) {
            Optional<String> next = h.createQuery("SELECT merged_into FROM login_sessions WHERE id = :id AND merged_into IS NOT NULL")
                    .bind("id", at).mapTo(String.class).findOne();
            if (next.isEmpty()) return at;
            at = next.get();
        }
        return at;
    }

    /** Revokes the live session {@code id}, recording the same user's {@code replacedBy} or {@code mergedInto} (either may be null). */
    private static boolean revoke(Handle h, String id, BrowserSession replacedBy, BrowserSession mergedInto, Instant now) {
        return h.createUpdate("""
                        UPDATE login_sessions SET revoked_at = :now, replaced_by = CASE WHEN user_id = :ruser THEN :replaced END,
                                                  merged_into = CASE WHEN user_id = :muser THEN :merged END
                         WHERE id = :id AND revoked_at IS NULL
                        """)
                .bind("now", now.toEpochMilli()).bind("id", id)
                .bind("ruser", replacedBy == null ? null : replacedBy.userId()).bind("replaced", replacedBy == null ? null : replacedBy.id())
                .bind("muser", mergedInto == null ? null : mergedInto.userId()).bind("merged", mergedInto == null ? null : mergedInto.id())
                .execute() > 0;
    }

    private static Optional<BrowserSession> session(Handle h, String id) {
        return h.createQuery("SELECT " + COLUMNS + " FROM login_sessions s JOIN users u ON u.id = s.user_id WHERE s.id = :id")
                .bind("id", id).map(JdbiBrowserSessionStore::map).findOne();
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
