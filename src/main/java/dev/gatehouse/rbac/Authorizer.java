package dev.gatehouse.rbac;

import java.time.Clock;

/**
 * Decides from the database, not from the token's claims, whether a caller may use a permission:
 * a role removed a minute ago is gone for tokens issued before it (the token's claims are a cache).
 */
public final class Authorizer {
    private final AccessStore store;
    private final Clock clock;

    public Authorizer(AccessStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public Access check(String userId, String sessionId, String permission) {
        if (userId == null || sessionId == null || permission == null) return Access.NO_SESSION;
        return store.check(userId, sessionId, permission, clock.instant());
    }
}
