package dev.gatehouse.web.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.AuthorizationGrant;
import com.nimbusds.oauth2.sdk.AuthorizationResponse;
import com.nimbusds.oauth2.sdk.ClientCredentialsGrant;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.TokenIntrospectionRequest;
import com.nimbusds.oauth2.sdk.TokenIntrospectionResponse;
import com.nimbusds.oauth2.sdk.TokenIntrospectionSuccessResponse;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.Audience;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import com.nimbusds.oauth2.sdk.token.Tokens;
import com.nimbusds.openid.connect.sdk.token.OIDCTokens;
import dev.gatehouse.oauth.client.ClientRegistry;
import dev.gatehouse.oauth.client.ClientSpec;
import dev.gatehouse.testing.Browser;
import dev.gatehouse.testing.MutableClock;
import dev.gatehouse.testing.TestDatabases;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Who access tokens are for (issue 12 item 1): the account API and the admin API take only tokens of first-party
 * clients whose {@code aud} holds Gatehouse's own audience; every other client's tokens carry its registered
 * {@code audience}, the RFC 8707 {@code resource} it asked for, or its own client id, never Gatehouse's audience,
 * and still work on userinfo and introspection. {@code auth_time} is the sign-in and survives refreshes.
 */
class TokenAudienceTest {
    private static final String NOTES = "https://notes.example/api";
    private static final String CALENDAR = "https://calendar.example";
    private static final String ADMIN_PASSWORD = "correct horse battery staple";
    private static MutableClock clock;
    private static TestServer server;
    private static OAuthFixture oauth;
    private static OAuthFixture.Registered introspector;

