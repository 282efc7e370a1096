package dev.gatehouse.oauth.endpoint;

import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import dev.gatehouse.config.WebOrigin;
import dev.gatehouse.oauth.OAuthException;
import dev.gatehouse.oauth.client.OAuthClient;
import dev.gatehouse.oauth.client.WebOrigins;

/**
 * The cross-origin decision of the endpoints a browser calls for one client (token, revocation,
 * userinfo; API.md §8): which answers a page on another origin may read. Only the endpoint knows the
 * client (from the body or the token), so it decides, and says so with
 * {@code Access-Control-Allow-Origin} on its answer (Fetch standard, CORS protocol); the web layer adds
 * the rest. No answer ever allows credentials: these endpoints take no cookies.
 */
final class BrowserOrigin {
    static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";

    private final WebOrigins origins;
    private final String ownOrigin;

    /** @param issuer the issuer URL: requests from its own origin are same-origin, not cross-origin */
    BrowserOrigin(WebOrigins origins, String issuer) {
        this.origins = origins;
        this.ownOrigin = WebOrigin.of(issuer);
    }

    /** The request's Origin header (several are joined by the web layer, which then matches nothing), or null. */
    private static String of(HTTPRequest request) {
        return request.getHeaderValue("Origin");
    }

    /**
     * Refuses a request from a browser on an origin that is not the client's, before anything is done
     * for it: the page could not read the answer anyway, and a refresh token rotated or a code spent for
     * an answer nobody can read would leave the real application without its tokens. Requests without
     * an Origin header (servers, native apps) and same-origin ones pass.
     */
    void check(HTTPRequest request, OAuthClient client) {
        String origin = of(request);
        if (origin == null || origin.equals(ownOrigin) || origins.allows(client, origin)) return;
        throw OAuthException.invalidRequest("This origin is not among the client's web_origins");
    }

    /**
     * Lets the page read {@code response} when its origin is the client's, or, when no client could be
     * named (a malformed request, an unknown client, an invalid token), when some client registered the
     * origin, so an application can read why it failed (say, to sign in again).
     *
     * @param client the client the request was for, or null when it is not known
     */
    HTTPResponse answer(HTTPResponse response, HTTPRequest request, OAuthClient client) {
        String origin = of(request);
        boolean allowed = client != null ? origins.allows(client, origin) : origins.registered(origin);
        if (allowed) {
            response.setHeader(ALLOW_ORIGIN, origin);
            // RFC 6750 §3: a page must see the challenge of a 401 to know it should sign in again.
            response.setHeader("Access-Control-Expose-Headers", "WWW-Authenticate, Retry-After");
        }
        return response;
    }
}
