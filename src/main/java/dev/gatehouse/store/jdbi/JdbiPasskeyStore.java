package dev.gatehouse.store.jdbi;

import dev.gatehouse.passkey.Passkey;
import dev.gatehouse.passkey.PasskeyStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/** Passkeys in {@code passkeys} and user handles in {@code passkey_user_handles} (V15). */
public final class JdbiPasskeyStore implements PasskeyStore {
    private static final String COLUMNS = "id, user_id, credential_id, public_key, sign_count, backup_eligible, backup_state, "
            + "user_verified, transports, aaguid, name, created_at, last_used_at";

    private final Jdbi jdbi;

    public JdbiPasskeyStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void insert(Passkey p) {
        try {
            jdbi.useHandle(h -> h.createUpdate("INSERT INTO passkeys (" + COLUMNS + ") VALUES (:id, :user, :credential, :key, :count, "
                            + ":be, :bs, :uv, :transports, :aaguid, :name, :created, :used)")
                    .bind("id", p.id()).bind("user", p.userId()).bind("credential", p.credentialId()).bind("key", p.publicKey())
                    .bind("count", p.signCount()).bind("be", p.backupEligible()).bind("bs", p.backupState())
                    .bind("uv", p.userVerified()).bind("transports", String.join(" ", p.transports())).bind("aaguid", p.aaguid())
                    .bind("name", p.name()).bind("created", p.createdAt().toEpochMilli()).bind("used", Rows.millis(p.lastUsedAt()))
                    .execute());
        } catch (UnableToExecuteStatementException e) {
            throw Unique.translate(e, "credential_id");
        }
    }

    @Override
    public List<Passkey> forUser(String userId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM passkeys WHERE user_id = :user ORDER BY created_at, id")
                .bind("user", userId).map(JdbiPasskeyStore::map).list());
    }

    @Override
    public int count(String userId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM passkeys WHERE user_id = :user")
                .bind("user", userId).mapTo(Integer.class).one());
    }

    @Override
    public Optional<Passkey> findByCredentialId(String credentialId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM passkeys WHERE credential_id = :credential")
                .bind("credential", credentialId).map(JdbiPasskeyStore::map).findOne());
    }

    @Override
    public int deleteAll(String userId) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM passkeys WHERE user_id = :user").bind("user", userId).execute());
    }

    @Override
    public boolean delete(String userId, String id) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM passkeys WHERE id = :id AND user_id = :user")
                .bind("id", id).bind("user", userId).execute()) > 0;
    }

    @Override
    public boolean recordUse(String id, long expectedCount, long newCount, boolean backupState, Instant now) {
        return jdbi.withHandle(h -> h.createUpdate("""
                        UPDATE passkeys SET sign_count = :count, backup_state = :bs, last_used_at = :now
                        WHERE id = :id AND sign_count = :expected
                        """)
                .bind("count", newCount).bind("bs", backupState).bind("now", now.toEpochMilli()).bind("id", id)
                .bind("expected", expectedCount).execute()) > 0;
    }

    @Override
    public String userHandle(String userId, String candidate) {
        return jdbi.withHandle(h -> {
            // Insert-or-keep, then read: two nodes making the first handle at once agree on the one stored.
            h.createUpdate("INSERT INTO passkey_user_handles (user_id, user_handle) VALUES (:user, :handle) ON CONFLICT (user_id) DO NOTHING")
                    .bind("user", userId).bind("handle", candidate).execute();
            return h.createQuery("SELECT user_handle FROM passkey_user_handles WHERE user_id = :user")
                    .bind("user", userId).mapTo(String.class).one();
        });
    }

    @Override
    public Optional<String> userOfHandle(String userHandle) {
        return jdbi.withHandle(h -> h.createQuery("SELECT user_id FROM passkey_user_handles WHERE user_handle = :handle")
                .bind("handle", userHandle).mapTo(String.class).findOne());
    }

    private static Passkey map(ResultSet rs, StatementContext ctx) throws SQLException {
        String transports = rs.getString("transports");
        return new Passkey(rs.getString("id"), rs.getString("user_id"), rs.getString("credential_id"), rs.getBytes("public_key"),
                rs.getLong("sign_count"), rs.getBoolean("backup_eligible"), rs.getBoolean("backup_state"),
                rs.getBoolean("user_verified"), transports.isEmpty() ? List.of() : Arrays.asList(transports.split(" ")),
                rs.getString("aaguid"), rs.getString("name"), Rows.instant(rs, "created_at"), Rows.instant(rs, "last_used_at"));
    }
}
