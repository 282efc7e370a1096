package dev.gatehouse.store.jdbi;

import dev.gatehouse.audit.AuditEvent;
import dev.gatehouse.audit.AuditStore;
import dev.gatehouse.audit.EventFilter;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

public final class JdbiAuditStore implements AuditStore {
    private final Jdbi jdbi;

    public JdbiAuditStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void insertAll(List<AuditEvent> events) {
        if (events.isEmpty()) return;
        jdbi.useTransaction(h -> {
            var batch = h.prepareBatch("""
                    INSERT INTO audit_events (id, type, outcome, user_id, actor, identifier, ip, detail, created_at)
                    VALUES (:id, :type, :outcome, :userId, :actor, :identifier, :ip, :detail, :createdAt)
                    """);
            for (AuditEvent e : events) {
                batch.bind("id", e.id()).bind("type", e.type()).bind("outcome", e.outcome()).bind("userId", e.userId())
                        .bind("actor", e.actor()).bind("identifier", e.identifier()).bind("ip", e.ip())
                        .bind("detail", e.detail()).bind("createdAt", e.createdAt().toEpochMilli()).add();
            }
            batch.execute();
        });
    }

    /**
     * Only the predicates in use are written into the statement (never "(:x IS NULL OR ...)"), so
     * each filter can use its index: (type, created_at), (user_id, created_at) or (created_at).
     */
    @Override
    public List<AuditEvent> search(EventFilter f, Instant beforeAt, String beforeId, int limit) {
        StringBuilder sql = new StringBuilder("""
                SELECT id, type, outcome, user_id, actor, identifier, ip, detail, created_at FROM audit_events WHERE 1 = 1""");
        if (f.type() != null) sql.append(" AND type = :type");
        if (f.userId() != null) sql.append(" AND user_id = :user");
        if (f.outcome() != null) sql.append(" AND outcome = :outcome");
        if (f.actor() != null) sql.append(" AND actor = :actor");
        // substr, not LIKE: exact on both databases (SQLite's LIKE ignores ASCII case) and nothing to escape.
        if (f.client() != null) {
            sql.append(" AND (actor = :client OR identifier = :client OR detail = :clientDetail")
                    .append(" OR substr(detail, 1, :clientPrefixLength) = :clientPrefix)");
        }
        if (f.involving() != null) sql.append(" AND (user_id = :involving OR actor = :involving)");
        if (f.from() != null) sql.append(" AND created_at >= :from");
        if (f.to() != null) sql.append(" AND created_at < :to");
        if (beforeAt != null) sql.append(" AND (created_at < :at OR (created_at = :at AND id < :bid))");
        sql.append(" ORDER BY created_at DESC, id DESC LIMIT :limit");
        return jdbi.withHandle(h -> {
            var q = h.createQuery(sql.toString()).bind("limit", limit);
            if (f.type() != null) q.bind("type", f.type());
            if (f.userId() != null) q.bind("user", f.userId());
            if (f.outcome() != null) q.bind("outcome", f.outcome());
            if (f.actor() != null) q.bind("actor", f.actor());
            if (f.client() != null) {
                String prefix = "client=" + f.client() + " ";
                q.bind("client", f.client()).bind("clientDetail", "client=" + f.client())
                        .bind("clientPrefix", prefix).bind("clientPrefixLength", prefix.length());
            }
            if (f.involving() != null) q.bind("involving", f.involving());
            if (f.from() != null) q.bind("from", f.from().toEpochMilli());
            if (f.to() != null) q.bind("to", f.to().toEpochMilli());
            if (beforeAt != null) q.bind("at", beforeAt.toEpochMilli()).bind("bid", beforeId);
            return q.map((rs, ctx) -> new AuditEvent(rs.getString("id"), rs.getString("type"), rs.getString("outcome"),
                    rs.getString("user_id"), rs.getString("actor"), rs.getString("identifier"), rs.getString("ip"),
                    rs.getString("detail"), Rows.instant(rs, "created_at"))).list();
        });
    }
}
