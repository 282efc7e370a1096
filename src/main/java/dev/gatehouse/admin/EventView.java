package dev.gatehouse.admin;

import dev.gatehouse.audit.AuditEvent;

/** An audit event as the admin API lists it. */
public record EventView(String id, String type, String outcome, String userId, String actor, String identifier, String ip,
                        String detail, String createdAt) {

    public static EventView of(AuditEvent e) {
        return new EventView(e.id(), e.type(), e.outcome(), e.userId(), e.actor(), e.identifier(), e.ip(), e.detail(),
                e.createdAt().toString());
    }
}
