package dev.gatehouse.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What login sessions need from storage. */
public interface BrowserSessionStore {
    /** A stored session with what is needed to decide whether it still counts. */
    record Found(BrowserSession session, String passwordFingerprint, String currentPasswordHash, boolean userDisabled) {}

    void insert(BrowserSession session, String tokenHash, String passwordFingerprint);

    /** The session with this cookie hash, not revoked and not expired at {@code now}, with its user's state. */
    Optional<Found> findLive(String tokenHash, Instant now);

    /** Moves {@code last_seen_at} to {@code now} unless it is already after {@code notBefore} (one write per interval). */
    void touch(String id, Instant now, Instant notBefore);

    /** Revokes the live session with this cookie hash in one write; returns it. */
    Optional<BrowserSession> revokeByTokenHash(String tokenHash, Instant now);

    boolean revoke(String id, Instant now);

    /** Revokes every live login session of the user; returns how many. */
    int revokeAllForUser(String userId, Instant now);

    /** Live sessions of the user, newest first. */
    List<BrowserSession> listLive(String userId, Instant now);
}
