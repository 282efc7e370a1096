package dev.gatehouse.web.http;

import java.time.Instant;
import java.util.List;

/**
 * Who a valid Bearer token speaks for.
 *
 * @param authTime when the user signed in (the token's {@code auth_time}, OIDC Core §2); null when the token has
 *                 none (issued before the claim existed): treat as "not recently"
 */
public record Principal(String userId, String sessionId, String clientId, List<String> scope, List<String> roles, Instant authTime) {}
