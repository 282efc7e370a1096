package dev.gatehouse.oauth.authorize;

import java.time.Instant;

/**
 * What an already spent authorization code says about its first redemption: the token session it
 * started and when that session was created, both null while that redemption is still in flight (or
 * when it issued nothing).
 */
public record FirstRedemption(String sessionId, Instant sessionCreatedAt) {}
