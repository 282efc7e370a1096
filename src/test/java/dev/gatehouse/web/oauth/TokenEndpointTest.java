package dev.gatehouse.web.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.AccessTokenResponse;
import com.nimbusds.oauth2.sdk.AuthorizationGrant;
import com.nimbusds.oauth2.sdk.ClientCredentialsGrant;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.JWTAuthenticationClaimsSet;
import com.nimbusds.oauth2.sdk.auth.PrivateKeyJWT;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.Audience;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.JWTID;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import com.sun.net.httpserver.HttpServer;
import dev.gatehouse.account.User;
import dev.gatehouse.session.SessionService;
import dev.gatehouse.testing.Concurrently;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * POST /oauth2/token over HTTP, driven by the Nimbus OAuth SDK's client side for the success paths:
 * client_credentials with each authentication method, refresh_token for OAuth clients, and each
 * refusal as its own case.
 */
class TokenEndpointTest {
    private static final List<String> CC = List.of("client_credentials");
    private static final List<String> RT = List.of("refresh_token");
    private static TestServer server;
    private static OAuthFixture oauth;
    private static int userCounter;

    @BeforeAll
    static void start() {
        // The operator allows loopback: a jwks_uri on a local plain-http test server is then acceptable. No
        // refresh reuse interval: the reuse tests here present a rotated token again at once
        // (OAuthRefreshReuseIntervalTest has the interval).
        server = TestServer.builder().set("dev", "true").set("outbound.allowed.networks", "127.0.0.0/8")
                .set("refresh.reuse.interval", "0").start();
        oauth = new OAuthFixture(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HTTPResponse token(ClientAuthentication auth, AuthorizationGrant grant, Scope scope) {
        return OAuthFixture.send(new TokenRequest(oauth.endpoint("/oauth2/token"), auth, grant, scope).toHTTPRequest());
    }

    private static AccessTokenResponse success(HTTPResponse response) {
        TokenResponse parsed = OAuthFixture.parse(response);
        assertThat(parsed.indicatesSuccess()).as(response.getStatusCode() + " " + response.getBody()).isTrue();
        assertThat(response.getCacheControl()).isEqualTo("no-store");
        return parsed.toSuccessResponse();
    }

    private static void assertError(HTTPResponse response, int status, String code) {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(status);
        TokenErrorResponse error = OAuthFixture.parse(response).toErrorResponse();
        assertThat(error.getErrorObject().getCode()).isEqualTo(code);
        assertThat(response.getCacheControl()).isEqualTo("no-store");
    }

    private static JWTClaimsSet claims(AccessTokenResponse r) throws Exception {
        SignedJWT jwt = SignedJWT.parse(r.getTokens().getAccessToken().getValue());
        assertThat(jwt.getHeader().getType().getType()).isEqualTo("at+jwt");
        return jwt.getJWTClaimsSet();
    }

    // ---- client_credentials, one test per authentication method ----

    @Test
    void clientCredentialsWithClientSecretBasicIssuesATokenWhoseSubjectIsTheClient() throws Exception {
        OAuthFixture.Registered c = oauth.confidential("client_secret_basic", CC, List.of("invoices:read", "invoices:write"));
        AccessTokenResponse r = success(token(c.basic(), new ClientCredentialsGrant(), new Scope("invoices:read")));
        assertThat(r.getTokens().getRefreshToken()).as("RFC 6749 §4.4.3: no refresh token").isNull();
        assertThat(r.getTokens().getAccessToken().getScope()).isEqualTo(new Scope("invoices:read"));
        assertThat(r.getTokens().getAccessToken().getLifetime()).isEqualTo(900);
        JWTClaimsSet claims = claims(r);
        assertThat(claims.getSubject()).isEqualTo(c.clientId());
        assertThat(claims.getStringClaim("client_id")).isEqualTo(c.clientId());
        assertThat(claims.getStringClaim("scope")).isEqualTo("invoices:read");
        assertThat(claims.getIssuer()).isEqualTo(OAuthFixture.ISSUER);
        assertThat(claims.getClaims()).doesNotContainKeys("roles", "sid");
        // A client's token has no session: the first-party user API refuses it.
        assertThat(server.http().get("/api/v1/me", r.getTokens().getAccessToken().getValue()).status()).isEqualTo(401);
    }

    @Test
    void clientCredentialsWithClientSecretPostAndNoScopeGetsEveryScopeOfTheClient() throws Exception {
        OAuthFixture.Registered c = oauth.confidential("client_secret_post", CC, List.of("b:write", "a:read"));
        AccessTokenResponse r = success(token(c.post(), new ClientCredentialsGrant(), null));
        assertThat(claims(r).getStringClaim("scope")).isEqualTo("a:read b:write");
    }

    @Test
    void emptyScopeParameterCountsAsOmitted() {
        OAuthFixture.Registered c = oauth.confidential("client_secret_basic", CC, List.of("a:read", "b:read"));
        TestHttp.Response r = oauth.form("/oauth2/token", "grant_type=client_credentials&scope=", c.clientId(), c.secret());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().path("scope").asText()).isEqualTo("a:read b:read");
    }

    @Test
    void clientCredentialsWithPrivateKeyJwtFromRegisteredJwks() throws Exception {
        OAuthFixture.Registered c = oauth.keyed(CC, List.of("reports:read"), null, null);
        AccessTokenResponse r = success(token(c.assertion(), new ClientCredentialsGrant(), null));
        assertThat(claims(r).getSubject()).isEqualTo(c.clientId());
    }

    @Test
    void clientCredentialsWithPrivateKeyJwtFromJwksUri() throws Exception {
        RSAKey key = OAuthFixture.newKey();
        byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        HttpServer keys = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        keys.createContext("/jwks", ex -> {
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(200, jwks.length);
            ex.getResponseBody().write(jwks);
            ex.close();
        });
        keys.start();
        try {
            OAuthFixture.Registered c = oauth.keyed(CC, List.of("reports:read"),
                    "http://127.0.0.1:" + keys.getAddress().getPort() + "/jwks", key);
            success(token(c.assertion(), new ClientCredentialsGrant(), null));
            success(token(c.assertion(), new ClientCredentialsGrant(), null)); // new jti: accepted again
        } finally {
            keys.stop(0);
        }
    }

    @Test
    void burstOfTokenRequestsFetchesTheJwksUriOnce() throws Exception {
        RSAKey key = OAuthFixture.newKey();
        byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        java.util.concurrent.atomic.AtomicInteger hits = new java.util.concurrent.atomic.AtomicInteger();
        HttpServer keys = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        keys.createContext("/jwks", ex -> {
            hits.incrementAndGet();
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(200, jwks.length);
            ex.getResponseBody().write(jwks);
            ex.close();
        });
        keys.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        keys.start();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            OAuthFixture.Registered c = oauth.keyed(CC, List.of("reports:read"),
                    "http://127.0.0.1:" + keys.getAddress().getPort() + "/jwks", key);
            List<java.util.concurrent.Callable<Integer>> burst = new java.util.ArrayList<>();
            for (int i = 0; i < 20; i++) {
                burst.add(() -> token(c.assertion(), new ClientCredentialsGrant(), null).getStatusCode());
            }
            for (java.util.concurrent.Future<Integer> f : pool.invokeAll(burst)) {
                assertThat(f.get()).isEqualTo(200);
            }
            assertThat(hits.get()).as("fetches of the jwks_uri for 20 token requests").isEqualTo(1);
        } finally {
            pool.shutdown();
            keys.stop(0);
        }
    }

