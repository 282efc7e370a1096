package dev.gatehouse.store.jdbi;

import dev.gatehouse.oauth.authorize.ConsentStore;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

public final class JdbiConsentStore implements ConsentStore {
    private final Jdbi jdbi;

    public JdbiConsentStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<List<String>> find(String userId, String clientId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT scopes FROM consents WHERE user_id = :user AND client_id = :client")
                .bind("user", userId).bind("client", clientId)
                .map((rs, ctx) -> {
                    String s = rs.getString("scopes");
                    return s.isEmpty() ? List.<String>of() : Arrays.asList(s.split(" "));
                }).findOne());
    }

    @Override
    public void save(String userId, String clientId, List<String> scopes, Instant now) {
        // One statement in both dialects (SQLite 3.24+, PostgreSQL 9.5+): no read-then-write race.
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO consents (user_id, client_id, scopes, granted_at) VALUES (:user, :client, :scopes, :now)
                        ON CONFLICT (user_id, client_id) DO UPDATE SET scopes = excluded.scopes, granted_at = excluded.granted_at
                        """)
                .bind("user", userId).bind("client", clientId).bind("scopes", String.join(" ", scopes))
                .bind("now", now.toEpochMilli()).execute());
    }

    @Override
    public boolean revoke(String userId, String clientId) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM consents WHERE user_id = :user AND client_id = :client")
                .bind("user", userId).bind("client", clientId).execute()) > 0;
    }
}
