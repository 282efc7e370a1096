package dev.gatehouse.rbac;

import java.time.Instant;

/** What the authorization check needs from storage. */
public interface AccessStore {
    /**
     * In ONE indexed query: the session is live, belongs to the user, the user is not disabled, and
     * the user's current roles grant {@code permission}.
     */
    Access check(String userId, String sessionId, String permission, Instant now);
}
