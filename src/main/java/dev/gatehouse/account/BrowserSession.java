package dev.gatehouse.account;

import java.time.Instant;
import java.util.List;

/**
 * A browser login session at the hosted pages (the OpenID Provider's session). {@code authTime} is
 * when the user last proved who they are (OIDC Core §2 {@code auth_time}); {@code amr} how
 * (RFC 8176 values, e.g. {@code pwd}). The cookie value is never kept, only its hash.
 */
public record BrowserSession(String id, String userId, String username, Instant authTime, List<String> amr,
                           Instant createdAt, Instant expiresAt, Instant lastSeenAt, String ip, String userAgent) {}
