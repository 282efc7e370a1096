package dev.gatehouse.oauth.grant;

import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import dev.gatehouse.keys.AccessTokenIssuer;
import dev.gatehouse.keys.AccessTokenRequest;
import dev.gatehouse.keys.IssuedToken;
import dev.gatehouse.oauth.client.OAuthClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * RFC 9068 access tokens for OAuth clients: the audience the grant worked out, the client's lifetime and signing algorithm
 * ({@code access_token_signed_response_alg}) when it has them.
 */
public final class OAuthTokens {
    private final AccessTokenIssuer issuer;
    private final Duration defaultTtl;

    public OAuthTokens(AccessTokenIssuer issuer, Duration defaultTtl) {
        this.issuer = issuer;
        this.defaultTtl = defaultTtl;
    }

    /**
     * @param audience  the token's {@code aud}, from {@link dev.gatehouse.oauth.client.Audiences#forToken}
     * @param roles     null for a client's own token (no {@code roles} claim)
     * @param sessionId null for a client's own token (no {@code sid} claim)
     * @param authTime  when the user signed in; null for a client's own token (no {@code auth_time} claim)
     */
    BearerAccessToken issue(String subject, OAuthClient client, List<String> audience, List<String> scope, List<String> roles,
                            String sessionId, Instant authTime) {
        Duration ttl = client.accessTokenTtl() != null ? client.accessTokenTtl() : defaultTtl;
        IssuedToken token = issuer.issue(new AccessTokenRequest(subject, audience, client.clientId(), scope, roles, sessionId, ttl,
                        authTime), client.accessTokenSignedResponseAlg());
        return new BearerAccessToken(token.token(), ttl.toSeconds(), scope.isEmpty() ? null : new Scope(scope.toArray(String[]::new)));
    }

    /** The RFC 8707 {@code resource} values of a token request, as sent; empty when none. */
    static List<String> resources(com.nimbusds.oauth2.sdk.TokenRequest request) {
        List<java.net.URI> r = request.getResources();
        return r == null ? List.of() : r.stream().map(java.net.URI::toString).toList();
    }
}
