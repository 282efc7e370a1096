package dev.gatehouse.oauth.authorize;

import java.time.Instant;
import java.util.Optional;

/** Authorization requests waiting for the user to sign in or consent, by the SHA-256 of their handle. */
public interface PendingRequestStore {
    /** @param parameters the request's parameters, application/x-www-form-urlencoded */
    record Pending(String parameters, Instant createdAt) {}

    void insert(String handleHash, String parameters, Instant createdAt, Instant expiresAt);

    Optional<Pending> find(String handleHash, Instant now);

    /** @return true for the one caller that deleted it (a consent answered twice at once issues one code) */
    boolean delete(String handleHash);
}
