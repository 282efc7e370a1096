package dev.gatehouse.session;

import java.time.Instant;
import java.util.List;

/**
 * A token session, started by /api/v1/login or an authorization code (not the browser's {@code
 * account.BrowserSession}); its refresh token is stored only as a hash, elsewhere.
 *
 * @param scope     what the login granted; null: unrestricted (a /api/v1/login without {@code scope}), every
 *                  token carries the user's permissions of its moment (see {@code rbac.ScopePolicy})
 * @param authTime  when the user signed in (OIDC Core §2 {@code auth_time}; column {@code signed_in_at}):
 *                  {@code createdAt} for a session of /api/v1/login, the browser sign-in for one started from
 *                  an authorization code; null when unknown (a code session whose browser session was gone at
 *                  migration V10), which counts as an old sign-in: its access tokens carry no {@code auth_time}
 * @param resources the RFC 8707 resources granted at authorization; empty when none were named
 * @param amr       how the user signed in (RFC 8176 {@code amr}, e.g. {@code pwd}, {@code otp}, {@code mfa}), kept for
 *                  every refresh like {@code authTime}; empty when unknown (a session from before migration V14)
 */
public record Session(String id, String userId, String clientId, List<String> scope, Instant createdAt,
                      Instant lastUsedAt, Instant expiresAt, Instant revokedAt, String userAgent, String ip,
                      Instant authTime, List<String> resources, List<String> amr) {

    public Session {
        resources = resources == null ? List.of() : List.copyOf(resources);
        amr = amr == null ? List.of() : List.copyOf(amr);
    }

    /** Without a recorded {@code amr}. */
    public Session(String id, String userId, String clientId, List<String> scope, Instant createdAt,
                   Instant lastUsedAt, Instant expiresAt, Instant revokedAt, String userAgent, String ip,
                   Instant authTime, List<String> resources) {
        this(id, userId, clientId, scope, createdAt, lastUsedAt, expiresAt, revokedAt, userAgent, ip, authTime, resources, List.of());
    }

    /** The Authentication Context Class Reference (OIDC Core §2): "2" after two factors (RFC 8176 {@code mfa}), else "1". */
    public String acr() {
        return amr.contains("mfa") ? "2" : "1";
    }

    /** Signed in when the session started, without resources. */
    public Session(String id, String userId, String clientId, List<String> scope, Instant createdAt,
                   Instant lastUsedAt, Instant expiresAt, Instant revokedAt, String userAgent, String ip) {
        this(id, userId, clientId, scope, createdAt, lastUsedAt, expiresAt, revokedAt, userAgent, ip, createdAt, List.of());
    }
}
