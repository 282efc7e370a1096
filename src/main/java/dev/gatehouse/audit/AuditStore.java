package dev.gatehouse.audit;

import java.util.List;

public interface AuditStore {
    void insertAll(List<AuditEvent> events);
}