    @BeforeAll
    static void start() {
        clock = MutableClock.startingNow();
        server = TestServer.builder().clock(clock).start();
        oauth = new OAuthFixture(server);
        introspector = oauth.confidential("client_secret_basic", List.of("client_credentials"), List.of("introspect"));
        server.gatehouse().services().accounts().create("root", ADMIN_PASSWORD, null, null, List.of("user", "admin"), null);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    // ---- the account and admin APIs: first-party tokens only ----

    @Test
    void thirdPartyTokenIsRefusedOnEveryAccountAndAdminRouteEvenForAnAdmin() throws Exception {
        RelyingParty app = RelyingParty.confidential(server, List.of("openid", "offline_access", "admin:users:read"), false);
        RelyingParty.SignedIn s = app.signIn(List.of("user", "admin"), "openid offline_access admin:users:read");
        String token = s.tokens().getAccessToken().getValue();
        TestHttp http = server.http();

        assertRefused(http.get("/api/v1/me", token));
        assertRefused(http.send("PATCH", "/api/v1/me", "{\"name\":\"Owned\"}", "application/json", token));
        assertRefused(http.post("/api/v1/me/password", Map.of("current_password", RelyingParty.PASSWORD,
                "new_password", "another-long-passphrase-42"), token));
        assertRefused(http.get("/api/v1/me/sessions", token));
        assertRefused(http.get("/api/v1/me/consents", token));
        assertRefused(http.post("/api/v1/email/verify/resend", Map.of(), token));
        assertRefused(http.post("/api/v1/logout", Map.of("all", true), token));
        assertRefused(http.get("/admin/v1/users", token));
        assertRefused(http.get("/api/v1/me/identities", token));
        assertRefused(http.send("DELETE", "/api/v1/me/identities/github", (String) null, null, token));
        assertRefused(http.get("/admin/v1/identity-providers", token));

        // Nothing was changed, and the token is still good where every application's token is.
        assertThat(http.get("/oauth2/userinfo", token).status()).isEqualTo(200);
        TokenIntrospectionSuccessResponse info = introspect(token);
        assertThat(info.isActive()).isTrue();
        assertThat(info.getAudience()).extracting(Audience::getValue).containsExactly(app.clientId);
        assertThat(claims(token).getAudience()).containsExactly(app.clientId).doesNotContain(server.config().tokens().audience());
        // The refreshed token is no different.
        String refreshed = ((Tokens) success(tokenRequest(app.auth(), new RefreshTokenGrant(s.tokens().getRefreshToken()))))
                .getAccessToken().getValue();
        assertThat(claims(refreshed).getAudience()).containsExactly(app.clientId);
        assertRefused(http.get("/api/v1/me", refreshed));
        assertThat(http.get("/oauth2/userinfo", refreshed).status()).isEqualTo(200);
    }

    @Test
    void firstPartyClientTokenWorksOnTheAccountApiUntilFirstPartyIsSwitchedOff() throws Exception {
        RelyingParty app = RelyingParty.confidential(server, List.of("openid", "offline_access"), true);
        RelyingParty.SignedIn s = app.signIn(List.of("user"), "openid offline_access");
        String token = s.tokens().getAccessToken().getValue();
        assertThat(claims(token).getAudience()).containsExactly(server.config().tokens().audience());
        assertThat(server.http().get("/api/v1/me", token).status()).isEqualTo(200);

        TestHttp.Response patched = server.http().send("PATCH", "/admin/v1/clients/" + app.clientId, "{\"first_party\":false}",
                "application/json", adminToken());
        assertThat(patched.status()).as(patched.body()).isEqualTo(200);

        // The same, unexpired token: refused from the next request on.
        assertRefused(server.http().get("/api/v1/me", token));
        // Its refresh gets a token without Gatehouse's audience.
        String refreshed = ((Tokens) success(tokenRequest(app.auth(), new RefreshTokenGrant(s.tokens().getRefreshToken()))))
                .getAccessToken().getValue();
        assertThat(claims(refreshed).getAudience()).containsExactly(app.clientId);
        assertRefused(server.http().get("/api/v1/me", refreshed));
    }

    // ---- the audience of third-party tokens ----

    @Test
    void thirdPartyTokenCarriesItsAudienceOrTheRequestedResourceNeverTheIssuer() throws Exception {
        RelyingParty app = withAudience(List.of("openid", "offline_access"), NOTES, CALENDAR);
        String user = RelyingParty.newUser(server, List.of("user"));

        Tokens all = codeFlow(app, user, List.of(), List.of());
        assertThat(claims(all.getAccessToken().getValue()).getAudience()).containsExactly(NOTES, CALENDAR);

        Tokens notes = codeFlow(app, user, List.of(NOTES), List.of());
        assertThat(claims(notes.getAccessToken().getValue()).getAudience()).containsExactly(NOTES);
        // RFC 8707 §2.2: the refresh keeps what the authorization granted, or narrows it.
        Tokens again = (Tokens) success(tokenRequest(app.auth(), new RefreshTokenGrant(notes.getRefreshToken())));
        assertThat(claims(again.getAccessToken().getValue()).getAudience()).containsExactly(NOTES);

        Tokens both = codeFlow(app, user, List.of(NOTES, CALENDAR), List.of(CALENDAR));
        assertThat(claims(both.getAccessToken().getValue()).getAudience()).containsExactly(CALENDAR);
        Tokens narrowed = (Tokens) success(tokenRequest(app.auth(), new RefreshTokenGrant(both.getRefreshToken()), URI.create(NOTES)));
        assertThat(claims(narrowed.getAccessToken().getValue()).getAudience()).containsExactly(NOTES);

        for (Tokens t : List.of(all, notes, again, both, narrowed)) {
            String token = t.getAccessToken().getValue();
            assertThat(claims(token).getAudience()).doesNotContain(server.config().tokens().audience(), server.config().issuer());
            assertThat(introspect(token).isActive()).isTrue();
            assertThat(server.http().get("/oauth2/userinfo", token).status()).isEqualTo(200);
            assertRefused(server.http().get("/api/v1/me", token));
        }
    }

    @Test
    void clientCredentialsTokenCarriesTheClientsAudience() throws Exception {
        ClientRegistry.Created c = server.gatehouse().services().clients().create(new ClientSpec(null, "Reports", "confidential", null, null,
                List.of("client_credentials"), List.of("reports:read"), null, null, null, null, null, null, null, null,
                List.of(NOTES, CALENDAR)), "test");
        OAuthFixture.Registered r = new OAuthFixture.Registered(c.client().clientId(), c.clientSecret(), null);

        String all = ((Tokens) success(tokenRequest(r.basic(), new ClientCredentialsGrant()))).getAccessToken().getValue();
        assertThat(claims(all).getAudience()).containsExactly(NOTES, CALENDAR);
        String one = ((Tokens) success(tokenRequest(r.basic(), new ClientCredentialsGrant(), URI.create(CALENDAR))))
                .getAccessToken().getValue();
        assertThat(claims(one).getAudience()).containsExactly(CALENDAR);
        assertThat(introspect(one).getAudience()).extracting(Audience::getValue).containsExactly(CALENDAR);
        assertInvalidTarget(tokenRequest(r.basic(), new ClientCredentialsGrant(), URI.create("https://elsewhere.example")));
        // Gatehouse's own audience is not for other applications, even when named.
        assertInvalidTarget(tokenRequest(r.basic(), new ClientCredentialsGrant(), URI.create(server.config().tokens().audience())));
    }

    // ---- RFC 8707 invalid_target ----

    @Test
    void resourceOutsideTheClientsAudienceIsInvalidTargetOnAuthorize() {
        RelyingParty app = withAudience(List.of("openid"), NOTES);
        String user = RelyingParty.newUser(server, List.of("user"));
        for (String resource : List.of("https://elsewhere.example", server.config().tokens().audience(), "notes-api", NOTES + "#frag")) {
            // Appended by hand: a client library will not build a malformed resource.
            RelyingParty.Request req = app.request("openid");
            String path = req.path() + "&resource=" + java.net.URLEncoder.encode(resource, java.nio.charset.StandardCharsets.UTF_8);
            URI back = RelyingParty.browse(new Browser(server.baseUrl()), path, user, "allow");
            AuthorizationResponse response = RelyingParty.parse(back);
            assertThat(response.indicatesSuccess()).as(resource).isFalse();
            assertThat(response.toErrorResponse().getErrorObject().getCode()).as(resource).isEqualTo("invalid_target");
            assertThat(response.getState()).isEqualTo(req.state());
        }
    }

    @Test
    void resourceNotGrantedAtAuthorizationOrNotAllowedIsInvalidTargetOnToken() throws Exception {
        RelyingParty app = withAudience(List.of("openid", "offline_access"), NOTES, CALENDAR);
        String user = RelyingParty.newUser(server, List.of("user"));

        // Allowed for the client, but not what the user authorized.
        CodeAndVerifier granted = code(app, user, List.of(NOTES));
        assertInvalidTarget(OAuthFixture.send(new TokenRequest.Builder(app.endpoint("/oauth2/token"), app.auth(),
                new AuthorizationCodeGrant(new AuthorizationCode(granted.code()), URI.create(RelyingParty.REDIRECT), granted.request().verifier()))
                .resources(URI.create(CALENDAR)).build().toHTTPRequest()));

        // Never allowed for the client.
        CodeAndVerifier plain = code(app, user, List.of());
        assertInvalidTarget(OAuthFixture.send(new TokenRequest.Builder(app.endpoint("/oauth2/token"), app.auth(),
                new AuthorizationCodeGrant(new AuthorizationCode(plain.code()), URI.create(RelyingParty.REDIRECT), plain.request().verifier()))
                .resources(URI.create("https://elsewhere.example")).build().toHTTPRequest()));

        // A refresh cannot widen what the authorization granted.
        Tokens notes = codeFlow(app, user, List.of(NOTES), List.of());
        assertInvalidTarget(tokenRequest(app.auth(), new RefreshTokenGrant(notes.getRefreshToken()), URI.create(CALENDAR)));
        // The refused refresh did not spend the token.
        assertThat(success(tokenRequest(app.auth(), new RefreshTokenGrant(notes.getRefreshToken())))).isNotNull();
    }

    // ---- registration ----

    @Test
    void registrationRefusesGatehousesAudienceForANonFirstPartyClient() {
        String own = server.config().tokens().audience();
        TestHttp.Response refused = createClient(Map.of("name", "Sneaky", "grant_types", List.of("client_credentials"),
                "audience", List.of(NOTES, own)));
        assertFieldError(refused, "audience", "reserved_for_first_party");

        TestHttp.Response firstParty = createClient(Map.of("name", "Own app", "grant_types", List.of("client_credentials"),
                "first_party", true, "audience", List.of(own, NOTES)));
        assertThat(firstParty.status()).as(firstParty.body()).isEqualTo(201);
        assertThat(firstParty.json().path("audience")).extracting(JsonNode::asText).containsExactly(own, NOTES);
        String id = firstParty.json().path("client_id").asText();
        // Switched off first_party while still listing Gatehouse's audience: refused as a whole.
        assertFieldError(server.http().send("PATCH", "/admin/v1/clients/" + id, "{\"first_party\":false}", "application/json",
                adminToken()), "audience", "reserved_for_first_party");
        TestHttp.Response both = server.http().send("PATCH", "/admin/v1/clients/" + id,
                "{\"first_party\":false,\"audience\":[\"" + CALENDAR + "\"]}", "application/json", adminToken());
        assertThat(both.status()).as(both.body()).isEqualTo(200);
        assertThat(both.json().path("audience")).extracting(JsonNode::asText).containsExactly(CALENDAR);
        assertThat(server.http().get("/admin/v1/clients/" + id, adminToken()).json().path("audience"))
                .extracting(JsonNode::asText).containsExactly(CALENDAR);
    }

    @Test
    void registrationRefusesMalformedAudienceEntries() {
        assertFieldError(createClient(Map.of("name", "A", "grant_types", List.of("client_credentials"), "audience", List.of(""))),
                "audience", "invalid");
        assertFieldError(createClient(Map.of("name", "A", "grant_types", List.of("client_credentials"),
                "audience", List.of("https://x.example/" + "a".repeat(200)))), "audience", "too_long");
        assertFieldError(createClient(Map.of("name", "A", "grant_types", List.of("client_credentials"),
                "audience", List.of(NOTES, NOTES))), "audience", "duplicate");
        assertFieldError(createClient(Map.of("name", "A", "grant_types", List.of("client_credentials"),
                "audience", List.of("has space"))), "audience", "invalid");
        List<String> many = new java.util.ArrayList<>();
        for (int i = 0; i < 21; i++) many.add("https://api" + i + ".example");
        assertFieldError(createClient(Map.of("name", "A", "grant_types", List.of("client_credentials"), "audience", many)),
                "audience", "too_many");
        assertThat(createClient(Map.of("name", "A", "grant_types", List.of("client_credentials"), "audience", "x")).status())
                .isEqualTo(400);
    }

    // ---- auth_time ----

    @Test
    void authTimeIsTheSignInAndStaysTheSameAfterRefresh() throws Exception {
        server.http().signupAndLogin("timed-user", RelyingParty.PASSWORD);
        long signIn = clock.instant().getEpochSecond();
        JsonNode login = server.http().login("timed-user", RelyingParty.PASSWORD);
        JWTClaimsSet first = claims(login.path("access_token").asText());
        assertThat(first.getLongClaim("auth_time")).isBetween(signIn, signIn + 1);

        clock.advance(Duration.ofMinutes(7));
        JsonNode refreshed = server.http().post("/api/v1/refresh", Map.of("refresh_token", login.path("refresh_token").asText())).json();
        JWTClaimsSet second = claims(refreshed.path("access_token").asText());
        assertThat(second.getIssueTime()).isAfter(first.getIssueTime());
        assertThat(second.getLongClaim("auth_time")).isEqualTo(first.getLongClaim("auth_time"));
        assertThat(server.http().get("/api/v1/me", refreshed.path("access_token").asText()).status()).isEqualTo(200);
    }

    @Test
    void codeFlowAuthTimeIsTheBrowserSignInAndStaysTheSameAfterRefresh() throws Exception {
        RelyingParty app = RelyingParty.confidential(server, List.of("openid", "offline_access"), false);
        RelyingParty.SignedIn s = app.signIn(List.of("user"), "openid offline_access");
        long idTokenAuthTime = s.idToken().getJWTClaimsSet().getLongClaim("auth_time");
        assertThat(claims(s.tokens().getAccessToken().getValue()).getLongClaim("auth_time")).isEqualTo(idTokenAuthTime);

        clock.advance(Duration.ofMinutes(3));
        String refreshed = ((Tokens) success(tokenRequest(app.auth(), new RefreshTokenGrant(s.tokens().getRefreshToken()))))
                .getAccessToken().getValue();
        assertThat(claims(refreshed).getLongClaim("auth_time")).isEqualTo(idTokenAuthTime);
    }

    @Test
    void codeFlowCarriesAmrOnAccessTokensKeptAfterRefreshAndAcrOnTheIdToken() throws Exception {
        RelyingParty app = RelyingParty.confidential(server, List.of("openid", "offline_access"), false);
        RelyingParty.SignedIn s = app.signIn(List.of("user"), "openid offline_access");
        // RFC 8176 / API.md §7: a password sign-in at the hosted page is one factor.
        assertThat(s.idToken().getJWTClaimsSet().getStringClaim("acr")).isEqualTo("1");
        assertThat(s.idToken().getJWTClaimsSet().getStringListClaim("amr")).containsExactly("pwd");
        assertThat(claims(s.tokens().getAccessToken().getValue()).getStringListClaim("amr")).containsExactly("pwd");
        String refreshed = ((Tokens) success(tokenRequest(app.auth(), new RefreshTokenGrant(s.tokens().getRefreshToken()))))
                .getAccessToken().getValue();
        assertThat(claims(refreshed).getStringListClaim("amr")).containsExactly("pwd");
    }

    @Test
    void clientCredentialsTokenHasNoAuthTime() throws Exception {
        OAuthFixture.Registered r = oauth.confidential("client_secret_basic", List.of("client_credentials"), List.of("x:read"));
        String token = ((Tokens) success(tokenRequest(r.basic(), new ClientCredentialsGrant()))).getAccessToken().getValue();
        assertThat(claims(token).getClaims()).doesNotContainKey("auth_time");
        assertThat(claims(token).getAudience()).containsExactly(r.clientId());
    }

    // ---- storage: both databases ----

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void audienceResourcesAndAuthTimeAreKeptByTheDatabase(TestDatabases.Kind kind) throws Exception {
        try (TestServer db = TestServer.builder().database(kind).start()) {
            db.gatehouse().services().accounts().create("root", ADMIN_PASSWORD, null, null, List.of("user", "admin"), null);
            String admin = db.http().login("root", ADMIN_PASSWORD).path("access_token").asText();
            TestHttp.Response created = db.http().post("/admin/v1/clients", Map.of("name", "Notes web", "type", "confidential",
                    "redirect_uris", List.of(RelyingParty.REDIRECT), "grant_types", List.of("authorization_code", "refresh_token"),
                    "scopes", List.of("openid", "offline_access"), "audience", List.of(NOTES, CALENDAR)), admin);
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            String id = created.json().path("client_id").asText();
            assertThat(db.http().get("/admin/v1/clients/" + id, admin).json().path("audience"))
                    .extracting(JsonNode::asText).containsExactly(NOTES, CALENDAR);
            RelyingParty app = RelyingParty.existing(db, id, created.json().path("client_secret").asText());
            String user = RelyingParty.newUser(db, List.of("user"));

            // The resource goes through the pending request (login page), the code and the session.
            Tokens t = codeFlow(app, user, List.of(CALENDAR), List.of());
            JWTClaimsSet first = claims(t.getAccessToken().getValue());
            assertThat(first.getAudience()).containsExactly(CALENDAR);
            assertThat(first.getLongClaim("auth_time")).isNotNull();
            Tokens refreshed = (Tokens) success(tokenRequest(app, app.auth(), new RefreshTokenGrant(t.getRefreshToken())));
            JWTClaimsSet second = claims(refreshed.getAccessToken().getValue());
            assertThat(second.getAudience()).containsExactly(CALENDAR);
            assertThat(second.getLongClaim("auth_time")).isEqualTo(first.getLongClaim("auth_time"));
            assertInvalidTarget(tokenRequest(app, app.auth(), new RefreshTokenGrant(refreshed.getRefreshToken()), URI.create(NOTES)));
        }
    }

    // ---- helpers ----

    private static RelyingParty withAudience(List<String> scopes, String... audience) {
        ClientRegistry.Created c = server.gatehouse().services().clients().create(new ClientSpec(null, "Audience app", "confidential",
                List.of(RelyingParty.REDIRECT), null, List.of("authorization_code", "refresh_token"), scopes, "client_secret_basic",
                null, null, false, null, null, null, null, List.of(audience)), "test");
        return RelyingParty.existing(server, c.client().clientId(), c.clientSecret());
    }

    private record CodeAndVerifier(String code, RelyingParty.Request request) {}

    private static CodeAndVerifier code(RelyingParty app, String user, List<String> resources) {
        RelyingParty.Request req = app.request("openid offline_access", b -> {
            if (!resources.isEmpty()) b.resources(resources.stream().map(URI::create).toArray(URI[]::new));
        });
        URI back = RelyingParty.browse(new Browser(app.server.baseUrl()), req.path(), user, "allow");
        AuthorizationResponse response = RelyingParty.parse(back);
        assertThat(response.indicatesSuccess()).as(back.toString()).isTrue();
        return new CodeAndVerifier(response.toSuccessResponse().getAuthorizationCode().getValue(), req);
    }

    /** Authorizes with {@code authorized} resources, then redeems asking for {@code requested}. */
    private static Tokens codeFlow(RelyingParty app, String user, List<String> authorized, List<String> requested) throws Exception {
        CodeAndVerifier c = code(app, user, authorized);
        TokenRequest.Builder b = new TokenRequest.Builder(app.endpoint("/oauth2/token"), app.auth(),
                new AuthorizationCodeGrant(new AuthorizationCode(c.code()), URI.create(RelyingParty.REDIRECT), c.request().verifier()));
        if (!requested.isEmpty()) b.resources(requested.stream().map(URI::create).toArray(URI[]::new));
        return success(OAuthFixture.send(b.build().toHTTPRequest()));
    }

    private static HTTPResponse tokenRequest(ClientAuthentication auth, AuthorizationGrant grant, URI... resources) {
        return tokenRequest(null, auth, grant, resources);
    }

    private static HTTPResponse tokenRequest(RelyingParty app, ClientAuthentication auth, AuthorizationGrant grant, URI... resources) {
        URI endpoint = app != null ? app.endpoint("/oauth2/token") : oauth.endpoint("/oauth2/token");
        TokenRequest.Builder b = new TokenRequest.Builder(endpoint, auth, grant);
        if (resources.length > 0) b.resources(resources);
        return OAuthFixture.send(b.build().toHTTPRequest());
    }

    private static Tokens success(HTTPResponse r) {
        TokenResponse parsed = OAuthFixture.parse(r);
        assertThat(parsed.indicatesSuccess()).as(r.getStatusCode() + " " + r.getBody()).isTrue();
        return parsed.toSuccessResponse().getTokens();
    }

    private static void assertInvalidTarget(HTTPResponse r) {
        assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(400);
        assertThat(OAuthFixture.parse(r).toErrorResponse().getErrorObject().getCode()).as(r.getBody()).isEqualTo("invalid_target");
    }

    private static JWTClaimsSet claims(String token) throws Exception {
        return SignedJWT.parse(token).getJWTClaimsSet();
    }

    private static TokenIntrospectionSuccessResponse introspect(String token) throws Exception {
        HTTPResponse r = OAuthFixture.send(new TokenIntrospectionRequest(oauth.endpoint("/oauth2/introspect"), introspector.basic(),
                new BearerAccessToken(token)).toHTTPRequest());
        assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(200);
        return TokenIntrospectionResponse.parse(r).toSuccessResponse();
    }

    /** RFC 6750 §3.1: 401 invalid_token, with the challenge and a detail that says why. */
    private static void assertRefused(TestHttp.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(401);
        assertThat(r.json().path("code").asText()).isEqualTo("invalid_token");
        assertThat(r.json().path("detail").asText()).contains("first-party");
        assertThat(r.header("WWW-Authenticate")).contains("error=\"invalid_token\"");
    }

    /** A fresh admin token: the tests move the clock. */
    private static String adminToken() {
        return server.http().login("root", ADMIN_PASSWORD).path("access_token").asText();
    }

    private static TestHttp.Response createClient(Map<String, Object> body) {
        return server.http().post("/admin/v1/clients", body, adminToken());
    }

    private static void assertFieldError(TestHttp.Response r, String field, String code) {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.json().path("errors")).as(r.body())
                .anySatisfy(e -> {
                    assertThat(e.path("field").asText()).isEqualTo(field);
                    assertThat(e.path("code").asText()).isEqualTo(code);
                });
    }
}
