package dev.gatehouse.passkey;

import java.time.Instant;

/** A passkey as its owner lists it (API.md §7, {@code GET /api/v1/me/mfa}); {@code lastUsedAt} null when never used. */
public record PasskeyInfo(String id, String name, Instant createdAt, Instant lastUsedAt) {}
