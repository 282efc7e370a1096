package dev.gatehouse.oauth;

import dev.gatehouse.account.LiveSessionClaims;
import dev.gatehouse.account.User;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The standard claims about a user that the granted scopes release (OIDC Core §5.4): {@code profile}
 * gives {@code preferred_username} and {@code name} (when known), {@code email} gives {@code email}
 * and {@code email_verified} (when the user has an address). The one source for both the ID token and
 * userinfo, so the two never disagree (Keycloak puts the same claims in both by default).
 */
public final class StandardClaims {
    private StandardClaims() {}

    public static Map<String, Object> of(User user, Collection<String> scope) {
        return of(user.username(), user.name(), user.email(), user.emailVerified(), scope);
    }

    /** The same claims from the fields userinfo reads (without the password hash or grants). */
    public static Map<String, Object> of(LiveSessionClaims user, Collection<String> scope) {
        return of(user.username(), user.name(), user.email(), user.emailVerified(), scope);
    }

    private static Map<String, Object> of(String username, String name, String email, boolean emailVerified, Collection<String> scope) {
        Map<String, Object> claims = new LinkedHashMap<>();
        if (scope.contains("profile")) {
            claims.put("preferred_username", username);
            if (name != null) claims.put("name", name);
        }
        if (scope.contains("email") && email != null) {
            claims.put("email", email);
            claims.put("email_verified", emailVerified);
        }
        return claims;
    }
}
