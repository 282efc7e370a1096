package dev.gatehouse.web.oauth;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.AuthorizationResponse;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.token.OIDCTokens;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import dev.gatehouse.oauth.client.ClientRegistry;
import dev.gatehouse.oauth.client.ClientSpec;
import dev.gatehouse.testing.Browser;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A web application that signs its users in through Gatehouse, as a real one would: the Nimbus SDK
 * builds the authorization request (PKCE S256, state, nonce), a {@link Browser} signs in on the hosted
 * login page and answers the consent page, and the SDK redeems the code and validates the ID token
 * against the server's JWKS.
 */
final class RelyingParty {
    static final String REDIRECT = "https://app.example/cb";
    static final String POST_LOGOUT = "https://app.example/signed-out";
    static final String PASSWORD = "correct-horse-battery-staple-9";
    private static final AtomicInteger COUNTER = new AtomicInteger();

    final TestServer server;
    final String clientId;
    final String secret;
    /** The client's id_token_signed_response_alg: what the app expects ID tokens to be signed with. */
    final JWSAlgorithm idTokenAlg;

    private RelyingParty(TestServer server, String clientId, String secret, String idTokenAlg) {
        this.server = server;
        this.clientId = clientId;
        this.secret = secret;
        this.idTokenAlg = JWSAlgorithm.parse(idTokenAlg);
    }

    /** A confidential web app (client_secret_basic) allowed authorization_code and refresh_token. */
    static RelyingParty confidential(TestServer server, List<String> scopes, boolean firstParty) {
        return confidential(server, scopes, firstParty, "RS256");
    }

    /** As above, registered with {@code id_token_signed_response_alg} = {@code idTokenAlg}. */
    static RelyingParty confidential(TestServer server, List<String> scopes, boolean firstParty, String idTokenAlg) {
        return confidential(server, scopes, firstParty, idTokenAlg, null);
    }

    /** As above, and {@code access_token_signed_response_alg} = {@code accessTokenAlg} (null: the server's). */
    static RelyingParty confidential(TestServer server, List<String> scopes, boolean firstParty, String idTokenAlg,
            String accessTokenAlg) {
        ClientRegistry.Created c = server.gatehouse().services().clients().create(new ClientSpec(null, "Web App " + COUNTER.incrementAndGet(),
                "confidential", List.of(REDIRECT), List.of(POST_LOGOUT), List.of("authorization_code", "refresh_token"), scopes,
                "client_secret_basic", null, null, firstParty, null, null, idTokenAlg, accessTokenAlg), "test");
        return new RelyingParty(server, c.client().clientId(), c.clientSecret(), idTokenAlg);
    }

    /** A confidential client registered some other way (admin API, its own spec), with client_secret_basic. */
    static RelyingParty existing(TestServer server, String clientId, String secret) {
        return new RelyingParty(server, clientId, secret, "RS256");
    }

    static RelyingParty publicClient(TestServer server, List<String> redirects, List<String> scopes) {
        ClientRegistry.Created c = server.gatehouse().services().clients().create(new ClientSpec(null, "Native App " + COUNTER.incrementAndGet(),
                "public", redirects, null, List.of("authorization_code", "refresh_token"), scopes, "none", null, null, null,
                null, null, null), "test");
        return new RelyingParty(server, c.client().clientId(), null, "RS256");
    }

    static String newUser(TestServer server, List<String> roles) {
        String username = "user" + COUNTER.incrementAndGet() + "x" + System.nanoTime() % 100000;
        server.gatehouse().services().accounts().create(username, PASSWORD, username + "@example.com", "Name " + username, roles, null);
        return username;
    }

    ClientAuthentication auth() {
        return new ClientSecretBasic(new ClientID(clientId), new Secret(secret));
    }

    URI endpoint(String path) {
        return URI.create(server.baseUrl() + path);
    }

    /** One authorization request and the secrets the app keeps for it. */
    record Request(URI uri, State state, Nonce nonce, CodeVerifier verifier) {
        /** The path and query, for {@link Browser#get}. */
        String path() {
            return uri.getRawPath() + "?" + uri.getRawQuery();
        }
    }

    Request request(String scope) {
        return request(scope, b -> {});
    }

    Request request(String scope, Consumer<AuthenticationRequest.Builder> customize) {
        State state = new State();
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        AuthenticationRequest.Builder b = new AuthenticationRequest.Builder(ResponseType.CODE, Scope.parse(scope), new ClientID(clientId),
                URI.create(REDIRECT)).endpointURI(endpoint("/oauth2/authorize")).state(state).nonce(nonce)
                .codeChallenge(verifier, CodeChallengeMethod.S256);
        customize.accept(b);
        return new Request(b.build().toURI(), state, nonce, verifier);
    }

