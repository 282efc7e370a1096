package dev.gatehouse.session;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What the session package needs from storage. */
public interface SessionStore {
    void insert(Session session, String refreshHash);

    /**
     * As {@link #insert}, recording the browser login session this token session was started from
     * and when its user signed in there ({@code signedInAt}, the login's auth_time).
     */
    void insertFromLogin(Session session, String refreshHash, String loginSessionId, Instant signedInAt);

    /**
     * As {@link #insertFromLogin}, and names the new session and its {@code createdAt} on the redeemed
     * authorization code (its hash) it is issued for, in the same transaction: a later redemption of
     * that code finds the session and revokes it (RFC 6749 §4.1.2, RFC 9700 §4.2.4). False, and
     * nothing written, when the code is not redeemed or already names a session.
     */
    boolean insertForCode(Session session, String refreshHash, String loginSessionId, Instant signedInAt, String codeHash);

    /**
     * When the user of this live session last signed in: its start for a password login, the browser
     * login's auth_time for a session from the authorization code grant; refreshes leave it alone.
     * Empty for a session that is not live, or whose sign-in time is unknown.
     */
    Optional<Instant> signedInAt(String sessionId, Instant now);

    /** Revokes every live token session started from this login session; returns how many. */
    int revokeByLoginSession(String loginSessionId, Instant now);

    /** Makes every live token session started from login session {@code from} one of login session {@code to}; returns how many. */
    int moveToLoginSession(String from, String to);

    /**
     * Rotates a refresh token in one atomic conditional write (RFC 9700 §4.14.2): succeeds only if
     * {@code oldHash} is the session's current token, the session belongs to {@code clientId} (RFC 6749
     * §6: a refresh token is bound to its client), is not revoked, not idle since {@code idleCutoff}
     * and not past its absolute expiry. The old hash is remembered as used, and as the session's
     * previous token with {@code sealedSuccessor} (may be null) and the time of this rotation, in
     * place of the one before: only the immediate predecessor of the current token is ever kept.
     */
    Optional<Session> rotate(String oldHash, String newHash, String sealedSuccessor, String clientId, Instant now, Instant idleCutoff);

    /**
     * The session, not revoked and not past its absolute expiry at {@code now}, whose previous refresh
     * token (the immediate predecessor of its current one) has this hash. A read of committed state: a
     * rotation that was still in flight when its competitor's {@link #rotate} found nothing has
     * committed by then (that competitor's write waited for it, or ran after it).
     */
    Optional<RecentRotation> findByPreviousRefreshHash(String hash, Instant now);

    /** The session that once held this (already rotated) refresh token hash, if any. */
    Optional<String> sessionOfUsedToken(String hash);

    /** The live session whose current refresh token has this hash. */
    Optional<Session> findByRefreshHash(String hash);

    Optional<Session> findLive(String sessionId, Instant now);

    /** How many sessions are live now (not revoked, not expired), on every node: the dashboard's gauge. */
    long countLive(Instant now);

    List<Session> listLive(String userId, Instant now);

    /**
     * One page of {@link #listLive}, newest first: the sessions after the one created at
     * {@code afterCreatedAt} with id {@code afterId} in that order (both null: from the start).
     */
    List<Session> listLive(String userId, Instant now, Instant afterCreatedAt, String afterId, int limit);

    boolean revoke(String sessionId, Instant now);

    /** Revokes the live session whose current refresh token has this hash, in one write; returns it. */
    Optional<Session> revokeByRefreshHash(String hash, Instant now);

    /** Revokes every live session of a client (the client was deleted); returns how many. */
    int revokeAllForClient(String clientId, Instant now);

    /** Revokes every live session of the user except {@code keepSessionId} (may be null); returns how many. */
    int revokeAllForUser(String userId, String keepSessionId, Instant now);
}
