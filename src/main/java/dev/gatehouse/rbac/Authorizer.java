package dev.gatehouse.rbac;

import dev.gatehouse.audit.AuditLog;
import java.time.Clock;

/**
 * Decides from the database, not from the token's claims, whether a caller may use a permission:
 * a role removed a minute ago is gone for tokens issued before it (the token's claims are a cache).
 */
public final class Authorizer {
    private final AccessStore store;
    private final AuditLog audit;
    private final Clock clock;

    public Authorizer(AccessStore store, AuditLog audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    public Access check(String userId, String sessionId, String permission) {
        if (userId == null || sessionId == null || permission == null) return Access.NO_SESSION;
        return store.check(userId, sessionId, permission, clock.instant());
    }

    /** Records a refused admin request: a user probing routes it may not use is worth seeing (SECURITY.md audit). */
    public void denied(String userId, String permission, String ip) {
        audit.record("admin_access", "denied", userId, userId, null, ip, "permission=" + permission);
    }
}
