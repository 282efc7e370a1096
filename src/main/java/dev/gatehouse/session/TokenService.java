package dev.gatehouse.session;

import dev.gatehouse.keys.AccessTokenIssuer;
import dev.gatehouse.keys.AccessTokenRequest;
import dev.gatehouse.keys.IssuedToken;
import dev.gatehouse.rbac.Grants;
import dev.gatehouse.rbac.ScopePolicy;
import java.time.Duration;
import java.util.List;

/** Builds token responses for sessions from the user's current grants. */
public final class TokenService {
    private final AccessTokenIssuer issuer;
    private final List<String> audience;
    private final Duration accessTokenTtl;

    public TokenService(AccessTokenIssuer issuer, String audience, Duration accessTokenTtl) {
        this.issuer = issuer;
        this.audience = List.of(audience);
        this.accessTokenTtl = accessTokenTtl;
    }

    /**
     * Tokens of the built-in login: first-party, so {@code aud} is Gatehouse's own audience; {@code auth_time}
     * is the session's sign-in, the same for every refresh (OIDC Core §2).
     *
     * <p>Permissions are recomputed from the user's roles at every issue ({@link ScopePolicy#firstParty}):
     * a session whose login asked for no scope carries all of them, so a role granted since shows at
     * the next refresh; one whose login asked for a scope stays within what that login granted
     * (RFC 6749 §6). Either way a removed permission is gone at the next token (API.md §2).
     * {@code roles} is the user's current roles.
     */
    public TokenResponse issue(String userId, Session session, Grants grants, String refreshToken) {
        List<String> scope = ScopePolicy.firstParty(grants, session.scope(), null);
        IssuedToken token = issuer.issue(new AccessTokenRequest(userId, audience, session.clientId(), scope,
                grants.roles(), session.id(), accessTokenTtl, session.authTime()));
        return new TokenResponse(token.token(), "Bearer", accessTokenTtl.toSeconds(), refreshToken, String.join(" ", scope));
    }
}
