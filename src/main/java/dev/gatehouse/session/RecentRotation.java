package dev.gatehouse.session;

import java.time.Instant;

/**
 * A live session whose previous refresh token is the one presented: that token was rotated away at
 * {@code rotatedAt}, and its successor is the session's current token, kept as {@code sealedSuccessor}
 * (see {@link SuccessorSeal}; null when no reuse interval was configured at the rotation).
 */
public record RecentRotation(Session session, String sealedSuccessor, Instant rotatedAt) {}