    /**
     * Drives the browser from the authorization request to the redirect back to the app: follows each
     * 303, signs in on the login page, answers the consent page with {@code decision}.
     *
     * @return the redirect to the app (absolute URI)
     */
    static URI browse(Browser browser, String path, String username, String decision) {
        TestHttp.Response r = browser.get(path);
        for (int step = 0; step < 12; step++) {
            if (r.status() != 303) throw new IllegalStateException("expected a redirect, got " + r.status() + ": " + r.body());
            String location = r.header("Location");
            if (!location.startsWith("/")) return URI.create(location);
            if (location.startsWith("/login")) {
                TestHttp.Response page = browser.get(location);
                Map<String, String> fields = new LinkedHashMap<>(Browser.hiddenInputs(page.body()));
                fields.put("username", username);
                fields.put("password", PASSWORD);
                r = browser.post("/login", fields);
            } else if (location.startsWith("/consent")) {
                TestHttp.Response page = browser.get(location);
                if (page.status() != 200) throw new IllegalStateException("consent page " + page.status() + ": " + page.body());
                Map<String, String> fields = new LinkedHashMap<>(Browser.hiddenInputs(page.body()));
                fields.put("decision", decision);
                r = browser.post("/consent", fields);
            } else {
                r = browser.get(location);
            }
        }
        throw new IllegalStateException("too many redirects");
    }

    /** The login page's re-sign-in form (as the account page and a step-up send the browser there), filled in, to be posted later. */
    static Map<String, String> reSignInForm(Browser tab, String username) {
        TestHttp.Response page = tab.get("/login?return_to=%2Faccount&force=1");
        if (page.status() != 200) throw new IllegalStateException("login page " + page.status() + ": " + page.body());
        Map<String, String> fields = new LinkedHashMap<>(Browser.hiddenInputs(page.body()));
        fields.put("username", username);
        fields.put("password", PASSWORD);
        return fields;
    }

    /** A re-sign-in at the login page while signed in: the browser's session is replaced by a new one. */
    static void reSignIn(Browser browser, String username) {
        TestHttp.Response r = browser.post("/login", reSignInForm(browser, username));
        if (r.status() != 303) throw new IllegalStateException("re-sign-in " + r.status() + ": " + r.body());
    }

    static AuthorizationResponse parse(URI redirect) {
        try {
            // Both OIDC response classes extend the OAuth ones (which carry iss, RFC 9207).
            return (AuthorizationResponse) AuthenticationResponseParser.parse(redirect);
        } catch (ParseException e) {
            throw new IllegalStateException(redirect.toString(), e);
        }
    }

    HTTPResponse redeem(ClientAuthentication auth, String code, String redirect, CodeVerifier verifier) {
        return OAuthFixture.send(new TokenRequest(endpoint("/oauth2/token"), auth,
                new AuthorizationCodeGrant(new AuthorizationCode(code), URI.create(redirect), verifier)).toHTTPRequest());
    }

    /** The tokens of one sign-in and the request that started it (its nonce validates the ID token). */
    record SignedIn(OIDCTokens tokens, Request request) {
        SignedJWT idToken() {
            return (SignedJWT) tokens.getIDToken();
        }

        String idTokenKid() {
            return idToken().getHeader().getKeyID();
        }
    }

    /** A new user with {@code roles} signs in to this app for {@code scope}, consents, and the app redeems the code. */
    SignedIn signIn(List<String> roles, String scope) {
        String user = newUser(server, roles);
        Request req = request(scope);
        URI back = browse(new Browser(server.baseUrl()), req.path(), user, "allow");
        AuthorizationResponse response = parse(back);
        if (!response.indicatesSuccess()) throw new IllegalStateException("authorization failed: " + back);
        return new SignedIn(tokens(response.toSuccessResponse().getAuthorizationCode().getValue(), req), req);
    }

    /** Redeems with this app's credentials and returns the tokens, failing on an error response. */
    OIDCTokens tokens(String code, Request request) {
        HTTPResponse response = redeem(auth(), code, REDIRECT, request.verifier());
        try {
            var parsed = OIDCTokenResponseParser.parse(response);
            if (!parsed.indicatesSuccess()) throw new IllegalStateException(response.getStatusCode() + " " + response.getBody());
            return (OIDCTokens) parsed.toSuccessResponse().getTokens();
        } catch (ParseException e) {
            throw new IllegalStateException(response.getBody(), e);
        }
    }

    /**
     * A signed-in browser from {@code path} (a 303 into the pending request) to this app, consent
     * allowed, then the code redeemed: the ID token's claims, checked by {@link #idTokenValidator}.
     */
    com.nimbusds.jwt.JWTClaimsSet idTokenAfter(Browser browser, String path, Request request) {
        URI back = browse(browser, path, null, "allow");
        AuthorizationResponse response = parse(back);
        if (!response.indicatesSuccess()) throw new IllegalStateException("the app got an error: " + back);
        try {
            return idTokenValidator().validate(tokens(response.toSuccessResponse().getAuthorizationCode().getValue(), request).getIDToken(),
                    request.nonce()).toJWTClaimsSet();
        } catch (com.nimbusds.jose.JOSEException | com.nimbusds.oauth2.sdk.ParseException | com.nimbusds.jose.proc.BadJOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    IDTokenValidator idTokenValidator() {
        try {
            JWKSet jwks = JWKSet.parse(server.http().get("/oauth2/jwks").body());
            return new IDTokenValidator(new Issuer(OAuthFixture.ISSUER), new ClientID(clientId), idTokenAlg, jwks);
        } catch (java.text.ParseException e) {
            throw new IllegalStateException(e);
        }
    }
}
