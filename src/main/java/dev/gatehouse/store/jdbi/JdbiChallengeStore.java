package dev.gatehouse.store.jdbi;

import dev.gatehouse.passkey.ChallengePurpose;
import dev.gatehouse.passkey.ChallengeStore;
import java.time.Instant;
import org.jdbi.v3.core.Jdbi;

/** WebAuthn challenges in {@code webauthn_challenges} (V15). */
public final class JdbiChallengeStore implements ChallengeStore {
    private final Jdbi jdbi;

    public JdbiChallengeStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void insert(String id, String challengeHash, ChallengePurpose purpose, String userId, Instant expiresAt) {
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO webauthn_challenges (id, challenge_hash, purpose, user_id, expires_at)
                        VALUES (:id, :hash, :purpose, :user, :expires)
                        """)
                .bind("id", id).bind("hash", challengeHash).bind("purpose", purpose.value()).bind("user", userId)
                .bind("expires", expiresAt.toEpochMilli()).execute());
    }

    @Override
    public boolean spend(String id, String challengeHash, ChallengePurpose purpose, String userId, Instant now) {
        // One DELETE decides: the database serialises two spends of one row, and only one sees it deleted.
        String bound = userId == null ? "user_id IS NULL" : "user_id = :user";
        return jdbi.withHandle(h -> h.createUpdate("""
                        DELETE FROM webauthn_challenges
                        WHERE id = :id AND challenge_hash = :hash AND purpose = :purpose AND expires_at > :now AND\s""" + bound)
                .bind("id", id).bind("hash", challengeHash).bind("purpose", purpose.value()).bind("user", userId)
                .bind("now", now.toEpochMilli()).execute()) == 1;
    }
}
