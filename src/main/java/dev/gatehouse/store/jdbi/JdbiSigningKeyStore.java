package dev.gatehouse.store.jdbi;

import dev.gatehouse.core.UniqueViolation;
import dev.gatehouse.keys.SigningKeyStore;
import dev.gatehouse.keys.StoredKey;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.jdbi.v3.core.statement.StatementContext;

public final class JdbiSigningKeyStore implements SigningKeyStore {
    private static final String COLUMNS = "kid, alg, public_jwk, private_key_enc, status, created_at, publish_until";

    private final Jdbi jdbi;

    public JdbiSigningKeyStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<StoredKey> findActive(String alg) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM signing_keys WHERE status = 'active' AND alg = :alg")
                .bind("alg", alg).map(JdbiSigningKeyStore::map).findOne());
    }

    @Override
    public List<StoredKey> findPublishable(Instant now) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS
                        + " FROM signing_keys WHERE status = 'active' OR publish_until > :now ORDER BY created_at DESC")
                .bind("now", now.toEpochMilli()).map(JdbiSigningKeyStore::map).list());
    }

    @Override
    public boolean insertFirstActive(StoredKey key) {
        // The partial unique index allows one active key per algorithm; the loser of a race inserts nothing.
        return jdbi.withHandle(h -> insert(h, key, " ON CONFLICT DO NOTHING")) == 1;
    }

    @Override
    public void rotate(StoredKey newKey, Instant publishOldUntil) {
        // Two rotations of one algorithm at once (two nodes, PostgreSQL): the later one's UPDATE does
        // not see the key the earlier one just inserted, so its insert meets that key in the unique
        // index. Its next attempt retires that key too and becomes the active one.
        for (int attempt = 1; ; attempt++) {
            try {
                jdbi.useTransaction(h -> {
                    h.createUpdate("UPDATE signing_keys SET status = 'retired', publish_until = :until"
                                    + " WHERE status = 'active' AND alg = :alg")
                            .bind("until", publishOldUntil.toEpochMilli()).bind("alg", newKey.alg()).execute();
                    insert(h, newKey, "");
                });
                return;
            } catch (UnableToExecuteStatementException e) {
                RuntimeException translated = Unique.translate(e);
                if (!(translated instanceof UniqueViolation) || attempt >= 10) throw translated;
            }
        }
    }

    @Override
    public boolean rotateIfOlder(StoredKey newKey, Instant createdAtOrBefore, Instant publishOldUntil) {
        // The UPDATE is the decision: on PostgreSQL a second node's UPDATE waits for the first one's row lock,
        // then re-reads the row, finds it retired and matches nothing; SQLite runs one writer at a time.
        return jdbi.inTransaction(h -> {
            int retired = h.createUpdate("UPDATE signing_keys SET status = 'retired', publish_until = :until"
                            + " WHERE status = 'active' AND alg = :alg AND created_at <= :cutoff")
                    .bind("until", publishOldUntil.toEpochMilli()).bind("alg", newKey.alg())
                    .bind("cutoff", createdAtOrBefore.toEpochMilli()).execute();
            if (retired != 1) return false;
            insert(h, newKey, "");
            return true;
        });
    }

    private static int insert(Handle h, StoredKey key, String suffix) {
        return h.createUpdate("INSERT INTO signing_keys (" + COLUMNS
                        + ") VALUES (:kid, :alg, :jwk, :priv, :status, :created, :until)" + suffix)
                .bind("kid", key.kid()).bind("alg", key.alg()).bind("jwk", key.publicJwk())
                .bind("priv", key.encryptedPrivateKey()).bind("status", key.status())
                .bind("created", key.createdAt().toEpochMilli()).bind("until", Rows.millis(key.publishUntil()))
                .execute();
    }

    private static StoredKey map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new StoredKey(rs.getString("kid"), rs.getString("alg"), rs.getString("public_jwk"),
                rs.getString("private_key_enc"), rs.getString("status"), Rows.instant(rs, "created_at"),
                Rows.instant(rs, "publish_until"));
    }
}
