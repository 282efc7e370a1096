package dev.gatehouse.oauth.authorize;

import java.time.Instant;
import java.util.List;

/**
 * What an authorization code stands for (RFC 6749 §4.1.2: bound to the client and redirect URI; RFC
 * 7636 §4.4: to the PKCE challenge; OIDC Core §3.1.3.6: the nonce and authentication facts the ID
 * token repeats). The code itself is never stored, only its hash.
 *
 * @param loginSessionId the browser login session the user approved from (the ID token's {@code sid})
 * @param resources      the RFC 8707 {@code resource} values of the authorization request; empty when none
 */
public record AuthorizationCode(String clientId, String userId, String redirectUri, List<String> scope, String nonce,
                                String codeChallenge, Instant authTime, List<String> amr, String loginSessionId,
                                Instant createdAt, Instant expiresAt, List<String> resources) {
    public AuthorizationCode {
        scope = List.copyOf(scope);
        amr = List.copyOf(amr);
        resources = resources == null ? List.of() : List.copyOf(resources);
    }

    /** Without resources. */
    public AuthorizationCode(String clientId, String userId, String redirectUri, List<String> scope, String nonce,
                             String codeChallenge, Instant authTime, List<String> amr, String loginSessionId,
                             Instant createdAt, Instant expiresAt) {
        this(clientId, userId, redirectUri, scope, nonce, codeChallenge, authTime, amr, loginSessionId, createdAt, expiresAt,
                List.of());
    }
}
