package dev.gatehouse.keys;

import java.time.Instant;
import java.util.List;

/**
 * The claims of a verified access token.
 *
 * @param scope     the {@code scope} claim split on spaces; empty when absent
 * @param roles     the {@code roles} claim; empty when absent (client tokens)
 * @param sessionId the {@code sid} claim; null when absent (client tokens)
 * @param authTime  the {@code auth_time} claim, when the user signed in (OIDC Core §2); null when absent
 *                  (client tokens, and user tokens issued before the claim existed)
 */
public record VerifiedAccessToken(String subject, String clientId, List<String> scope, List<String> roles,
        String sessionId, String jti, Instant expiresAt, List<String> audience, Instant authTime) {
}
