package dev.gatehouse.oauth.endpoint;

import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenIntrospectionSuccessResponse;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.Audience;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.JWTID;
import com.nimbusds.oauth2.sdk.id.Subject;
import com.nimbusds.oauth2.sdk.token.AccessTokenType;
import dev.gatehouse.keys.AccessTokenVerifier;
import dev.gatehouse.keys.InvalidTokenException;
import dev.gatehouse.keys.VerifiedAccessToken;
import dev.gatehouse.oauth.OAuthException;
import dev.gatehouse.oauth.client.ClientAuthenticator;
import dev.gatehouse.oauth.client.ClientType;
import dev.gatehouse.oauth.client.OAuthClient;
import dev.gatehouse.session.Session;
import dev.gatehouse.session.SessionService;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /oauth2/introspect} (RFC 7662).
 * <p>Who may ask (RFC 7662 §2.1, §4): only an authenticated confidential client; a public client
 * has no credential to prove who asks, so it gets {@code invalid_client}. Access tokens: any such
 * client may introspect them (that is what resource servers do), and they are active when the
 * signature, type, issuer and lifetime verify (whatever the audience) and, for a user's token, its session is
 * still live, so a logout or revocation shows at once. Refresh tokens: only the client they were
 * issued to learns about them; for any other caller they are inactive (RFC 7662 §4, token
 * scanning). Inactive is exactly {@code {"active":false}} (§2.2).
 */
public final class IntrospectionEndpoint {
    private final ClientAuthenticator authenticator;
    private final AccessTokenVerifier verifier;
    private final SessionService sessions;
    private final String issuer;
    private final String url;

    public IntrospectionEndpoint(ClientAuthenticator authenticator, AccessTokenVerifier verifier, SessionService sessions,
                                 String issuer, String url) {
        this.authenticator = authenticator;
        this.verifier = verifier;
        this.sessions = sessions;
        this.issuer = issuer;
        this.url = url;
    }

    public HTTPResponse handle(HTTPRequest request, String ip) {
        try {
            HTTPResponse response = introspect(request).toHTTPResponse();
            response.setCacheControl("no-store");
            return response;
        } catch (OAuthException e) {
            return OAuthResponses.error(e);
        }
    }

    private TokenIntrospectionSuccessResponse introspect(HTTPRequest request) {
        Map<String, List<String>> params = FormParameters.parse(request);
        OAuthClient caller = authenticator.authenticate(request, params, url);
        if (caller.type() != ClientType.CONFIDENTIAL) {
            throw OAuthException.invalidClient("Introspection requires an authenticated confidential client", false);
        }
        String token = FormParameters.single(params, "token");
        if (token == null) throw OAuthException.invalidRequest("token is required");
        // token_type_hint only orders the look-ups (RFC 7662 §2.1); both kinds are tried.
        boolean refreshFirst = "refresh_token".equals(FormParameters.single(params, "token_type_hint"));
        Optional<TokenIntrospectionSuccessResponse> found = refreshFirst
                ? refresh(token, caller).or(() -> access(token))
                : access(token).or(() -> refresh(token, caller));
        return found.orElseGet(() -> new TokenIntrospectionSuccessResponse.Builder(false).build());
    }

    private Optional<TokenIntrospectionSuccessResponse> access(String token) {
        if (token.indexOf('.') < 0) return Optional.empty();
        VerifiedAccessToken t;
        // Any audience: the resource server asking decides from the aud reported (RFC 7662 §2.2, §4).
        try {
            t = verifier.verifyAnyAudience(token);
        } catch (InvalidTokenException e) {
            return Optional.empty();
        }
        if (t.sessionId() != null && !sessions.isLive(t.sessionId())) return Optional.empty();
        TokenIntrospectionSuccessResponse.Builder b = new TokenIntrospectionSuccessResponse.Builder(true)
                .tokenType(AccessTokenType.BEARER)
                .clientID(new ClientID(t.clientId()))
                .subject(new Subject(t.subject()))
                .issuer(new Issuer(issuer))
                .audience(t.audience().stream().map(Audience::new).toList())
                .expirationTime(Date.from(t.expiresAt()))
                .jwtID(new JWTID(t.jti()));
        if (!t.scope().isEmpty()) b.scope(new Scope(t.scope().toArray(String[]::new)));
        if (t.sessionId() != null) b.parameter("sid", t.sessionId());
        return Optional.of(b.build());
    }

    private Optional<TokenIntrospectionSuccessResponse> refresh(String token, OAuthClient caller) {
        Optional<Session> session = sessions.findByRefreshToken(token).filter(s -> s.clientId().equals(caller.clientId()));
        return session.map(s -> {
            TokenIntrospectionSuccessResponse.Builder b = new TokenIntrospectionSuccessResponse.Builder(true)
                    .clientID(new ClientID(s.clientId()))
                    .subject(new Subject(s.userId()))
                    .issuer(new Issuer(issuer))
                    .expirationTime(Date.from(sessions.refreshExpiry(s)))
                    .issueTime(Date.from(s.createdAt()))
                    .parameter("sid", s.id());
            if (s.scope() != null && !s.scope().isEmpty()) b.scope(new Scope(s.scope().toArray(String[]::new)));
            return b.build();
        });
    }
}
