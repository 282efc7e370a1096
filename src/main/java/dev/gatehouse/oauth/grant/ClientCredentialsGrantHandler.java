package dev.gatehouse.oauth.grant;

import com.nimbusds.oauth2.sdk.AccessTokenResponse;
import com.nimbusds.oauth2.sdk.GrantType;
import com.nimbusds.oauth2.sdk.OAuth2Error;
import dev.gatehouse.audit.AuditLog;
import dev.gatehouse.oauth.OAuthException;
import dev.gatehouse.oauth.client.Audiences;
import dev.gatehouse.oauth.client.ClientType;
import dev.gatehouse.oauth.client.OAuthClient;
import dev.gatehouse.rbac.ScopePolicy;
import dev.gatehouse.session.TokenService;
import java.util.List;

/**
 * RFC 6749 §4.4: a confidential client gets a token for itself. {@code sub} is the client id, the
 * scope is what it asked for out of what it may ask for (all of it when it asked for nothing, §3.3),
 * no refresh token (§4.4.3), no roles, no session.
 */
public final class ClientCredentialsGrantHandler implements TokenGrant {
    private final TokenService tokens;
    private final Audiences audiences;
    private final AuditLog audit;

    public ClientCredentialsGrantHandler(TokenService tokens, Audiences audiences, AuditLog audit) {
        this.audiences = audiences;
        this.tokens = tokens;
        this.audit = audit;
    }

    @Override
    public GrantType type() {
        return GrantType.CLIENT_CREDENTIALS;
    }

    @Override
    public AccessTokenResponse handle(TokenParameters request, OAuthClient client, String ip) {
        // RFC 6749 §4.4: MUST only be used by confidential clients.
        if (client.type() != ClientType.CONFIDENTIAL) {
            throw new OAuthException(OAuth2Error.UNAUTHORIZED_CLIENT, "client_credentials is for confidential clients only");
        }
        // RFC 6749 §3.1: a parameter without a value counts as omitted (§3.3: then the default scope).
        List<String> requested = request.scope();
        List<String> refused = ScopePolicy.beyond(client.scopes(), requested);
        if (!refused.isEmpty()) throw new OAuthException(OAuth2Error.INVALID_SCOPE, "The client may not ask for: " + String.join(" ", refused));
        List<String> scope = ScopePolicy.forClient(client.scopes(), requested);
        // RFC 8707 §2: a resource must be one of the client's audience; none named: its whole audience.
        List<String> audience = audiences.forToken(client, audiences.check(client, request.resources(), null), null);
        audit.record("client_credentials", "success", null, client.clientId(), client.clientId(), ip, null);
        return new AccessTokenResponse(GrantTokens.tokens(tokens.issue(GrantTokens.recipient(client, audience),
                TokenService.Subject.client(client.clientId()), scope, null)));
    }
}
