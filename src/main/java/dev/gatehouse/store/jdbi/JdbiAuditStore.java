package dev.gatehouse.store.jdbi;

import dev.gatehouse.audit.AuditEvent;
import dev.gatehouse.audit.AuditStore;
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
}
