package dev.gatehouse.web.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import dev.gatehouse.oauth.client.ClientRegistry;
import dev.gatehouse.oauth.client.ClientSpec;
import dev.gatehouse.testing.Browser;
import dev.gatehouse.testing.Concurrently;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import net.minidev.json.JSONObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Browser applications on other origins (API.md §8): each client's web_origins on token, revocation and
 * userinfo, "+" for its redirect URIs' origins, JWKS and metadata for anyone, the operator's
 * cors.allowed.origins on /api/v1; preflights; hostile Origin headers; never credentials.
 */
class CorsTest {
    private static final String SPA = "https://spa.example";
    /** Registered by another client, through "+": known to preflights, not the SPA's. */
    private static final String PLUS = "https://app.example";
    private static final String FIRST_PARTY = "https://account.example";
    private static final String EVIL = "https://evil.example";
    private static final String SCOPE = "openid profile email offline_access";

    private static TestServer server;
    private static String spa;
    private static OAuthFixture.Registered service;

    @BeforeAll
    static void start() {
        server = TestServer.builder().set("cors.allowed.origins", FIRST_PARTY).start();
        ClientRegistry clients = server.gatehouse().services().clients();
        spa = clients.create(new ClientSpec(null, "SPA", "public", List.of(RelyingParty.REDIRECT), null,
                List.of("authorization_code", "refresh_token"), List.of("openid", "profile", "email", "offline_access"), null, null,
                null, null, null, null, null, null, null, null, List.of(SPA)), "test").client().clientId();
        // Another app whose origin comes from its redirect URI https://app.example/cb ("+").
        clients.create(new ClientSpec(null, "Plus", "public", List.of("https://app.example/cb"), null, List.of("authorization_code"),
                List.of("openid"), null, null, null, null, null, null, null, null, null, null, List.of("+")), "test");
        service = new OAuthFixture(server).confidential("client_secret_basic", List.of("client_credentials"), List.of("reports:read"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static TestHttp.Response request(String method, String path, String body, String contentType, String... originAndMore) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) b.header("Content-Type", contentType);
        for (String o : originAndMore) b.header("Origin", o);
        return server.http().send(b.build());
    }

    private static TestHttp.Response preflight(String path, String origin, String method) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Access-Control-Request-Method", method)
                .header("Access-Control-Request-Headers", "authorization, content-type");
        if (origin != null) b.header("Origin", origin);
        return server.http().send(b.build());
    }

    private static TestHttp.Response form(String path, String body, String origin) {
        return origin == null ? request("POST", path, body, "application/x-www-form-urlencoded")
                : request("POST", path, body, "application/x-www-form-urlencoded", origin);
    }

