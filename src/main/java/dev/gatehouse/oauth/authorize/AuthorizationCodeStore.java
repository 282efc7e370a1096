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
     * Records a redemption attempt of an already spent code, in one write.
     *
     * @return empty when no spent code has this hash; else what its first redemption had recorded when
     *         this write ran (the session it started is named on the code in the transaction that
     *         created that session, so the answer is from before that transaction or after it)
     */
    Optional<FirstRedemption> markReused(String codeHash, Instant now);
}
