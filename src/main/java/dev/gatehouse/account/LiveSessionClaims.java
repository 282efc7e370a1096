package dev.gatehouse.account;

import java.time.Instant;

/**
 * The fields of a user that its claims are made of (OIDC Core §5.4: {@code preferred_username},
 * {@code name}, {@code email}, {@code email_verified}) and whether it is disabled, read through one of
 * its live sessions, with when that session ends: what userinfo needs, without the password hash or
 * the grants.
 */
public record LiveSessionClaims(String userId, String username, String email, boolean emailVerified, String name,
                                boolean disabled, Instant sessionExpiresAt) {}
