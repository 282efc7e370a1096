package dev.gatehouse.oauth.authorize;

import java.time.Instant;
import java.util.Set;

/** What a user allowed a client to have: remembered per user and client, so the next request for these scopes skips the question. */
public record Consent(String userId, String clientId, Set<String> scopes, Instant grantedAt) {
    public Consent {
        scopes = Set.copyOf(scopes);
    }
}
