package dev.gatehouse.store.jdbi;

import dev.gatehouse.federation.IdentityStore;
import dev.gatehouse.federation.LinkedIdentity;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/** Linked upstream identities in {@code user_identities}. */
public final class JdbiIdentityStore implements IdentityStore {
    private static final String COLUMNS = "provider_id, subject, user_id, email, created_at, last_used_at";

    private final Jdbi jdbi;

    public JdbiIdentityStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<LinkedIdentity> find(String providerId, String subject) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS
                        + " FROM user_identities WHERE provider_id = :provider AND subject = :subject")
                .bind("provider", providerId).bind("subject", subject).map(JdbiIdentityStore::map).findOne());
    }

    @Override
    public List<LinkedIdentity> forUser(String userId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS
                        + " FROM user_identities WHERE user_id = :user ORDER BY provider_id")
                .bind("user", userId).map(JdbiIdentityStore::map).list());
    }

    @Override
    public void link(LinkedIdentity i) {
        try {
            jdbi.useHandle(h -> h.createUpdate("INSERT INTO user_identities (" + COLUMNS
                            + ") VALUES (:provider, :subject, :user, :email, :created, :used)")
                    .bind("provider", i.providerId()).bind("subject", i.subject()).bind("user", i.userId())
                    .bind("email", i.email()).bind("created", i.createdAt().toEpochMilli())
                    .bind("used", (i.lastUsedAt() == null ? i.createdAt() : i.lastUsedAt()).toEpochMilli()).execute());
        } catch (UnableToExecuteStatementException e) {
            // The constraint names (PostgreSQL) and column lists (SQLite) of V12 tell the two keys apart:
            // only (provider_id, subject) names "subject".
            throw Unique.translate(e, "subject", "provider");
        }
    }

    @Override
    public void touch(String providerId, String subject, String email, Instant now) {
        jdbi.useHandle(h -> h.createUpdate("""
                        UPDATE user_identities SET email = :email, last_used_at = :now WHERE provider_id = :provider AND subject = :subject
                        """)
                .bind("email", email).bind("now", now.toEpochMilli()).bind("provider", providerId).bind("subject", subject)
                .execute());
    }

    @Override
    public Unlink unlinkUnlessLast(String userId, String providerId) {
        return jdbi.inTransaction(h -> {
            // Take the user's row lock first (PostgreSQL holds it to commit; SQLite's IMMEDIATE transaction
            // already excludes every other writer): a concurrent unlink of the user's other identity waits,
            // then sees this one gone, so the two cannot each leave the other as the last way in.
            int user = h.createUpdate("UPDATE users SET updated_at = updated_at WHERE id = :user")
                    .define(LiveSessionWrites.KEEPS_LIVE_SESSIONS, true).bind("user", userId).execute();
            if (user == 0) return Unlink.ABSENT;
            int deleted = h.createUpdate("""
                            DELETE FROM user_identities WHERE user_id = :user AND provider_id = :provider AND (
                              EXISTS (SELECT 1 FROM users u WHERE u.id = :user AND u.password_hash IS NOT NULL)
                              OR EXISTS (SELECT 1 FROM passkeys k WHERE k.user_id = :user)
                              OR EXISTS (SELECT 1 FROM user_identities o JOIN identity_providers p ON p.id = o.provider_id
                                          WHERE o.user_id = :user AND o.provider_id <> :provider AND p.enabled = :yes))
                            """)
                    .define(LiveSessionWrites.KEEPS_LIVE_SESSIONS, true)
                    .bind("user", userId).bind("provider", providerId).bind("yes", true).execute();
            if (deleted > 0) return Unlink.UNLINKED;
            boolean linked = h.createQuery("SELECT COUNT(*) FROM user_identities WHERE user_id = :user AND provider_id = :provider")
                    .bind("user", userId).bind("provider", providerId).mapTo(Integer.class).one() > 0;
            return linked ? Unlink.LAST_LOGIN_METHOD : Unlink.ABSENT;
        });
    }

    private static LinkedIdentity map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new LinkedIdentity(rs.getString("provider_id"), rs.getString("subject"), rs.getString("user_id"),
                rs.getString("email"), Rows.instant(rs, "created_at"), Rows.instant(rs, "last_used_at"));
    }
}
