package dev.gatehouse.oauth.authorize;

import java.time.Instant;
import java.util.Optional;

/** Storage of authorization codes, by the SHA-256 of the code. */
public interface AuthorizationCodeStore {
    void insert(String codeHash, AuthorizationCode code);

    /**
     * Marks the code used in ONE conditional write and returns it: succeeds once, for an unused and
     * unexpired code; every other attempt (spent, expired, unknown, or losing a race) gets empty.
     */
    Optional<AuthorizationCode> redeem(String codeHash, Instant now);

    /**
     * Records a redemption attempt of an already spent code.
     *
     * @return empty when no spent code has this hash; else the token session its first redemption
     *         started (the inner Optional is empty when none was recorded yet)
     */
    Optional<Optional<String>> markReused(String codeHash, Instant now);

    /**
     * Records the token session the redemption started.
     *
     * @return false when the code was presented again in the meantime (the caller must end the session)
     */
    boolean attachSession(String codeHash, String sessionId);
}