    private static TestHttp.Response userInfo(String accessToken, String origin) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/oauth2/userinfo")).GET()
                .header("Authorization", "Bearer " + accessToken);
        if (origin != null) b.header("Origin", origin);
        return server.http().send(b.build());
    }

    /** Sends a request a Nimbus client built, with an Origin header (which HttpURLConnection, Nimbus's transport, never sends). */
    private static HTTPResponse send(HTTPRequest request, String origin) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + request.getURL().getPath()))
                .POST(HttpRequest.BodyPublishers.ofString(request.getBody()));
        request.getHeaderMap().forEach((name, values) -> values.forEach(v -> b.header(name, v)));
        if (origin != null) b.header("Origin", origin);
        TestHttp.Response r = server.http().send(b.build());
        HTTPResponse out = new HTTPResponse(r.status());
        r.headers().forEach((name, values) -> {
            if (name != null && !name.startsWith(":")) out.setHeader(name, values.toArray(String[]::new));
        });
        out.setBody(r.body());
        return out;
    }

    /** The SPA signs a new user in through the hosted login and redeems the code from its own origin. */
    private static JSONObject signIn() throws Exception {
        String user = RelyingParty.newUser(server, List.of("user"));
        RelyingParty app = RelyingParty.existing(server, spa, null);
        RelyingParty.Request req = app.request(SCOPE);
        URI back = RelyingParty.browse(new Browser(server.baseUrl()), req.path(), user, "allow");
        String code = RelyingParty.parse(back).toSuccessResponse().getAuthorizationCode().getValue();
        HTTPResponse r = send(new TokenRequest(app.endpoint("/oauth2/token"), new ClientID(spa),
                new AuthorizationCodeGrant(new AuthorizationCode(code), URI.create(RelyingParty.REDIRECT), req.verifier())).toHTTPRequest(), SPA);
        assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(200);
        assertThat(r.getHeaderValue("Access-Control-Allow-Origin")).isEqualTo(SPA);
        assertThat(r.getHeaderValue("Access-Control-Allow-Credentials")).isNull();
        return r.getBodyAsJSONObject();
    }

    private static HTTPResponse refresh(String refreshToken, String origin) {
        return send(new TokenRequest(URI.create(server.baseUrl() + "/oauth2/token"), new ClientID(spa),
                new RefreshTokenGrant(new RefreshToken(refreshToken))).toHTTPRequest(), origin);
    }

    private static void assertNoCors(TestHttp.Response r) {
        assertThat(r.header("Access-Control-Allow-Origin")).isNull();
        assertThat(r.header("Access-Control-Allow-Credentials")).isNull();
        assertThat(r.header("Access-Control-Allow-Methods")).isNull();
    }

    // ---- preflights ----

    @Test
    void preflightOfEachClientEndpointFromARegisteredOriginIsAnsweredWithoutCredentials() {
        for (String path : List.of("/oauth2/token", "/oauth2/revoke", "/oauth2/userinfo")) {
            for (String origin : List.of(SPA, PLUS, FIRST_PARTY)) {
                TestHttp.Response r = preflight(path, origin, "POST");
                assertThat(r.status()).as(path + " " + origin).isEqualTo(204);
                assertThat(r.header("Access-Control-Allow-Origin")).as(path + " " + origin).isEqualTo(origin);
                assertThat(r.header("Access-Control-Allow-Methods")).as(path).contains("POST");
                assertThat(r.header("Access-Control-Allow-Headers")).containsIgnoringCase("Authorization").containsIgnoringCase("Content-Type");
                assertThat(r.header("Access-Control-Max-Age")).isEqualTo("600");
                assertThat(r.header("Vary")).contains("Origin");
                assertThat(r.header("Access-Control-Allow-Credentials")).isNull();
            }
        }
        assertThat(preflight("/oauth2/userinfo", SPA, "GET").header("Access-Control-Allow-Methods")).contains("GET");
    }

    @Test
    void preflightFromAnOriginNoClientRegisteredGetsNoCorsHeaders() {
        for (String path : List.of("/oauth2/token", "/oauth2/revoke", "/oauth2/userinfo")) {
            TestHttp.Response r = preflight(path, EVIL, "POST");
            assertThat(r.status()).as(path).isLessThan(500);
            assertNoCors(r);
            assertThat(r.header("Vary")).contains("Origin");
        }
    }

    @Test
    void aClientRegisteredAfterStartIsKnownToPreflightsAtOnce() {
        String origin = "https://late-" + System.nanoTime() + ".example";
        assertNoCors(preflight("/oauth2/token", origin, "POST"));
        server.gatehouse().services().clients().create(new ClientSpec(null, "Late", "public", List.of("https://late.example/cb"), null,
                List.of("authorization_code"), List.of("openid"), null, null, null, null, null, null, null, null, null, null,
                List.of(origin)), "test");
        assertThat(preflight("/oauth2/token", origin, "POST").header("Access-Control-Allow-Origin")).isEqualTo(origin);
    }

    // ---- public documents ----

    @Test
    void jwksAndMetadataAreReadableFromAnyOriginWithAWildcardAndNoCredentials() {
        for (String path : List.of("/oauth2/jwks", "/.well-known/openid-configuration", "/.well-known/oauth-authorization-server")) {
            for (String origin : List.of(SPA, EVIL, "null")) {
                TestHttp.Response get = request("GET", path, null, null, origin);
                assertThat(get.status()).isEqualTo(200);
                assertThat(get.header("Access-Control-Allow-Origin")).as(path).isEqualTo("*");
                assertThat(get.header("Access-Control-Allow-Credentials")).isNull();
                TestHttp.Response pre = preflight(path, origin, "GET");
                assertThat(pre.status()).isEqualTo(204);
                assertThat(pre.header("Access-Control-Allow-Origin")).isEqualTo("*");
                assertThat(pre.header("Access-Control-Allow-Methods")).isEqualTo("GET");
                assertThat(pre.header("Access-Control-Allow-Credentials")).isNull();
            }
        }
    }

    // ---- token and revocation ----

    @Test
    void theSpaRedeemsAndRefreshesFromItsOriginAndReadsEveryAnswer() throws Exception {
        JSONObject tokens = signIn();
        HTTPResponse refreshed = refresh(tokens.getAsString("refresh_token"), SPA);
        assertThat(refreshed.getStatusCode()).isEqualTo(200);
        assertThat(refreshed.getHeaderValue("Access-Control-Allow-Origin")).isEqualTo(SPA);
        // An error it must read (the spent token, or a typo) is readable too.
        HTTPResponse bad = refresh("no-such-token", SPA);
        assertThat(bad.getStatusCode()).isEqualTo(400);
        assertThat(bad.getHeaderValue("Access-Control-Allow-Origin")).isEqualTo(SPA);
        assertThat(bad.getHeaderValue("Access-Control-Expose-Headers")).contains("WWW-Authenticate");
    }

    @Test
    void aRefreshFromAnotherOriginIsRefusedBeforeTheTokenRotates() throws Exception {
        JSONObject tokens = signIn();
        String rt = tokens.getAsString("refresh_token");
        for (String origin : List.of(PLUS, EVIL, "null", SPA + "/", "https://SPA.example", SPA + ", " + EVIL)) {
            HTTPResponse r = refresh(rt, origin);
            assertThat(r.getStatusCode()).as(origin).isEqualTo(400);
            assertThat(r.getBodyAsJSONObject().getAsString("error")).isEqualTo("invalid_request");
            assertThat(r.getHeaderValue("Access-Control-Allow-Origin")).as(origin).isNull();
        }
        // Nothing happened to the session: the real app still refreshes with the same token.
        assertThat(refresh(rt, SPA).getStatusCode()).isEqualTo(200);
    }

    @Test
    void aServerWithoutAnOriginAndTheOperatorsOriginsAreNotRefused() throws Exception {
        TestHttp.Response plain = new OAuthFixture(server).form("/oauth2/token", "grant_type=client_credentials",
                service.clientId(), service.secret());
        assertThat(plain.status()).isEqualTo(200);
        assertThat(plain.header("Access-Control-Allow-Origin")).isNull();
        // cors.allowed.origins are the operator's own applications: trusted for every client.
        JSONObject tokens = signIn();
        HTTPResponse r = refresh(tokens.getAsString("refresh_token"), FIRST_PARTY);
        assertThat(r.getStatusCode()).isEqualTo(200);
        assertThat(r.getHeaderValue("Access-Control-Allow-Origin")).isEqualTo(FIRST_PARTY);
    }

    @Test
    void aServiceClientWithoutWebOriginsIsRefusedFromEveryBrowser() {
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString((service.clientId() + ":" + service.secret()).getBytes());
        for (String origin : List.of(SPA, PLUS, EVIL)) {
            TestHttp.Response r = server.http().send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/oauth2/token"))
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Authorization", basic)
                    .header("Origin", origin).build());
            assertThat(r.status()).as(origin).isEqualTo(400);
            assertThat(r.body()).doesNotContain("access_token");
            assertNoCors(r);
        }
    }

    @Test
    void errorsBeforeAClientIsKnownAreReadableOnlyFromRegisteredOrigins() {
        TestHttp.Response registered = form("/oauth2/token", "grant_type=refresh_token&refresh_token=x&client_id=nobody", SPA);
        assertThat(registered.status()).isEqualTo(401);
        assertThat(registered.header("Access-Control-Allow-Origin")).isEqualTo(SPA);
        TestHttp.Response other = form("/oauth2/token", "grant_type=refresh_token&refresh_token=x&client_id=nobody", EVIL);
        assertThat(other.status()).isEqualTo(401);
        assertNoCors(other);
        TestHttp.Response malformed = form("/oauth2/token", "%%%", SPA);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.header("Access-Control-Allow-Origin")).isEqualTo(SPA);
    }

    @Test
    void revocationFromAnotherOriginRevokesNothing() throws Exception {
        JSONObject tokens = signIn();
        String rt = tokens.getAsString("refresh_token");
        TestHttp.Response refused = form("/oauth2/revoke", "token=" + rt + "&client_id=" + spa, PLUS);
        assertThat(refused.status()).isEqualTo(400);
        assertNoCors(refused);
        assertThat(userInfo(tokens.getAsString("access_token"), SPA).status()).isEqualTo(200);
        TestHttp.Response revoked = form("/oauth2/revoke", "token=" + rt + "&client_id=" + spa, SPA);
        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.header("Access-Control-Allow-Origin")).isEqualTo(SPA);
        // An empty answer claims no media type (browser libraries refuse text/plain from OAuth endpoints).
        assertThat(revoked.header("Content-Type")).isNull();
        assertThat(userInfo(tokens.getAsString("access_token"), SPA).status()).isEqualTo(401);
    }

    // ---- userinfo ----

    @Test
    void userinfoIsReadableOnlyFromTheOriginsOfTheTokensClient() throws Exception {
        String at = signIn().getAsString("access_token");
        TestHttp.Response own = userInfo(at, SPA);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.header("Access-Control-Allow-Origin")).isEqualTo(SPA);
        assertThat(own.header("Vary")).contains("Origin");
        assertThat(own.json().path("preferred_username").asText()).startsWith("user");
        // Another client's origin, registered (PLUS) or not: the answer is not for its pages.
        for (String origin : List.of(PLUS, EVIL, "null", "https://SPA.example", SPA + "/x")) {
            TestHttp.Response r = userInfo(at, origin);
            assertThat(r.status()).isEqualTo(200);
            assertNoCors(r);
        }
        TestHttp.Response post = request("POST", "/oauth2/userinfo", "access_token=" + at, "application/x-www-form-urlencoded", SPA);
        assertThat(post.status()).isEqualTo(200);
        assertThat(post.header("Access-Control-Allow-Origin")).isEqualTo(SPA);
    }

    @Test
    void anInvalidTokenAtUserinfoShowsItsChallengeToRegisteredOriginsOnly() {
        TestHttp.Response r = userInfo("not-a-token", SPA);
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.header("Access-Control-Allow-Origin")).isEqualTo(SPA);
        assertThat(r.header("Access-Control-Expose-Headers")).contains("WWW-Authenticate");
        assertNoCors(userInfo("not-a-token", EVIL));
    }

    // ---- the first-party API ----

    @Test
    void preflightsCoverTheApiPathsThatExistAndUnknownPathsStayNotFound() {
        assertThat(preflight("/api/v1/me/passkeys/abc", FIRST_PARTY, "DELETE").status()).isEqualTo(204);
        assertThat(request("GET", "/api/v1/no-such-thing", null, null, FIRST_PARTY).status()).isEqualTo(404);
        assertThat(request("GET", "/api/v1/../admin/v1/keys", null, null).status()).isIn(400, 401, 404);
    }

    @Test
    void theFirstPartyApiIsOpenToTheOperatorsOriginsOnly() {
        TestHttp.Response pre = preflight("/api/v1/me", FIRST_PARTY, "GET");
        assertThat(pre.status()).isEqualTo(204);
        assertThat(pre.header("Access-Control-Allow-Origin")).isEqualTo(FIRST_PARTY);
        assertThat(pre.header("Access-Control-Allow-Methods")).contains("GET", "POST", "PATCH", "DELETE");
        assertThat(pre.header("Access-Control-Allow-Headers")).containsIgnoringCase("Authorization");
        assertThat(pre.header("Access-Control-Allow-Credentials")).isNull();
        TestHttp.Response me = request("GET", "/api/v1/me", null, null, FIRST_PARTY);
        assertThat(me.status()).isEqualTo(401);
        assertThat(me.header("Access-Control-Allow-Origin")).isEqualTo(FIRST_PARTY);
        assertThat(me.header("Access-Control-Expose-Headers")).contains("WWW-Authenticate", "Location", "X-Request-Id");
        TestHttp.Response login = request("POST", "/api/v1/login", "{\"username\":\"nobody\",\"password\":\"wrong password here\"}",
                "application/json", FIRST_PARTY);
        assertThat(login.status()).isEqualTo(401);
        assertThat(login.header("Access-Control-Allow-Origin")).isEqualTo(FIRST_PARTY);
        // A client's web origin is not the operator's: the account API stays closed to it.
        for (String origin : List.of(SPA, PLUS, EVIL)) {
            assertNoCors(preflight("/api/v1/me", origin, "GET"));
            assertNoCors(request("GET", "/api/v1/me", null, null, origin));
        }
    }

    @Test
    void adminIntrospectionAndPagesSendNoCorsHeaders() {
        for (String path : List.of("/admin/v1/clients", "/oauth2/introspect", "/login", "/oauth2/authorize")) {
            for (String origin : List.of(FIRST_PARTY, SPA)) {
                assertNoCors(preflight(path, origin, "POST"));
                assertNoCors(request("POST", path, "", "application/x-www-form-urlencoded", origin));
                assertNoCors(request("GET", path, null, null, origin));
            }
        }
    }

    // ---- hostile Origin headers ----

    @Test
    void hostileOriginHeadersMatchNothingAndBreakNothing() {
        List<String> hostile = List.of("null", SPA + "/", SPA + "/path", "https://SPA.example", "HTTPS://spa.example",
                SPA + ":443", SPA + ", " + EVIL, "*", "https://spa.example.evil.example", "https://" + "a".repeat(6000) + ".example");
        for (String origin : hostile) {
            for (String path : List.of("/oauth2/token", "/api/v1/me", "/oauth2/userinfo")) {
                TestHttp.Response pre = preflight(path, origin, "POST");
                assertThat(pre.status()).as(origin).isLessThan(500);
                assertNoCors(pre);
            }
            TestHttp.Response api = request("GET", "/api/v1/me", null, null, origin);
            assertThat(api.status()).isLessThan(500);
            assertNoCors(api);
        }
        // Two Origin headers: no browser sends that.
        TestHttp.Response twice = preflight("/oauth2/token", SPA, "POST");
        assertThat(twice.header("Access-Control-Allow-Origin")).isEqualTo(SPA);
        TestHttp.Response both = server.http().send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/oauth2/token"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", SPA).header("Origin", SPA).build());
        assertNoCors(both);
        TestHttp.Response apiBoth = request("GET", "/api/v1/me", null, null, FIRST_PARTY, FIRST_PARTY);
        assertNoCors(apiBoth);
    }

    @Test
    void parallelPreflightsFromManyOriginsAnswerConsistently() throws Exception {
        List<String> allowed = Concurrently.run(16, () -> {
            String origin = Thread.currentThread().getId() % 2 == 0 ? SPA : EVIL + Thread.currentThread().getId();
            String acao = preflight("/oauth2/token", origin, "POST").header("Access-Control-Allow-Origin");
            return String.valueOf(origin.equals(SPA) ? SPA.equals(acao) : acao == null);
        });
        assertThat(allowed).containsOnly("true");
    }

    // ---- configuration ----

    @Test
    void malformedOperatorOriginsAreConfigurationErrorsListedTogether() {
        assertThatThrownBy(() -> TestServer.builder().set("cors.allowed.origins", "https://app.example/path, https://App.example, *")
                .set("password.min.length", "3").start())
                .hasMessageContaining("https://app.example/path").hasMessageContaining("https://App.example")
                .hasMessageContaining("(wildcard)").hasMessageContaining("password.min.length");
    }
}
