package dev.gatehouse.audit;

import java.time.Instant;
import java.util.List;

public interface AuditStore {
    void insertAll(List<AuditEvent> events);

    /**
     * Events matching {@code filter}, newest first (created_at, then id, both descending), strictly
     * after the keyset position ({@code beforeAt}, {@code beforeId}) when one is given.
     */
    List<AuditEvent> search(EventFilter filter, Instant beforeAt, String beforeId, int limit);
}
