package dev.gatehouse.oauth.endpoint;

import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.Subject;
import com.nimbusds.oauth2.sdk.token.BearerTokenError;
import com.nimbusds.openid.connect.sdk.UserInfoErrorResponse;
import com.nimbusds.openid.connect.sdk.UserInfoSuccessResponse;
import com.nimbusds.openid.connect.sdk.claims.UserInfo;
import dev.gatehouse.account.LiveSessionClaims;
import dev.gatehouse.account.UserStore;
import dev.gatehouse.core.BearerHeader;
import dev.gatehouse.keys.AccessTokenVerifier;
import dev.gatehouse.keys.InvalidTokenException;
import dev.gatehouse.keys.VerifiedAccessToken;
import dev.gatehouse.oauth.StandardClaims;
import dev.gatehouse.oauth.client.ClientRegistry;
import dev.gatehouse.oauth.client.OAuthClient;
import dev.gatehouse.oauth.client.WebOrigins;
import java.time.Clock;
import java.util.Optional;

/**
 * {@code GET/POST /oauth2/userinfo} (OIDC Core §5.3): the signed-in user's claims for an access token
 * that was granted {@code openid}, whose session is still live. Claims by scope (§5.4): {@code sub}
 * always; {@code profile} adds preferred_username and name; {@code email} adds email and
 * email_verified. The token comes in the Authorization header (RFC 6750 §2.1) or, for a POST, the
 * form body (§2.2); never from the query (SECURITY.md). Errors are RFC 6750 §3 challenges.
 */
public final class UserInfoEndpoint {
    private final AccessTokenVerifier verifier;
    private final UserStore users;
    private final ClientRegistry clients;
    private final BrowserOrigin browser;
    private final Clock clock;

    /**
     * @param users   answers whether the token's session is live and, in the same read, the claim fields of
     *                its user: from the node's session cache ({@code CachingUserStore}), which every write that
     *                ends a session or changes a user drops at once, on every node
     * @param clients finds the client a token was issued to: only a browser on its web origins may read
     *                the answer (API.md §8)
     */
    public UserInfoEndpoint(AccessTokenVerifier verifier, UserStore users, ClientRegistry clients, WebOrigins origins,
                            String issuer, Clock clock) {
        this.verifier = verifier;
        this.users = users;
        this.clients = clients;
        this.browser = new BrowserOrigin(origins, issuer);
        this.clock = clock;
    }

    public HTTPResponse handle(HTTPRequest request) {
        OAuthClient[] client = new OAuthClient[1];
        return browser.answer(userInfo(request, client), request, client[0]);
    }

    /** @param tokenClient receives the client the access token was issued to, once the token is known good */
    private HTTPResponse userInfo(HTTPRequest request, OAuthClient[] tokenClient) {
        String authorization = request.getAuthorization();
        String bodyToken = null;
        if (request.getMethod() == HTTPRequest.Method.POST && request.getBody() != null && !request.getBody().isEmpty()) {
            try {
                bodyToken = FormParameters.single(FormParameters.parse(request), "access_token");
            } catch (dev.gatehouse.oauth.OAuthException e) {
                return new UserInfoErrorResponse(BearerTokenError.INVALID_REQUEST).toHTTPResponse();
            }
        }
        // RFC 6750 §2: a client MUST NOT use more than one method to send the token.
        if (authorization != null && bodyToken != null) return new UserInfoErrorResponse(BearerTokenError.INVALID_REQUEST).toHTTPResponse();
        // RFC 6750 §3.1: a request without authentication gets a challenge without an error code.
        if (authorization == null && bodyToken == null) return new UserInfoErrorResponse(BearerTokenError.MISSING_TOKEN).toHTTPResponse();
        String token = bodyToken != null ? bodyToken : BearerHeader.token(authorization);
        if (token == null || token.isBlank()) return new UserInfoErrorResponse(BearerTokenError.INVALID_REQUEST).toHTTPResponse();
        VerifiedAccessToken verified;
        // Every relying party calls userinfo with its own token (OIDC Core §5.3), whose aud is its own API
        // or its client id, never Gatehouse's: any audience, the openid scope and a live session decide.
        try {
            verified = verifier.verifyAnyAudience(token);
        } catch (InvalidTokenException e) {
            return invalidToken();
        }
        // A user's token from a live session of that same user; a client's own token (no sid) is not for
        // userinfo. A deleted user has no sessions left.
        if (verified.sessionId() == null) return invalidToken();
        Optional<LiveSessionClaims> found = users.findClaimsByLiveSession(verified.subject(), verified.sessionId(), clock.instant());
        if (found.isEmpty()) return invalidToken();
        if (!verified.scope().contains("openid")) {
            return new UserInfoErrorResponse(BearerTokenError.INSUFFICIENT_SCOPE.setDescription("The token was not granted openid"))
                    .toHTTPResponse();
        }
        // A deleted client's browsers read nothing; its tokens end with its sessions anyway.
        tokenClient[0] = clients.find(verified.clientId()).orElse(null);
        if (tokenClient[0] == null) return invalidToken();
        LiveSessionClaims u = found.get();
        if (u.disabled()) return invalidToken();
        UserInfo info = new UserInfo(new Subject(u.userId()));
        StandardClaims.of(u, verified.scope()).forEach(info::setClaim);
        HTTPResponse response = new UserInfoSuccessResponse(info).toHTTPResponse();
        response.setCacheControl("no-store");
        return response;
    }

    private static HTTPResponse invalidToken() {
        return new UserInfoErrorResponse(BearerTokenError.INVALID_TOKEN.setDescription("The access token is invalid, expired or revoked"))
                .toHTTPResponse();
    }
}
