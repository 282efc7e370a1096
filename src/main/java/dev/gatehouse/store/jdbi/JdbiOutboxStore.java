package dev.gatehouse.store.jdbi;

import dev.gatehouse.mail.OutboxStore;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

public final class JdbiOutboxStore implements OutboxStore {
    /**
     * One statement picks the oldest due message and leases it. The outer WHERE repeats the due
     * condition: on PostgreSQL a second node that picked the same row waits for the first one's row
     * lock and then re-checks the condition against the updated row (READ COMMITTED), finds the live
     * lease and updates nothing; SQLite runs one writer at a time. Both dialects support RETURNING.
     */
    private static final String CLAIM = """
            UPDATE mail_outbox SET lease_owner = :owner, lease_until = :leaseUntil, attempts = attempts + 1
             WHERE id = (SELECT id FROM mail_outbox
                          WHERE status = 'pending' AND next_attempt_at <= :now AND (lease_until IS NULL OR lease_until < :now)
                          ORDER BY next_attempt_at, id LIMIT 1)
               AND status = 'pending' AND next_attempt_at <= :now AND (lease_until IS NULL OR lease_until < :now)
            RETURNING id, kind, recipient, subject, text_enc, html_enc, attempts, created_at
            """;

    private final Jdbi jdbi;

    public JdbiOutboxStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void insert(Row row, Instant now) {
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO mail_outbox (id, kind, recipient, subject, text_enc, html_enc, status, attempts, next_attempt_at, created_at)
                        VALUES (:id, :kind, :recipient, :subject, :text, :html, 'pending', 0, :now, :now)
                        """)
                .bind("id", row.id()).bind("kind", row.kind()).bind("recipient", row.recipient()).bind("subject", row.subject())
                .bind("text", row.textEnc()).bind("html", row.htmlEnc()).bind("now", now.toEpochMilli())
                .execute());
    }

    @Override
    public Optional<Row> claimNext(String owner, Instant now, Instant leaseUntil) {
        return jdbi.withHandle(h -> h.createQuery(CLAIM)
                .bind("owner", owner).bind("now", now.toEpochMilli()).bind("leaseUntil", leaseUntil.toEpochMilli())
                .map((rs, ctx) -> new Row(rs.getString("id"), rs.getString("kind"), rs.getString("recipient"),
                        rs.getString("subject"), rs.getString("text_enc"), rs.getString("html_enc"), rs.getInt("attempts"),
                        Rows.instant(rs, "created_at")))
                .findOne());
    }

    @Override
    public boolean markSent(String id, String owner, Instant now) {
        return jdbi.withHandle(h -> h.createUpdate("""
                        UPDATE mail_outbox SET status = 'sent', sent_at = :now, text_enc = '', html_enc = '',
                                               lease_owner = NULL, lease_until = NULL, last_error = NULL
                         WHERE id = :id AND lease_owner = :owner
                        """)
                .bind("id", id).bind("owner", owner).bind("now", now.toEpochMilli()).execute()) == 1;
    }

    @Override
    public void markRetry(String id, String owner, Instant nextAttempt, String error) {
        jdbi.useHandle(h -> h.createUpdate("""
                        UPDATE mail_outbox SET next_attempt_at = :next, lease_owner = NULL, lease_until = NULL, last_error = :error
                         WHERE id = :id AND lease_owner = :owner AND status = 'pending'
                        """)
                .bind("id", id).bind("owner", owner).bind("next", nextAttempt.toEpochMilli()).bind("error", error).execute());
    }

    @Override
    public void markFailed(String id, String owner, String error) {
        jdbi.useHandle(h -> h.createUpdate("""
                        UPDATE mail_outbox SET status = 'failed', text_enc = '', html_enc = '', lease_owner = NULL, lease_until = NULL,
                                               last_error = :error
                         WHERE id = :id AND lease_owner = :owner
                        """)
                .bind("id", id).bind("owner", owner).bind("error", error).execute());
    }

    @Override
    public void releaseLeases(String owner) {
        jdbi.useHandle(h -> h.createUpdate(
                        "UPDATE mail_outbox SET lease_owner = NULL, lease_until = NULL WHERE lease_owner = :owner AND status = 'pending'")
                .bind("owner", owner).execute());
    }

    @Override
    public Map<String, Integer> countByStatus() {
        Map<String, Integer> out = new LinkedHashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT status, COUNT(*) AS n FROM mail_outbox GROUP BY status")
                .map((rs, ctx) -> Map.entry(rs.getString("status"), rs.getInt("n")))
                .forEach(e -> out.put(e.getKey(), e.getValue())));
        return out;
    }
}
