package dev.gatehouse.session;

import dev.gatehouse.audit.AuditLog;
import dev.gatehouse.core.ApiException;
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

    /**
     * @param onReuse called once per detected reuse (a metric)
     * @param live answers {@link #isLive}, the check of every Bearer-protected request
     */
    public SessionService(SessionStore store, AuditLog audit, Clock clock, Duration idleTtl, Duration maxTtl, Runnable onReuse,
                          LiveSessionCache<Session> live) {
        this.onReuse = onReuse;
        this.live = live;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        this.idleTtl = idleTtl;
        this.maxTtl = maxTtl;
    }

    public record Issued(Session session, String refreshToken) {}

    public Issued start(String userId, String clientId, List<String> scope, String userAgent, String ip) {
        Instant now = clock.instant();
        // Session ids are 128 random bits (SECURITY.md "Sessions and tokens").
        Session session = new Session(SecureTokens.random(16), userId, clientId, scope, now, now, now.plus(maxTtl), null,
                truncate(userAgent, 512), ip);
        String refresh = SecureTokens.random(REFRESH_TOKEN_BYTES);
        store.insert(session, SecureTokens.hash(refresh));
        return new Issued(session, refresh);
    }

    /**
     * Starts a token session for an OAuth client from a browser login session (authorization code
     * grant), with the client's absolute lifetime when it has one (never longer than the server's).
     *
     * @param authTime  when the user signed in at the browser (kept for every access token of the session)
     * @param resources the RFC 8707 resources granted at authorization; empty when none were named
     */
    public Issued startFromLogin(String userId, String clientId, List<String> scope, Duration clientMaxTtl,
                                 String loginSessionId, Instant authTime, String ip, List<String> resources) {
        Instant now = clock.instant();
        Duration ttl = clientMaxTtl != null && clientMaxTtl.compareTo(maxTtl) < 0 ? clientMaxTtl : maxTtl;
        Session session = new Session(SecureTokens.random(16), userId, clientId, scope, now, now, now.plus(ttl), null, null, ip,
                authTime, resources);
        String refresh = SecureTokens.random(REFRESH_TOKEN_BYTES);
        store.insertFromLogin(session, SecureTokens.hash(refresh), loginSessionId, authTime);
        return new Issued(session, refresh);
    }

    /** Ends every token session started from this browser login session (RP-initiated logout). */
    public int endFromLogin(String loginSessionId) {
        return store.revokeByLoginSession(loginSessionId, clock.instant());
    }

    /**
     * Exchanges a refresh token of {@code clientId} for a new one. A token that was already rotated
     * away is a sign of theft: the whole session is revoked (RFC 9700 §4.14.2), whoever presents it.
     * A current token of another client is refused and left as it is (RFC 6749 §6: bound to its client).
     */
    public Issued refresh(String refreshToken, String clientId, String ip) {
        if (refreshToken == null || refreshToken.length() != REFRESH_TOKEN_LENGTH || !isBase64Url(refreshToken)) {
            throw new ApiException(ErrorCode.INVALID_REFRESH_TOKEN);
        }
        Instant now = clock.instant();
        String oldHash = SecureTokens.hash(refreshToken);
        String next = SecureTokens.random(REFRESH_TOKEN_BYTES);
        Optional<Session> rotated = store.rotate(oldHash, SecureTokens.hash(next), clientId, now, now.minus(idleTtl));
        if (rotated.isPresent()) return new Issued(rotated.get(), next);
        store.sessionOfUsedToken(oldHash).ifPresent(sessionId -> {
            onReuse.run();
            if (store.revoke(sessionId, now)) {
                audit.record("refresh_reuse", "revoked", null, null, null, ip, "session=" + sessionId);
            }
        });
        throw new ApiException(ErrorCode.INVALID_REFRESH_TOKEN);
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
        if (refreshToken == null || refreshToken.length() != REFRESH_TOKEN_LENGTH || !isBase64Url(refreshToken)) return Optional.empty();
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

    private static boolean isBase64Url(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
            if (!ok) return false;
        }
        return true;
    }

    private static String truncate(String s, int max) {
        if (s == null) return null;
        return s.length() <= max ? s : s.substring(0, max);
    }
}
