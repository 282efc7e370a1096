package dev.gatehouse.oauth.authorize;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What each user allowed each client to have (table {@code consents}). */
public interface ConsentStore {
    /** The scopes remembered for this user and client, or empty when none were granted. */
    Optional<List<String>> find(String userId, String clientId);

    /** Replaces what is remembered for this user and client, in one write. */
    void save(String userId, String clientId, List<String> scopes, Instant now);

    /** Forgets the consent; false when there was none. */
    boolean revoke(String userId, String clientId);
}
