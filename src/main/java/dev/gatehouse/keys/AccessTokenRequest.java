package dev.gatehouse.keys;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What goes into an access token (RFC 9068 §2.2).
 *
 * @param subject   the user's stable id; for client credentials the client id
 * @param audience  at least one audience
 * @param scope     granted scopes, written as one space-separated {@code scope} claim (omitted when empty)
 * @param roles     the user's roles; null for client tokens (then no {@code roles} claim)
 * @param sessionId the session id; null for client tokens (then no {@code sid} claim)
 * @param ttl       lifetime, positive and at most the {@link KeyService}'s access token TTL
 * @param authTime  when the user signed in (OIDC Core §2 {@code auth_time}); null for client tokens (then no claim)
 * @param amr       how the user signed in (RFC 8176); empty: unknown or a client token (then no claim)
 */
public record AccessTokenRequest(String subject, List<String> audience, String clientId, List<String> scope,
        List<String> roles, String sessionId, Duration ttl, Instant authTime, List<String> amr) {

    /** Without {@code amr}. */
    public AccessTokenRequest(String subject, List<String> audience, String clientId, List<String> scope,
            List<String> roles, String sessionId, Duration ttl, Instant authTime) {
        this(subject, audience, clientId, scope, roles, sessionId, ttl, authTime, List.of());
    }

    /** Without {@code auth_time}. */
    public AccessTokenRequest(String subject, List<String> audience, String clientId, List<String> scope,
            List<String> roles, String sessionId, Duration ttl) {
        this(subject, audience, clientId, scope, roles, sessionId, ttl, null);
    }

    public AccessTokenRequest {
        requireText(subject, "subject");
        requireText(clientId, "clientId");
        Objects.requireNonNull(audience, "audience");
        if (audience.isEmpty()) {
            throw new IllegalArgumentException("audience must not be empty (RFC 9068 §2.2)");
        }
        audience = List.copyOf(audience);
        audience.forEach(a -> requireText(a, "audience entry"));
        scope = scope == null ? List.of() : List.copyOf(scope);
        for (String s : scope) {
            // RFC 6749 §3.3: scope-token = 1*( %x21 / %x23-5B / %x5D-7E ), no spaces.
            if (s.isEmpty() || !s.chars().allMatch(c -> c == 0x21 || (c >= 0x23 && c <= 0x5B) || (c >= 0x5D && c <= 0x7E))) {
                throw new IllegalArgumentException("invalid scope token: '" + s + "'");
            }
        }
        roles = roles == null ? null : List.copyOf(roles);
        amr = amr == null ? List.of() : List.copyOf(amr);
        if (sessionId != null) {
            requireText(sessionId, "sessionId");
        }
        Objects.requireNonNull(ttl, "ttl");
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("ttl must be positive");
        }
    }

    private static void requireText(String s, String name) {
        if (s == null || s.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
