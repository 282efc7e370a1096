package dev.gatehouse.account;

import java.time.Instant;

/** A user with grants, read through one of its live sessions, and when that session ends. */
public record LiveSessionUser(UserWithGrants user, Instant sessionExpiresAt) {}
