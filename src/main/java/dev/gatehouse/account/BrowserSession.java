package dev.gatehouse.account;

import java.time.Instant;
import java.util.List;

/**
 * A browser login session at the hosted pages (the OpenID Provider's session). {@code authTime} is
 * when the user last proved who they are (OIDC Core §2 {@code auth_time}); {@code amr} how
 * (RFC 8176 values, e.g. {@code pwd}). The cookie value is never kept, only its hash.
 *
 * @param idp the upstream provider the user signed in through (the ID token's {@code idp}), null for a password
 */
public record BrowserSession(String id, String userId, String username, Instant authTime, List<String> amr,
                           Instant createdAt, Instant expiresAt, Instant lastSeenAt, String ip, String userAgent, String idp) {
    /** A session signed in here, not through an upstream provider. */
    public BrowserSession(String id, String userId, String username, Instant authTime, List<String> amr,
                          Instant createdAt, Instant expiresAt, Instant lastSeenAt, String ip, String userAgent) {
        this(id, userId, username, authTime, amr, createdAt, expiresAt, lastSeenAt, ip, userAgent, null);
    }
}
