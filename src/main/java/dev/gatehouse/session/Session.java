package dev.gatehouse.session;

import java.time.Instant;
import java.util.List;

/** A login session; its refresh token is stored only as a hash, elsewhere. */
public record Session(String id, String userId, String clientId, List<String> scope, Instant createdAt,
                      Instant lastUsedAt, Instant expiresAt, Instant revokedAt, String userAgent, String ip) {}
