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

    /**
     * Revokes the live session with this cookie hash in one write; returns it. The cookie of a session merged
     * into another ({@link #revokeSuccessor}) stands for that one.
     */
    default Optional<BrowserSession> revokeByTokenHash(String tokenHash, Instant now) {
        return revokeByTokenHash(tokenHash, null, now);
    }

    /**
     * As {@link #revokeByTokenHash(String, Instant)}; when {@code successor} (may be null) is of the same user,
     * records that it replaced the revoked session, for {@link #revokeSuccessor}.
     */
    Optional<BrowserSession> revokeByTokenHash(String tokenHash, BrowserSession successor, Instant now);

    /**
     * The other half of two sign-ins that carried the same cookie at once: that cookie's session was already
     * replaced (at {@code since} or later). Revokes the live session its replacement has become, following
     * replacements and merges, and returns it; when that one is {@code into}'s user's, it is recorded as merged
     * into {@code into}, so that its cookie, which the browser may keep, stands for {@code into}. Empty when the
     * cookie's session was not replaced since then, or nothing live came of it.
     */
    Optional<BrowserSession> revokeSuccessor(String tokenHash, BrowserSession into, Instant since, Instant now);

    /** The session {@code id} was merged into, through every merge ({@link #revokeSuccessor}); {@code id} itself when none. */
    String mergedInto(String id);

    /**
     * True when the user's login session {@code earlier} is {@code current}, or went on as it through the
     * replacements and merges recorded by {@link #revokeByTokenHash(String, BrowserSession, Instant)} and
     * {@link #revokeSuccessor} (one browser's re-sign-ins), every one of them the user's. Follows at most
     * {@code maxHops} steps: false beyond them, as for a session that ended without a successor.
     */
    boolean wentOnAs(String userId, String earlier, String current, int maxHops);

    boolean revoke(String id, Instant now);

    /** Revokes every live login session of the user; returns how many. */
    int revokeAllForUser(String userId, Instant now);

    /** Live sessions of the user, newest first. */
    List<BrowserSession> listLive(String userId, Instant now);
}
