package dev.gatehouse.federation.upstream;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.token.AccessToken;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.token.OIDCTokens;
import dev.gatehouse.federation.ProviderSettings;
import dev.gatehouse.federation.Upstream;
import dev.gatehouse.federation.UpstreamException;
import dev.gatehouse.federation.UpstreamException.Reason;
import dev.gatehouse.federation.UpstreamStart;
import dev.gatehouse.federation.UpstreamUser;
import java.net.URI;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An OpenID provider (OpenID Connect Core 1.0, authorization code flow §3.1), found through
 * discovery; presets differ from it only through their {@link OidcProfile}.
 */
final class OidcUpstream implements Upstream {
    static final List<String> DEFAULT_SCOPES = List.of("openid", "email", "profile");

    private final ProviderSettings settings;
    private final OidcProfile profile;
    private final UpstreamHttp http;
    private final Clock clock;
    private final OidcDiscovery discovery;
    private final TokenExchange exchange;
    private volatile UpstreamKeys keys;

    OidcUpstream(ProviderSettings settings, OidcProfile profile, UpstreamHttp http, Clock clock) throws UpstreamException {
        this.settings = settings;
        this.profile = profile;
        this.http = http;
        this.clock = clock;
        String issuer = settings.issuer() != null ? settings.issuer() : profile.builtInIssuer(settings);
        if (issuer == null) throw new UpstreamException(Reason.UNAVAILABLE, settings.id() + ": no issuer configured");
        this.discovery = new OidcDiscovery(http, issuer, documented -> profile.documentIssuerMatches(issuer, documented),
                settings.endpoints(), clock);
        this.exchange = new TokenExchange(http);
    }

    @Override
    public UpstreamStart start(URI callbackUri) throws UpstreamException {
        OIDCProviderMetadata metadata = discovery.current().metadata();
        State state = new State();
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        AuthenticationRequest.Builder request = new AuthenticationRequest.Builder(ResponseType.CODE, scope(),
                new ClientID(settings.clientId()), callbackUri)
                .endpointURI(metadata.getAuthorizationEndpointURI())
                .state(state)
                .nonce(nonce)
                .codeChallenge(verifier, CodeChallengeMethod.S256);
        if (profile.responseMode() != null) request.responseMode(profile.responseMode());
        return new UpstreamStart(request.build().toURI(), state.getValue(), nonce.getValue(), verifier.getValue());
    }

    @Override
    public UpstreamUser finish(UpstreamStart started, Map<String, String> callback, URI callbackUri) throws UpstreamException {
        String code = TokenExchange.codeOf(callback);
        OidcDiscovery.Discovered discovered = discovery.current();
        OIDCProviderMetadata metadata = discovered.metadata();
        // RFC 9207 §2.4: a sent iss must be the provider's (mix-up defence); a provider that announces
        // the parameter must send it.
        String iss = callback.get("iss");
        if (iss != null && !profile.responseIssuerMatches(discovered.issuer(), iss)) {
            throw new UpstreamException(Reason.INVALID, "authorization response iss is not the provider's");
        }
        if (iss == null && metadata.supportsAuthorizationResponseIssuerParam()) {
            throw new UpstreamException(Reason.INVALID, "authorization response lacks the announced iss");
        }
        OIDCTokens tokens = exchange.oidc(TokenExchange.codeGrant(metadata.getTokenEndpointURI(),
                profile.clientAuthentication(settings, metadata, clock), code, callbackUri, started.codeVerifier()));
        JWTClaimsSet claims = verify(discovered, tokens.getIDTokenString(), Set.of(settings.clientId()),
                tokenNonce -> tokenNonce != null && tokenNonce.equals(started.nonce()));
        Map<String, Object> all = new HashMap<>(claims.getClaims());
        profile.callbackClaims(callback).forEach(all::putIfAbsent);
        addUserInfo(metadata, tokens.getAccessToken(), all);
        return UserClaims.toUser(all, settings.trustEmail());
    }

    @Override
    public UpstreamUser verifyIdToken(String idToken, String nonce) throws UpstreamException {
        OidcDiscovery.Discovered discovered = discovery.current();
        Set<String> audiences = new LinkedHashSet<>();
        audiences.add(settings.clientId());
        audiences.addAll(settings.audiences());
        // API.md §6: a sent nonce must match; a token carrying one needs one sent (else a token
        // captured from another app's sign-in, nonce and all, could be replayed here).
        JWTClaimsSet claims = verify(discovered, idToken, audiences, tokenNonce -> nonce == null
                ? tokenNonce == null
                : tokenNonce != null && profile.nativeNonceMatches(nonce, tokenNonce));
        return UserClaims.toUser(claims.getClaims(), settings.trustEmail());
    }

    private JWTClaimsSet verify(OidcDiscovery.Discovered discovered, String idToken, Set<String> audiences,
                                IdTokenClaims.NonceRule nonce) throws UpstreamException {
        JWTClaimsSet claims = keysFor(discovered.metadata()).verify(idToken);
        String documented = discovered.issuer();
        new IdTokenClaims(c -> profile.tokenIssuerMatches(documented, c), audiences, nonce)
                .check(claims, clock.instant());
        return claims;
    }

    /** The key source of the current document; a new one when a re-read document names other keys or algorithms. */
    private UpstreamKeys keysFor(OIDCProviderMetadata metadata) throws UpstreamException {
        UpstreamKeys k = keys;
        if (k != null && k.serves(metadata)) return k;
        synchronized (this) {
            k = keys;
            if (k == null || !k.serves(metadata)) {
                k = new UpstreamKeys(http, metadata.getJWKSetURI(), metadata.getIDTokenJWSAlgs());
                keys = k;
            }
            return k;
        }
    }

    /**
     * Core §5.3: the UserInfo endpoint fills what the ID token leaves out (some providers put only
     * {@code sub} in it). Its {@code sub} must be the token's (§5.3.2: else the answer may be another
     * person's); its claims never replace the token's.
     */
    private void addUserInfo(OIDCProviderMetadata metadata, AccessToken accessToken, Map<String, Object> claims)
            throws UpstreamException {
        boolean complete = claims.get("email") != null && claims.get("name") != null;
        if (complete || metadata.getUserInfoEndpointURI() == null || accessToken == null) return;
        Map<String, Object> info = http.getObject("userinfo", metadata.getUserInfoEndpointURI(), accessToken.getValue());
        if (!claims.get("sub").equals(info.get("sub"))) {
            throw new UpstreamException(Reason.INVALID, "userinfo sub is not the ID token's");
        }
        // An address and its verification travel together: never one from the token, the other from here.
        if (claims.get("email") != null) {
            info.remove("email");
            info.remove("email_verified");
        }
        info.remove("amr"); // how the person signed in is the ID token's to say
        info.forEach(claims::putIfAbsent);
    }

    private Scope scope() {
        Scope scope = new Scope("openid");
        for (String s : settings.scopes().isEmpty() ? profile.defaultScopes() : settings.scopes()) {
            if (!scope.contains(s)) scope.add(s);
        }
        return scope;
    }
}
