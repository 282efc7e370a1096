package dev.gatehouse.oauth.endpoint;

import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import dev.gatehouse.audit.AuditLog;
import dev.gatehouse.keys.AccessTokenVerifier;
import dev.gatehouse.keys.InvalidTokenException;
import dev.gatehouse.keys.VerifiedAccessToken;
import dev.gatehouse.oauth.OAuthException;
import dev.gatehouse.oauth.client.ClientAuthenticator;
import dev.gatehouse.oauth.client.OAuthClient;
import dev.gatehouse.session.Session;
import dev.gatehouse.session.SessionService;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /oauth2/revoke} (RFC 7009). The client authenticates (a public client with its
 * {@code client_id}, §2.1) and may revoke only tokens issued to it (§2.1: "the authorization server
 * first validates ... whether the token was issued to the client making the revocation request").
 * A refresh token ends its session (§2.1: the access tokens of the same grant go with it); a user's
 * access token ends its session too, which this server and introspection see at once. A client's
 * own client_credentials token is self-contained and stays valid until it expires (short-lived).
 * Unknown, invalid, foreign and already revoked tokens all get the same 200 (§2.2).
 */
public final class RevocationEndpoint {
    private final ClientAuthenticator authenticator;
    private final AccessTokenVerifier verifier;
    private final SessionService sessions;
    private final AuditLog audit;
    private final String url;
    private final BrowserOrigin browser;

    /** @param origins the clients' web origins: a browser elsewhere revokes nothing (API.md §8) */
    public RevocationEndpoint(ClientAuthenticator authenticator, AccessTokenVerifier verifier, SessionService sessions,
                              AuditLog audit, String url, dev.gatehouse.oauth.client.WebOrigins origins) {
        this.browser = new BrowserOrigin(origins, url);
        this.authenticator = authenticator;
        this.verifier = verifier;
        this.sessions = sessions;
        this.audit = audit;
        this.url = url;
    }

    public HTTPResponse handle(HTTPRequest request, String ip) {
        OAuthClient[] client = new OAuthClient[1];
        HTTPResponse response;
        try {
            revoke(request, ip, client);
            response = new HTTPResponse(200);
            response.setCacheControl("no-store");
        } catch (OAuthException e) {
            response = OAuthResponses.error(e);
        }
        return browser.answer(response, request, client[0]);
    }

    /** @param authenticated receives the client once it has authenticated */
    private void revoke(HTTPRequest request, String ip, OAuthClient[] authenticated) {
        Map<String, List<String>> params = FormParameters.parse(request);
        OAuthClient caller = authenticator.authenticate(request, params, url);
        authenticated[0] = caller;
        browser.check(request, caller);
        String token = FormParameters.single(params, "token");
        if (token == null) throw OAuthException.invalidRequest("token is required");
        Optional<Session> session = sessions.findByRefreshToken(token);
        if (session.isEmpty()) session = accessTokenSession(token);
        session.filter(s -> s.clientId().equals(caller.clientId())).ifPresent(s -> {
            if (sessions.end(s.id())) {
                audit.record("token_revoke", "success", s.userId(), caller.clientId(), null, ip, "session=" + s.id());
            }
        });
    }

    private Optional<Session> accessTokenSession(String token) {
        if (token.indexOf('.') < 0) return Optional.empty();
        // Any audience: a client revokes its own tokens, whatever API they were for (RFC 7009 §2.1).
        try {
            VerifiedAccessToken t = verifier.verifyAnyAudience(token);
            return t.sessionId() == null ? Optional.empty() : sessions.findLive(t.sessionId());
        } catch (InvalidTokenException e) {
            return Optional.empty();
        }
    }
}
