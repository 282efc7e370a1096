package dev.gatehouse.session;

import dev.gatehouse.audit.AuditLog;
import dev.gatehouse.core.DomainException;
import dev.gatehouse.core.ErrorCode;
import dev.gatehouse.core.SecureTokens;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Sessions and their rotating refresh tokens. */
public final class SessionService {
    /** 32 random bytes, base64url without padding. */
    private static final int REFRESH_TOKEN_BYTES = 32;
    private static final int REFRESH_TOKEN_LENGTH = 43;

    private final SessionStore store;
    private final AuditLog audit;
    private final Clock clock;
    private final Duration idleTtl;
    private final Duration maxTtl;
    private final Runnable onReuse;
    private final LiveSessionCache<Session> live;
    private final Duration reuseInterval;

    /**
     * @param onReuse called once per detected reuse (a metric)
     * @param live answers {@link #isLive}, the check of every Bearer-protected request
     * @param reuseInterval how long after a rotation the same client may present the old token again and
     *                      get the same successor (zero: never; every repeat is reuse)
     */
    public SessionService(SessionStore store, AuditLog audit, Clock clock, Duration idleTtl, Duration maxTtl, Runnable onReuse,
                          LiveSessionCache<Session> live, Duration reuseInterval) {
        this.reuseInterval = reuseInterval;
        this.onReuse = onReuse;
        this.live = live;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        this.idleTtl = idleTtl;
        this.maxTtl = maxTtl;
    }

    public record Issued(Session session, String refreshToken) {}

    /** A token session without a browser sign-in (the first-party login); {@code scope} null: unrestricted (see {@link Session}). */
    public Issued start(String userId, String clientId, List<String> scope, String userAgent, String ip) {
        return start(userId, clientId, scope, List.of(), userAgent, ip);
    }

    /** As {@link #start(String, String, List, String, String)}, recording how the user signed in (RFC 8176 {@code amr}). */
    public Issued start(String userId, String clientId, List<String> scope, List<String> amr, String userAgent, String ip) {
        Instant now = clock.instant();
        // Session ids are 128 random bits (SECURITY.md "Sessions and tokens").
        Session session = new Session(SecureTokens.random(16), userId, clientId, scope, now, now, now.plus(maxTtl), null,
                truncate(userAgent, 512), ip, now, List.of(), amr);
        String refresh = SecureTokens.random(REFRESH_TOKEN_BYTES);
        store.insert(session, SecureTokens.hash(refresh));
        return new Issued(session, refresh);
    }

    /**
     * Starts a token session for an OAuth client from a browser login session, for the redemption of
     * the authorization code stored under {@code codeHash} (authorization code grant), with the
     * client's absolute lifetime when it has one (never longer than the server's). The code names the
     * new session in the same transaction that creates it, so a later redemption of the code revokes
     * it (RFC 6749 §4.1.2, RFC 9700 §4.2.4). Empty when the code already names a session.
     *
     * @param authTime  when the user signed in at the browser (kept for every access token of the session)
     * @param resources the RFC 8707 resources granted at authorization; empty when none were named
     * @param amr       how the user signed in at the browser (RFC 8176), kept like {@code authTime}
     */
    public Optional<Issued> startFromCode(String userId, String clientId, List<String> scope, Duration clientMaxTtl,
                                          String loginSessionId, Instant authTime, List<String> amr, String ip,
                                          List<String> resources, String codeHash) {
        Instant now = clock.instant();
        Duration ttl = clientMaxTtl != null && clientMaxTtl.compareTo(maxTtl) < 0 ? clientMaxTtl : maxTtl;
        Session session = new Session(SecureTokens.random(16), userId, clientId, scope, now, now, now.plus(ttl), null, null, ip,
                authTime, resources, amr);
        String refresh = SecureTokens.random(REFRESH_TOKEN_BYTES);
        if (!store.insertForCode(session, SecureTokens.hash(refresh), loginSessionId, authTime, codeHash)) return Optional.empty();
        return Optional.of(new Issued(session, refresh));
    }

    /** Ends every token session started from this browser login session (RP-initiated logout). */
    public int endFromLogin(String loginSessionId) {
        return store.revokeByLoginSession(loginSessionId, clock.instant());
    }

    /** The token sessions started from browser login session {@code from} go on as {@code to}'s (a re-sign-in of the same user). */
    public int moveFromLogin(String from, String to) {
        return store.moveToLoginSession(from, to);
    }

