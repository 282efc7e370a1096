package dev.gatehouse.federation;

import java.time.Instant;

/** An upstream account linked to a local user, keyed by (provider, upstream subject), never by email. */
public record LinkedIdentity(String providerId, String subject, String userId, String email, Instant createdAt,
                             Instant lastUsedAt) {}
