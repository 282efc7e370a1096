package dev.gatehouse.audit;

import java.time.Instant;

/**
 * One security event. Never carries a secret: no password, token, code or hash goes in here.
 * {@code identifier} is the login name as typed (normalised), for failures of unknown users.
 */
public record AuditEvent(String id, String type, String outcome, String userId, String actor, String identifier,
                         String ip, String detail, Instant createdAt) {}
