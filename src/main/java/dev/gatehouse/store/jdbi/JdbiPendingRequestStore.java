package dev.gatehouse.store.jdbi;

import dev.gatehouse.oauth.authorize.PendingRequestStore;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

public final class JdbiPendingRequestStore implements PendingRequestStore {
    private final Jdbi jdbi;

    public JdbiPendingRequestStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void insert(String handleHash, String parameters, Instant createdAt, Instant expiresAt) {
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO authorization_requests (handle_hash, parameters, created_at, expires_at)
                        VALUES (:hash, :params, :created, :expires)
                        """)
                .bind("hash", handleHash).bind("params", parameters).bind("created", createdAt.toEpochMilli())
                .bind("expires", expiresAt.toEpochMilli()).execute());
    }

    @Override
    public Optional<Pending> find(String handleHash, Instant now) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT parameters, created_at FROM authorization_requests WHERE handle_hash = :hash AND expires_at > :now")
                .bind("hash", handleHash).bind("now", now.toEpochMilli())
                .map((rs, ctx) -> new Pending(rs.getString("parameters"), Rows.instant(rs, "created_at"))).findOne());
    }

    @Override
    public boolean delete(String handleHash) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM authorization_requests WHERE handle_hash = :hash")
                .bind("hash", handleHash).execute()) == 1;
    }
}