    @Test
    void oversizedOrUnreachableJwksUriIsInvalidClientNotAServerError() throws Exception {
        RSAKey key = OAuthFixture.newKey();
        byte[] huge = ("{\"keys\":[" + "{\"kty\":\"oct\",\"k\":\"AAAA\"},".repeat(10_000) + "{\"kty\":\"oct\",\"k\":\"AAAA\"}]}")
                .getBytes(StandardCharsets.UTF_8);
        HttpServer keys = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        keys.createContext("/jwks", ex -> {
            ex.sendResponseHeaders(200, huge.length);
            ex.getResponseBody().write(huge);
            ex.close();
        });
        keys.start();
        try {
            OAuthFixture.Registered big = oauth.keyed(CC, List.of(), "http://127.0.0.1:" + keys.getAddress().getPort() + "/jwks", key);
            assertError(token(big.assertion(), new ClientCredentialsGrant(), null), 401, "invalid_client");
        } finally {
            keys.stop(0);
        }
        OAuthFixture.Registered gone = oauth.keyed(CC, List.of(), "http://127.0.0.1:9/jwks", key);
        assertError(token(gone.assertion(), new ClientCredentialsGrant(), null), 401, "invalid_client");
    }

    // ---- client authentication refusals ----

    @Test
    void wrongSecretIsInvalidClientWithABasicChallenge() {
        OAuthFixture.Registered c = oauth.confidential("client_secret_basic", CC, List.of());
        HTTPResponse r = token(new ClientSecretBasic(new ClientID(c.clientId()), new Secret(c.secret() + "x")),
                new ClientCredentialsGrant(), null);
        assertError(r, 401, "invalid_client");
        assertThat(r.getWWWAuthenticate()).startsWith("Basic");
    }

