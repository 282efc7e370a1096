package dev.gatehouse.oauth.endpoint;

import com.nimbusds.oauth2.sdk.AccessTokenResponse;
import com.nimbusds.oauth2.sdk.GrantType;
import com.nimbusds.oauth2.sdk.OAuth2Error;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import dev.gatehouse.core.Scopes;
import dev.gatehouse.oauth.OAuthException;
import dev.gatehouse.oauth.client.ClientAuthenticator;
import dev.gatehouse.oauth.client.OAuthClient;
import dev.gatehouse.oauth.grant.TokenParameters;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /oauth2/token} (RFC 6749 §3.2): parse, authenticate the client, dispatch on
 * {@code grant_type} to one {@link dev.gatehouse.oauth.grant.TokenGrant}. The map holds exactly the
 * grants that are implemented; discovery advertises its keys. The authorization_code grant joins
 * it with the authorization endpoint. Password and implicit are never added (OAuth 2.1 §10).
 */
public final class TokenEndpoint {
    private final ClientAuthenticator authenticator;
    private final Map<String, dev.gatehouse.oauth.grant.TokenGrant> grants;
    private final String url;
    private final Clock clock;
    private final BrowserOrigin browser;

    /**
     * @param url     this endpoint's public URL (issuer + /oauth2/token)
     * @param origins the clients' web origins: a browser elsewhere gets no tokens (API.md §8)
     */
    public TokenEndpoint(ClientAuthenticator authenticator, List<dev.gatehouse.oauth.grant.TokenGrant> grants, String url, Clock clock,
                         dev.gatehouse.oauth.client.WebOrigins origins) {
        this.clock = clock;
        this.browser = new BrowserOrigin(origins, url);
        this.authenticator = authenticator;
        Map<String, dev.gatehouse.oauth.grant.TokenGrant> byType = new LinkedHashMap<>();
        grants.forEach(g -> byType.put(g.type().getValue(), g));
        this.grants = Map.copyOf(byType);
        this.url = url;
    }

    /** The grant types this endpoint serves, for discovery. */
    public List<String> grantTypes() {
        return grants.keySet().stream().sorted().toList();
    }

    public HTTPResponse handle(HTTPRequest request, String ip) {
        return handle(request, ip, System.nanoTime());
    }

    /**
     * @param receivedNanos the {@code System.nanoTime()} at which the request arrived, before its body
     *                      was read: whether a second redemption of a code is a replay depends on it
     */
    public HTTPResponse handle(HTTPRequest request, String ip, long receivedNanos) {
        Instant arrived = clock.instant().minusNanos(Math.max(0, System.nanoTime() - receivedNanos));
        OAuthClient[] client = new OAuthClient[1];
        HTTPResponse response;
        try {
            response = TokenResponseJson.of(token(request, ip, arrived, client));
        } catch (OAuthException e) {
            response = OAuthResponses.error(e);
        }
        return browser.answer(response, request, client[0]);
    }

    /** @param authenticated receives the client once it has authenticated */
    private AccessTokenResponse token(HTTPRequest request, String ip, Instant arrived, OAuthClient[] authenticated) {
        // The form is decoded once, here; the client authentication and the grant read it from this map.
        Map<String, List<String>> params = FormParameters.parse(request);
        String grantType = FormParameters.single(params, "grant_type");
        if (grantType == null) throw OAuthException.invalidRequest("grant_type is required");
        dev.gatehouse.oauth.grant.TokenGrant grant = grants.get(grantType);
        if (grant == null) {
            throw new OAuthException(OAuth2Error.UNSUPPORTED_GRANT_TYPE, "Supported grant types: " + String.join(" ", grantTypes()));
        }
        OAuthClient client = authenticator.authenticate(request, params, url);
        authenticated[0] = client;
        browser.check(request, client);
        // RFC 6749 §5.2 unauthorized_client: registered without this grant type.
        if (!client.allowsGrant(grantType)) {
            throw new OAuthException(OAuth2Error.UNAUTHORIZED_CLIENT, "This client may not use " + grantType);
        }
        try {
            Scopes.parse(FormParameters.single(params, "scope"));
        } catch (IllegalArgumentException e) {
            throw new OAuthException(OAuth2Error.INVALID_SCOPE, "Malformed scope");
        }
        return grant.handle(new TokenParameters(params, () -> parse(request)), client, ip, arrived);
    }

    /** Nimbus' parse of the whole request, for a grant that reads it ({@link TokenParameters#nimbus()}). */
    private static TokenRequest parse(HTTPRequest request) {
        try {
            return TokenRequest.parse(request);
        } catch (ParseException e) {
            throw new OAuthException(e.getErrorObject() != null ? e.getErrorObject() : OAuth2Error.INVALID_REQUEST,
                    e.getMessage() == null ? "Malformed token request" : e.getMessage());
        } catch (RuntimeException e) {
            throw OAuthException.invalidRequest("Malformed token request");
        }
    }
}
