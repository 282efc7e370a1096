package dev.gatehouse.federation.upstream;

import com.nimbusds.oauth2.sdk.AuthorizationRequest;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.token.Tokens;
import dev.gatehouse.federation.ProviderSettings;
import dev.gatehouse.federation.Upstream;
import dev.gatehouse.federation.UpstreamException;
import dev.gatehouse.federation.UpstreamException.Reason;
import dev.gatehouse.federation.UpstreamStart;
import dev.gatehouse.federation.UpstreamUser;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * A plain OAuth 2 provider (GitHub, Facebook): the code flow with {@code state} and PKCE S256 (RFC 6749
 * §4.1, RFC 7636), the token request with the secret in the form, then the provider's user API. There
 * is no ID token, hence no nonce, and no native sign-in: an access token proves nothing about which
 * app it was issued to.
 */
final class OAuthUpstream implements Upstream {
    private final ProviderSettings settings;
    private final OAuthProfile profile;
    private final UpstreamHttp http;
    private final TokenExchange exchange;
    private final URI authorizationEndpoint;
    private final URI tokenEndpoint;
    private final URI apiBase;

    OAuthUpstream(ProviderSettings settings, OAuthProfile profile, UpstreamHttp http) throws UpstreamException {
        this.settings = settings;
        this.profile = profile;
        this.http = http;
        this.exchange = new TokenExchange(http);
        Map<String, String> e = settings.endpoints();
        this.authorizationEndpoint = OidcDiscovery.uri(e.getOrDefault("authorization_endpoint", profile.authorizationEndpoint()));
        this.tokenEndpoint = OidcDiscovery.uri(e.getOrDefault("token_endpoint", profile.tokenEndpoint()));
        this.apiBase = OidcDiscovery.uri(e.getOrDefault("api_base", profile.apiBase()));
    }

    @Override
    public UpstreamStart start(URI callbackUri) {
        State state = new State();
        CodeVerifier verifier = new CodeVerifier();
        Scope scope = new Scope();
        (settings.scopes().isEmpty() ? profile.defaultScopes() : settings.scopes()).forEach(scope::add);
        URI uri = new AuthorizationRequest.Builder(ResponseType.CODE, new ClientID(settings.clientId()))
                .endpointURI(authorizationEndpoint)
                .redirectionURI(callbackUri)
                .scope(scope)
                .state(state)
                .codeChallenge(verifier, CodeChallengeMethod.S256)
                .build()
                .toURI();
        return new UpstreamStart(uri, state.getValue(), null, verifier.getValue());
    }

    @Override
    public UpstreamUser finish(UpstreamStart started, Map<String, String> callback, URI callbackUri) throws UpstreamException {
        String code = TokenExchange.codeOf(callback);
        Tokens tokens = exchange.oauth(TokenExchange.codeGrant(tokenEndpoint,
                new ClientSecretPost(new ClientID(settings.clientId()), TokenExchange.secretOf(settings)), code, callbackUri,
                started.codeVerifier()));
        Map<String, Object> claims = new HashMap<>(profile.user(http, apiBase, tokens.getAccessToken().getValue()));
        claims.remove("amr"); // nothing an OAuth user API says about how the person signed in is vouched for
        return UserClaims.toUser(claims, settings.trustEmail());
    }

    @Override
    public UpstreamUser verifyIdToken(String idToken, String nonce) throws UpstreamException {
        throw new UpstreamException(Reason.INVALID, settings.type().wireName() + " issues no ID tokens");
    }

    /** {@code path} (with its query) under the API base, e.g. {@code https://api.github.com} + {@code /user}. */
    static URI under(URI base, String path) throws UpstreamException {
        String b = base.toString();
        return OidcDiscovery.uri((b.endsWith("/") ? b.substring(0, b.length() - 1) : b) + path);
    }
}
