package dev.gatehouse.store.jdbi;

import dev.gatehouse.oauth.authorize.Consent;
import dev.gatehouse.oauth.authorize.ConsentStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

public final class JdbiConsentStore implements ConsentStore {
    private final Jdbi jdbi;

    public JdbiConsentStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<Consent> find(String userId, String clientId) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT user_id, client_id, scopes, granted_at FROM consents WHERE user_id = :user AND client_id = :client")
                .bind("user", userId).bind("client", clientId).map(JdbiConsentStore::map).findOne());
    }

    @Override
    public void save(Consent c) {
        // One statement on both dialects (SQLite 3.24+ and PostgreSQL share ON CONFLICT ... DO UPDATE).
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO consents (user_id, client_id, scopes, granted_at) VALUES (:user, :client, :scopes, :at)
                        ON CONFLICT (user_id, client_id) DO UPDATE SET scopes = excluded.scopes, granted_at = excluded.granted_at
                        """)
                .bind("user", c.userId()).bind("client", c.clientId()).bind("scopes", String.join(" ", new TreeSet<>(c.scopes())))
                .bind("at", c.grantedAt().toEpochMilli()).execute());
    }

    @Override
    public boolean delete(String userId, String clientId) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM consents WHERE user_id = :user AND client_id = :client")
                .bind("user", userId).bind("client", clientId).execute()) > 0;
    }

    @Override
    public List<Consent> list(String userId) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT user_id, client_id, scopes, granted_at FROM consents WHERE user_id = :user ORDER BY granted_at DESC, client_id")
                .bind("user", userId).map(JdbiConsentStore::map).list());
    }

    private static Consent map(ResultSet rs, StatementContext ctx) throws SQLException {
        String scopes = rs.getString("scopes");
        Set<String> set = scopes.isEmpty() ? Set.of() : new TreeSet<>(Arrays.asList(scopes.split(" ")));
        return new Consent(rs.getString("user_id"), rs.getString("client_id"), set, Rows.instant(rs, "granted_at"));
    }
}
