package dev.gatehouse.oauth.grant;

import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import dev.gatehouse.keys.AccessTokenIssuer;
import dev.gatehouse.keys.AccessTokenRequest;
import dev.gatehouse.keys.IssuedToken;
import dev.gatehouse.oauth.client.OAuthClient;
import java.time.Duration;
import java.util.List;

/**
 * RFC 9068 access tokens for OAuth clients: the server's audience, the client's lifetime and signing algorithm
 * ({@code access_token_signed_response_alg}) when it has them.
 */
public final class OAuthTokens {
    private final AccessTokenIssuer issuer;
    private final List<String> audience;
    private final Duration defaultTtl;

    public OAuthTokens(AccessTokenIssuer issuer, String audience, Duration defaultTtl) {
        this.issuer = issuer;
        this.audience = List.of(audience);
        this.defaultTtl = defaultTtl;
    }

    /**
     * @param roles     null for a client's own token (no {@code roles} claim)
     * @param sessionId null for a client's own token (no {@code sid} claim)
     */
    BearerAccessToken issue(String subject, OAuthClient client, List<String> scope, List<String> roles, String sessionId) {
        Duration ttl = client.accessTokenTtl() != null ? client.accessTokenTtl() : defaultTtl;
        IssuedToken token = issuer.issue(new AccessTokenRequest(subject, audience, client.clientId(), scope, roles, sessionId, ttl),
                client.accessTokenSignedResponseAlg());
        return new BearerAccessToken(token.token(), ttl.toSeconds(), scope.isEmpty() ? null : new Scope(scope.toArray(String[]::new)));
    }
}