    @Test
    void unknownClientIsInvalidClient() {
        assertError(token(new ClientSecretPost(new ClientID("no-such-client"), new Secret("x".repeat(43))),
                new ClientCredentialsGrant(), null), 401, "invalid_client");
    }

    @Test
    void secretSentWithAnotherMethodThanRegisteredIsInvalidClient() {
        OAuthFixture.Registered c = oauth.confidential("client_secret_basic", CC, List.of());
        assertError(token(c.post(), new ClientCredentialsGrant(), null), 401, "invalid_client");
    }

    @Test
    void twoAuthenticationMethodsInOneRequestAreInvalidRequest() {
        OAuthFixture.Registered c = oauth.confidential("client_secret_basic", CC, List.of());
        TestHttp.Response r = oauth.form("/oauth2/token", "grant_type=client_credentials&client_id=" + c.clientId()
                + "&client_secret=" + c.secret(), c.clientId(), c.secret());
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().path("error").asText()).isEqualTo("invalid_request");
    }

    @Test
    void replayedAssertionIsRefused() {
        OAuthFixture.Registered c = oauth.keyed(CC, List.of(), null, null);
        PrivateKeyJWT once = c.assertion();
        success(token(once, new ClientCredentialsGrant(), null));
        assertError(token(once, new ClientCredentialsGrant(), null), 401, "invalid_client");
    }

    @Test
    void parallelReplaysOfOneAssertionSucceedOnce() throws Exception {
        OAuthFixture.Registered c = oauth.keyed(CC, List.of(), null, null);
        PrivateKeyJWT once = c.assertion();
        List<Integer> statuses = Concurrently.run(6, () -> token(once, new ClientCredentialsGrant(), null).getStatusCode());
        assertThat(statuses).containsOnly(200, 401);
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
    }

    private static PrivateKeyJWT assertion(OAuthFixture.Registered c, RSAKey key, List<String> aud, Date exp, String jti) throws JOSEException {
        JWTAuthenticationClaimsSet claims = new JWTAuthenticationClaimsSet(new com.nimbusds.oauth2.sdk.id.Issuer(c.clientId()),
                new ClientID(c.clientId()), aud.stream().map(Audience::new).toList(), exp, null, new Date(), jti == null ? null : new JWTID(jti));
        return new PrivateKeyJWT(claims, JWSAlgorithm.RS256, key.toRSAPrivateKey(), key.getKeyID(), null);
    }

    private static Date inSeconds(long s) {
        return new Date(System.currentTimeMillis() + s * 1000);
    }

    @Test
    void assertionForAnotherAudienceIsRefused() throws Exception {
        OAuthFixture.Registered c = oauth.keyed(CC, List.of(), null, null);
        assertError(token(assertion(c, c.key(), List.of("https://other.example/token"), inSeconds(60), "a1"),
                new ClientCredentialsGrant(), null), 401, "invalid_client");
    }

    @Test
    void assertionWithTheIssuerAsAudienceIsAccepted() throws Exception {
        OAuthFixture.Registered c = oauth.keyed(CC, List.of(), null, null);
        success(token(assertion(c, c.key(), List.of(OAuthFixture.ISSUER), inSeconds(60), "a2"), new ClientCredentialsGrant(), null));
    }

    @Test
    void expiredAssertionIsRefused() throws Exception {
        OAuthFixture.Registered c = oauth.keyed(CC, List.of(), null, null);
        assertError(token(assertion(c, c.key(), List.of(OAuthFixture.TOKEN_AUDIENCE.toString()), inSeconds(-120), "a3"),
                new ClientCredentialsGrant(), null), 401, "invalid_client");
    }

    @Test
    void assertionLivingLongerThanFiveMinutesIsRefused() throws Exception {
        OAuthFixture.Registered c = oauth.keyed(CC, List.of(), null, null);
        assertError(token(assertion(c, c.key(), List.of(OAuthFixture.TOKEN_AUDIENCE.toString()), inSeconds(3600), "a4"),
                new ClientCredentialsGrant(), null), 401, "invalid_client");
    }

    @Test
    void assertionWithoutJtiIsRefused() throws Exception {
        OAuthFixture.Registered c = oauth.keyed(CC, List.of(), null, null);
        assertError(token(assertion(c, c.key(), List.of(OAuthFixture.TOKEN_AUDIENCE.toString()), inSeconds(60), null),
                new ClientCredentialsGrant(), null), 401, "invalid_client");
    }

    @Test
    void assertionSignedWithAnUnregisteredKeyIsRefused() throws Exception {
        OAuthFixture.Registered c = oauth.keyed(CC, List.of(), null, null);
        RSAKey other = new com.nimbusds.jose.jwk.gen.RSAKeyGenerator(2048).keyID(c.key().getKeyID()).generate();
        assertError(token(assertion(c, other, List.of(OAuthFixture.TOKEN_AUDIENCE.toString()), inSeconds(60), "a5"),
                new ClientCredentialsGrant(), null), 401, "invalid_client");
    }

    @Test
    void secretClientCannotAuthenticateWithAnAssertion() throws Exception {
        OAuthFixture.Registered secretClient = oauth.confidential("client_secret_basic", CC, List.of());
        OAuthFixture.Registered withKey = new OAuthFixture.Registered(secretClient.clientId(), null, OAuthFixture.newKey());
        assertError(token(withKey.assertion(), new ClientCredentialsGrant(), null), 401, "invalid_client");
    }

    // ---- grant rules ----

    @Test
    void publicClientCannotUseClientCredentials() {
        OAuthFixture.Registered c = oauth.publicClient(List.of("authorization_code", "refresh_token"), List.of());
        TestHttp.Response r = oauth.form("/oauth2/token", "grant_type=client_credentials&client_id=" + c.clientId(), null, null);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().path("error").asText()).isEqualTo("unauthorized_client");
    }

    @Test
    void clientNotRegisteredForTheGrantIsUnauthorizedClient() {
        OAuthFixture.Registered c = oauth.confidential("client_secret_basic", RT, List.of());
        assertError(token(c.basic(), new ClientCredentialsGrant(), null), 400, "unauthorized_client");
    }

    @Test
    void scopeBeyondTheClientsScopesIsInvalidScope() {
        OAuthFixture.Registered c = oauth.confidential("client_secret_basic", CC, List.of("a:read"));
        assertError(token(c.basic(), new ClientCredentialsGrant(), new Scope("a:read", "admin:users:write")), 400, "invalid_scope");
    }

    @Test
    void passwordImplicitAndUnknownGrantsAreUnsupported() {
        OAuthFixture.Registered c = oauth.confidential("client_secret_basic", CC, List.of());
        for (String grant : List.of("password&username=a&password=b", "implicit", "urn:example:unknown")) {
            TestHttp.Response r = oauth.form("/oauth2/token", "grant_type=" + grant, c.clientId(), c.secret());
            assertThat(r.status()).as(grant).isEqualTo(400);
            assertThat(r.json().path("error").asText()).as(grant).isEqualTo("unsupported_grant_type");
        }
    }

    @Test
    void authorizationCodeForAClientNotRegisteredForItIsUnauthorizedClient() {
        OAuthFixture.Registered c = oauth.confidential("client_secret_basic", CC, List.of());
        TestHttp.Response r = oauth.form("/oauth2/token", "grant_type=authorization_code&code=x", c.clientId(), c.secret());
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().path("error").asText()).isEqualTo("unauthorized_client");
    }

    @Test
    void missingGrantTypeIsInvalidRequest() {
        OAuthFixture.Registered c = oauth.confidential("client_secret_basic", CC, List.of());
        TestHttp.Response r = oauth.form("/oauth2/token", "scope=a", c.clientId(), c.secret());
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().path("error").asText()).isEqualTo("invalid_request");
    }

    // ---- malformed and hostile requests ----

    @Test
    void duplicatedParameterIsInvalidRequest() {
        OAuthFixture.Registered c = oauth.confidential("client_secret_basic", CC, List.of("a", "b"));
        TestHttp.Response r = oauth.form("/oauth2/token", "grant_type=client_credentials&scope=a&scope=b", c.clientId(), c.secret());
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().path("error").asText()).isEqualTo("invalid_request");
        assertThat(r.header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void jsonBodyIsInvalidRequest() {
        TestHttp.Response r = server.http().send("POST", "/oauth2/token", "{\"grant_type\":\"client_credentials\"}", "application/json", null);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().path("error").asText()).isEqualTo("invalid_request");
    }

    @Test
    void malformedPercentEncodingIsInvalidRequest() {
        TestHttp.Response r = oauth.form("/oauth2/token", "grant_type=client_credentials&scope=%ZZ", null, null);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().path("error").asText()).isEqualTo("invalid_request");
    }

    /** RFC 6749 Appendix B: parameters are UTF-8. An escape that is not was read as U+FFFD and reached the scope check. */
    @Test
    void percentEscapedBytesThatAreNotUtf8AreInvalidRequest() {
        OAuthFixture.Registered c = oauth.confidential("client_secret_basic", CC, List.of("a"));
        TestHttp.Response r = oauth.form("/oauth2/token", "grant_type=client_credentials&scope=%FF", c.clientId(), c.secret());
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().path("error").asText()).isEqualTo("invalid_request");
    }

    /** The same for raw bytes in the body: they were decoded leniently before the form was parsed. */
    @Test
    void rawBodyBytesThatAreNotUtf8AreInvalidRequest() {
        byte[] body = "grant_type=client_credentials&client_id=a\u00ff&client_secret=b".getBytes(StandardCharsets.ISO_8859_1);
        TestHttp.Response r = server.http().send("POST", "/oauth2/token", body, "application/x-www-form-urlencoded", null);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().path("error").asText()).isEqualTo("invalid_request");
    }

    @Test
    void hugeParametersAreRefusedWithoutAServerError() {
        OAuthFixture.Registered c = oauth.confidential("client_secret_basic", CC, List.of("a"));
        TestHttp.Response bigScope = oauth.form("/oauth2/token", "grant_type=client_credentials&scope=" + "a".repeat(60_000),
                c.clientId(), c.secret());
        assertThat(bigScope.status()).isEqualTo(400);
        assertThat(bigScope.json().path("error").asText()).isEqualTo("invalid_scope");

        TestHttp.Response bigAssertion = oauth.form("/oauth2/token", "grant_type=client_credentials&client_assertion_type="
                + URLEncoder.encode("urn:ietf:params:oauth:client-assertion-type:jwt-bearer", StandardCharsets.UTF_8)
                + "&client_assertion=" + "e".repeat(60_000), null, null);
        assertThat(bigAssertion.status()).isEqualTo(401);
        assertThat(bigAssertion.json().path("error").asText()).isEqualTo("invalid_client");

        TestHttp.Response bigBasic = oauth.form("/oauth2/token", "grant_type=client_credentials", "x".repeat(8_000), "y");
        assertThat(bigBasic.status()).isEqualTo(401);

        TestHttp.Response tooLarge = oauth.form("/oauth2/token", "grant_type=client_credentials&scope=" + "a".repeat(70_000), null, null);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.json().path("error").asText()).isEqualTo("invalid_request");

        TestHttp.Response manyParams = oauth.form("/oauth2/token", "grant_type=client_credentials" + "&p=1".repeat(1).repeat(1)
                + java.util.stream.IntStream.range(0, 500).mapToObj(i -> "&x" + i + "=1").reduce("", String::concat), null, null);
        assertThat(manyParams.status()).isEqualTo(400);
    }

    // ---- refresh_token for OAuth clients ----

    private record Login(User user, SessionService.Issued issued) {}

    /** A session of this client, as the authorization-code flow will start one. */
    private static Login sessionFor(String clientId, List<String> scope) {
        User user = server.gatehouse().services().accounts().create("oauthuser" + (++userCounter), "correct horse battery staple", null, null,
                List.of("user", "admin"), null);
        return new Login(user, server.gatehouse().services().sessions().start(user.id(), clientId, scope, "test", "127.0.0.1"));
    }

    private static final List<String> GRANTED = List.of("openid", "admin:users:read", "admin:keys:write");

    @Test
    void refreshRotatesForItsClientAndCanNarrowTheScope() throws Exception {
        OAuthFixture.Registered c = oauth.confidential("client_secret_basic", RT, GRANTED);
        Login login = sessionFor(c.clientId(), GRANTED);
        AccessTokenResponse r = success(token(c.basic(), new RefreshTokenGrant(new RefreshToken(login.issued().refreshToken())),
                new Scope("openid", "admin:users:read")));
        RefreshToken next = r.getTokens().getRefreshToken();
        assertThat(next.getValue()).isNotEqualTo(login.issued().refreshToken());
        JWTClaimsSet claims = claims(r);
        assertThat(claims.getSubject()).isEqualTo(login.user().id());
        assertThat(claims.getStringClaim("client_id")).isEqualTo(c.clientId());
        assertThat(claims.getStringClaim("scope")).isEqualTo("admin:users:read openid");
        assertThat(claims.getStringClaim("sid")).isEqualTo(login.issued().session().id());
        assertThat(claims.getStringListClaim("roles")).containsExactly("admin", "user");

        // The session keeps its original scope: the next refresh without scope gets all of it back.
        AccessTokenResponse again = success(token(c.basic(), new RefreshTokenGrant(next), null));
        assertThat(claims(again).getStringClaim("scope")).isEqualTo("admin:keys:write admin:users:read openid");
    }

    @Test
    void publicClientRefreshesWithItsClientIdOnly() {
        OAuthFixture.Registered c = oauth.publicClient(List.of("authorization_code", "refresh_token"), List.of("openid"));
        Login login = sessionFor(c.clientId(), List.of("openid"));
        success(OAuthFixture.send(new TokenRequest(oauth.endpoint("/oauth2/token"), new ClientID(c.clientId()),
                new RefreshTokenGrant(new RefreshToken(login.issued().refreshToken())), null).toHTTPRequest()));
    }

    @Test
    void refreshTokenOfAnotherClientIsInvalidGrantAndStaysUsableByItsOwner() {
        OAuthFixture.Registered a = oauth.confidential("client_secret_basic", RT, GRANTED);
        OAuthFixture.Registered b = oauth.confidential("client_secret_basic", RT, GRANTED);
        Login login = sessionFor(a.clientId(), GRANTED);
        RefreshTokenGrant grant = new RefreshTokenGrant(new RefreshToken(login.issued().refreshToken()));
        assertError(token(b.basic(), grant, null), 400, "invalid_grant");
        success(token(a.basic(), grant, null));
    }

    @Test
    void refreshAskingForMoreScopeThanGrantedIsInvalidScopeAndDoesNotSpendTheToken() {
        OAuthFixture.Registered c = oauth.confidential("client_secret_basic", RT, GRANTED);
        Login login = sessionFor(c.clientId(), List.of("openid"));
        RefreshTokenGrant grant = new RefreshTokenGrant(new RefreshToken(login.issued().refreshToken()));
        assertError(token(c.basic(), grant, new Scope("openid", "admin:users:read")), 400, "invalid_scope");
        success(token(c.basic(), grant, null));
    }

    @Test
    void reusedRefreshTokenIsInvalidGrantAndRevokesTheSession() {
        OAuthFixture.Registered c = oauth.confidential("client_secret_basic", RT, GRANTED);
        Login login = sessionFor(c.clientId(), GRANTED);
        RefreshTokenGrant first = new RefreshTokenGrant(new RefreshToken(login.issued().refreshToken()));
        AccessTokenResponse r = success(token(c.basic(), first, null));
        assertError(token(c.basic(), first, null), 400, "invalid_grant");
        assertError(token(c.basic(), new RefreshTokenGrant(r.getTokens().getRefreshToken()), null), 400, "invalid_grant");
        assertThat(server.gatehouse().services().sessions().isLive(login.issued().session().id())).isFalse();
    }

    @Test
    void concurrentRefreshOfOneTokenSucceedsAtMostOnce() throws Exception {
        OAuthFixture.Registered c = oauth.confidential("client_secret_basic", RT, GRANTED);
        Login login = sessionFor(c.clientId(), GRANTED);
        RefreshTokenGrant grant = new RefreshTokenGrant(new RefreshToken(login.issued().refreshToken()));
        List<Integer> statuses = Concurrently.run(6, () -> token(c.basic(), grant, null).getStatusCode());
        assertThat(statuses).containsOnly(200, 400);
        assertThat(statuses).filteredOn(s -> s == 200).hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void oauthClientRefreshTokenIsRefusedByTheFirstPartyRefreshEndpoint() {
        OAuthFixture.Registered c = oauth.confidential("client_secret_basic", RT, GRANTED);
        Login login = sessionFor(c.clientId(), GRANTED);
        assertThat(server.http().post("/api/v1/refresh", java.util.Map.of("refresh_token", login.issued().refreshToken())).status())
                .isEqualTo(401);
        success(token(c.basic(), new RefreshTokenGrant(new RefreshToken(login.issued().refreshToken())), null));
    }

    @Test
    void firstPartyRefreshTokenIsRefusedAtTheTokenEndpoint() {
        OAuthFixture.Registered c = oauth.confidential("client_secret_basic", RT, GRANTED);
        String refresh = server.http().signupAndLogin("fpuser", "correct horse battery staple").path("refresh_token").asText();
        assertError(token(c.basic(), new RefreshTokenGrant(new RefreshToken(refresh)), null), 400, "invalid_grant");
    }
}