    /**
     * Exchanges a refresh token of {@code clientId} for a new one. A token that was already rotated
     * away is a sign of theft: the whole session is revoked (RFC 9700 §4.14.2), whoever presents it,
     * except for one honest case: the same client presenting the token it rotated at most
     * {@code reuseInterval} ago, while its successor is still current (two tabs, a retry after a lost
     * answer). That repeat gets the SAME successor back, opened from its sealed copy with the presented
     * token (see {@link SuccessorSeal}), so the session keeps one chain. A token two rotations old, a
     * repeat after the interval or from another client is reuse. A current token of another client
     * is refused and left as it is (RFC 6749 §6: bound to its client).
     */
    public Issued refresh(String refreshToken, String clientId, String ip) {
        if (refreshToken == null || refreshToken.length() != REFRESH_TOKEN_LENGTH || !SecureTokens.isBase64Url(refreshToken)) {
            throw new DomainException(ErrorCode.INVALID_REFRESH_TOKEN);
        }
        Instant now = clock.instant();
        String oldHash = SecureTokens.hash(refreshToken);
        String next = SecureTokens.random(REFRESH_TOKEN_BYTES);
        String sealed = reuseInterval.isZero() ? null : SuccessorSeal.seal(refreshToken, next, oldHash);
        Optional<Session> rotated = store.rotate(oldHash, SecureTokens.hash(next), sealed, clientId, now, now.minus(idleTtl));
        if (rotated.isPresent()) return new Issued(rotated.get(), next);
        // Lost the rotation, or a spent token. Any rotation that competed with ours has committed by now
        // (see SessionStore#findByPreviousRefreshHash), so an honest repeat is never taken for reuse.
        Optional<Issued> repeat = store.findByPreviousRefreshHash(oldHash, now)
                .flatMap(r -> repeat(r, refreshToken, oldHash, clientId, now));
        if (repeat.isPresent()) {
            audit.record("refresh_repeat", "same_successor", repeat.get().session().userId(), null, null, ip,
                    "session=" + repeat.get().session().id());
            return repeat.get();
        }
        store.sessionOfUsedToken(oldHash).ifPresent(sessionId -> {
            onReuse.run();
            // Read before the revocation: whose session a stolen token ended is what an investigation asks first.
            Optional<Session> victim = store.findLive(sessionId, now);
            if (store.revoke(sessionId, now)) {
                audit.record("refresh_reuse", "revoked", victim.map(Session::userId).orElse(null), null, clientId, ip,
                        "session=" + sessionId + victim.map(v -> " session_client=" + v.clientId()).orElse(""));
            }
        });
        throw new DomainException(ErrorCode.INVALID_REFRESH_TOKEN);
    }

    /** The successor for an honest repeat of the session's previous token, or empty: then it is reuse. */
    private Optional<Issued> repeat(RecentRotation r, String refreshToken, String oldHash, String clientId, Instant now) {
        Session s = r.session();
        boolean honest = r.sealedSuccessor() != null && s.clientId().equals(clientId)
                && !now.isAfter(r.rotatedAt().plus(reuseInterval)) && !s.lastUsedAt().isBefore(now.minus(idleTtl));
        if (!honest) return Optional.empty();
        return SuccessorSeal.open(refreshToken, r.sealedSuccessor(), oldHash).map(successor -> new Issued(s, successor));
    }

    /** Ends the session that holds this refresh token; silent when unknown (RFC 7009 §2.2 spirit). */
    public Optional<Session> endByRefreshToken(String refreshToken) {
        if (refreshToken == null || refreshToken.length() != REFRESH_TOKEN_LENGTH) return Optional.empty();
        return store.revokeByRefreshHash(SecureTokens.hash(refreshToken), clock.instant());
    }

    /**
     * The live session whose CURRENT refresh token this is (not revoked, not idle, not expired); a
     * read only, nothing rotates. Empty for unknown, spent or dead tokens.
     */
    public Optional<Session> findByRefreshToken(String refreshToken) {
        if (refreshToken == null || refreshToken.length() != REFRESH_TOKEN_LENGTH || !SecureTokens.isBase64Url(refreshToken)) return Optional.empty();
        Instant now = clock.instant();
        return store.findByRefreshHash(SecureTokens.hash(refreshToken))
                .filter(s -> s.revokedAt() == null && s.expiresAt().isAfter(now) && !s.lastUsedAt().isBefore(now.minus(idleTtl)));
    }

    /** When the refresh token of this live session dies if unused: idle or absolute expiry, whichever is first. */
    public Instant refreshExpiry(Session s) {
        Instant idle = s.lastUsedAt().plus(idleTtl);
        return idle.isBefore(s.expiresAt()) ? idle : s.expiresAt();
    }

    public boolean isLive(String sessionId) {
        if (sessionId == null) return false;
        Instant now = clock.instant();
        return live.get(sessionId, null, now, () -> store.findLive(sessionId, now), Session::expiresAt).isPresent();
    }

    /** When the user of this live session signed in (see {@link SessionStore#signedInAt}); read from the store, never cached. */
    public Optional<Instant> signedInAt(String sessionId) {
        if (sessionId == null) return Optional.empty();
        return store.signedInAt(sessionId, clock.instant());
    }

    public Optional<Session> findLive(String sessionId) {
        return store.findLive(sessionId, clock.instant());
    }

    public List<Session> listLive(String userId) {
        return store.listLive(userId, clock.instant());
    }

    /** A page of {@link #listLive(String)}; see {@link SessionStore#listLive(String, Instant, Instant, String, int)}. */
    public List<Session> listLive(String userId, Instant afterCreatedAt, String afterId, int limit) {
        return store.listLive(userId, clock.instant(), afterCreatedAt, afterId, limit);
    }

    public boolean end(String sessionId) {
        return store.revoke(sessionId, clock.instant());
    }

    /** Ends every session of a client, e.g. when the client is deleted. */
    public int endAllForClient(String clientId) {
        return store.revokeAllForClient(clientId, clock.instant());
    }

    public int endAll(String userId, String keepSessionId) {
        return store.revokeAllForUser(userId, keepSessionId, clock.instant());
    }

    private static String truncate(String s, int max) {
        if (s == null) return null;
        return s.length() <= max ? s : s.substring(0, max);
    }
}
