package dev.gatehouse.passkey;

import java.time.Instant;

/** Outstanding WebAuthn challenges, stored as hashes; shared by every node. */
public interface ChallengeStore {
    /**
     * @param userId the user the challenge is bound to; null for a passwordless one (bound to {@code id})
     */
    void insert(String id, String challengeHash, ChallengePurpose purpose, String userId, Instant expiresAt);

    /**
     * Spends the challenge: deletes it in one statement when every part matches and it has not
     * expired. Of two racing calls at most one returns true, on any node.
     */
    boolean spend(String id, String challengeHash, ChallengePurpose purpose, String userId, Instant now);
}
