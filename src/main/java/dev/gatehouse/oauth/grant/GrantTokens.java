package dev.gatehouse.oauth.grant;

import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import com.nimbusds.oauth2.sdk.token.Tokens;
import dev.gatehouse.oauth.client.OAuthClient;
import dev.gatehouse.session.TokenResponse;
import dev.gatehouse.session.TokenService;
import java.net.URI;
import java.util.List;

/** Between the grants and {@link TokenService}: an OAuth client as a token's recipient, and the response as Nimbus tokens. */
final class GrantTokens {
    private GrantTokens() {}

    /**
     * The client's access tokens: the audience the grant worked out, the client's own lifetime and signing
     * algorithm ({@code access_token_signed_response_alg}) when it has them, else the configured ones.
     *
     * @param audience from {@link dev.gatehouse.oauth.client.Audiences#forToken}
     */
    static TokenService.Recipient recipient(OAuthClient client, List<String> audience) {
        return new TokenService.Recipient(client.clientId(), audience, client.accessTokenTtl(), client.accessTokenSignedResponseAlg());
    }

    /** The access token of a response, {@code scope} left out when nothing was granted. */
    private static BearerAccessToken bearer(TokenResponse r) {
        return new BearerAccessToken(r.accessToken(), r.expiresIn(), r.scope().isEmpty() ? null : Scope.parse(r.scope()));
    }

    /** The access token and, when the response has one, the refresh token. */
    static Tokens tokens(TokenResponse r) {
        return new Tokens(bearer(r), r.refreshToken() == null ? null : new RefreshToken(r.refreshToken()));
    }

    /** The RFC 8707 {@code resource} values of a Nimbus token request, as sent; empty when none. */
    static List<String> resources(TokenRequest request) {
        List<URI> r = request.getResources();
        return r == null ? List.of() : r.stream().map(URI::toString).toList();
    }
}
