package dev.gatehouse.web.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.AuthorizationResponse;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.openid.connect.sdk.Prompt;
import com.nimbusds.openid.connect.sdk.UserInfoRequest;
import com.nimbusds.openid.connect.sdk.UserInfoResponse;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.claims.UserInfo;
import com.nimbusds.openid.connect.sdk.token.OIDCTokens;
import com.nimbusds.openid.connect.sdk.validators.AccessTokenValidator;
import dev.gatehouse.admin.Actor;
import dev.gatehouse.oauth.client.ClientSpec;
import dev.gatehouse.testing.Browser;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The authorization code flow end to end, as a web application uses it: sign-in on the hosted page,
 * consent, code, tokens, ID token validated with the Nimbus SDK against the JWKS, userinfo, refresh.
 */
class AuthorizationCodeFlowTest {
    private static final List<String> SCOPES = List.of("openid", "profile", "email", "offline_access", "notes:read");
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void signInConsentRedeemThenIdTokenValidatesAndUserinfoAndRefreshWork() throws Exception {
        RelyingParty app = RelyingParty.confidential(server, SCOPES, false);
        String user = RelyingParty.newUser(server, List.of("user"));
        RelyingParty.Request req = app.request("openid profile email offline_access");
        Browser browser = new Browser(server.baseUrl());

        URI back = RelyingParty.browse(browser, req.path(), user, "allow");
        AuthorizationResponse response = RelyingParty.parse(back);

        assertThat(response.indicatesSuccess()).as(back.toString()).isTrue();
        assertThat(back.toString()).startsWith(RelyingParty.REDIRECT + "?");
        assertThat(response.getState()).isEqualTo(req.state());
        assertThat(response.getIssuer().getValue()).isEqualTo(OAuthFixture.ISSUER);
        String code = response.toSuccessResponse().getAuthorizationCode().getValue();
        assertThat(code).hasSizeGreaterThanOrEqualTo(43);

        OIDCTokens tokens = app.tokens(code, req);
        IDTokenClaimsSet id = app.idTokenValidator().validate(tokens.getIDToken(), req.nonce());
        AccessTokenValidator.validate(tokens.getAccessToken(), JWSAlgorithm.RS256, id.getAccessTokenHash());
        assertThat(id.getAuthenticationTime()).isNotNull();
        assertThat(id.getAMR()).extracting(Object::toString).containsExactly("pwd");
        assertThat(id.getStringClaim("sid")).isNotBlank();
        assertThat(tokens.getRefreshToken()).as("offline_access granted").isNotNull();
        SignedJWT access = (SignedJWT) com.nimbusds.jwt.JWTParser.parse(tokens.getAccessToken().getValue());
        assertThat(access.getHeader().getType().toString()).isEqualTo("at+jwt");
        assertThat(access.getJWTClaimsSet().getStringClaim("scope")).isEqualTo("email offline_access openid profile");
        assertThat(access.getJWTClaimsSet().getStringClaim("sid")).as("a new token session, not the login session")
                .isNotEqualTo(id.getStringClaim("sid"));
        assertThat(access.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("user");

        UserInfoResponse info = UserInfoResponse.parse(new UserInfoRequest(app.endpoint("/oauth2/userinfo"), tokens.getBearerAccessToken())
                .toHTTPRequest().send());
        assertThat(info.indicatesSuccess()).isTrue();
        UserInfo claims = info.toSuccessResponse().getUserInfo();
        assertThat(claims.getSubject()).isEqualTo(id.getSubject());
        assertThat(claims.getPreferredUsername()).isEqualTo(user);
        assertThat(claims.getEmailAddress()).isEqualTo(user + "@example.com");
        assertThat(claims.getEmailVerified()).isFalse();

        HTTPResponse refreshed = OAuthFixture.send(new TokenRequest(app.endpoint("/oauth2/token"), app.auth(),
                new RefreshTokenGrant(tokens.getRefreshToken())).toHTTPRequest());
        TokenResponse parsed = OAuthFixture.parse(refreshed);
        assertThat(parsed.indicatesSuccess()).as(refreshed.getBody()).isTrue();
        assertThat(parsed.toSuccessResponse().getTokens().getRefreshToken()).isNotEqualTo(tokens.getRefreshToken());
    }

    @Test
    void consentIsRememberedAndAskedAgainOnlyForNewScopes() {
        RelyingParty app = RelyingParty.confidential(server, SCOPES, false);
        String user = RelyingParty.newUser(server, List.of("user"));
        Browser browser = new Browser(server.baseUrl());
        RelyingParty.browse(browser, app.request("openid profile").path(), user, "allow");

        TestHttp.Response again = browser.get(app.request("openid profile").path());
        assertThat(again.status()).isEqualTo(303);
        assertThat(again.header("Location")).as("remembered: straight back with a code").startsWith(RelyingParty.REDIRECT + "?code=");

        TestHttp.Response wider = browser.get(app.request("openid profile email").path());
        assertThat(wider.header("Location")).as("a new scope asks again").startsWith("/consent?id=");
    }

    @Test
    void promptConsentAsksAgainEvenWhenRemembered() {
        RelyingParty app = RelyingParty.confidential(server, SCOPES, false);
        String user = RelyingParty.newUser(server, List.of("user"));
        Browser browser = new Browser(server.baseUrl());
        RelyingParty.browse(browser, app.request("openid").path(), user, "allow");

        TestHttp.Response r = browser.get(app.request("openid", b -> b.prompt(new Prompt(Prompt.Type.CONSENT))).path());

        assertThat(r.header("Location")).startsWith("/consent?id=");
    }

    @Test
    void firstPartyClientSkipsConsentAndGetsARefreshToken() {
        RelyingParty app = RelyingParty.confidential(server, SCOPES, true);
        String user = RelyingParty.newUser(server, List.of("user"));
        RelyingParty.Request req = app.request("openid");
        Browser browser = new Browser(server.baseUrl());

        URI back = RelyingParty.browse(browser, req.path(), user, "no consent page expected");

        OIDCTokens tokens = app.tokens(RelyingParty.parse(back).toSuccessResponse().getAuthorizationCode().getValue(), req);
        assertThat(tokens.getRefreshToken()).isNotNull();
    }

    @Test
    void withoutOfflineAccessNoRefreshToken() {
        RelyingParty app = RelyingParty.confidential(server, SCOPES, false);
        String user = RelyingParty.newUser(server, List.of("user"));
        RelyingParty.Request req = app.request("openid");

        URI back = RelyingParty.browse(new Browser(server.baseUrl()), req.path(), user, "allow");

        OIDCTokens tokens = app.tokens(RelyingParty.parse(back).toSuccessResponse().getAuthorizationCode().getValue(), req);
        assertThat(tokens.getRefreshToken()).isNull();
    }

    @Test
    void consentPageIsOneFormWithAllowAndDenyButtonsAndCsrfAndCannotBeFramed() {
        RelyingParty app = RelyingParty.confidential(server, SCOPES, false);
        String user = RelyingParty.newUser(server, List.of("user"));
        Browser browser = new Browser(server.baseUrl());
        TestHttp.Response r = browser.get(app.request("openid email").path());
        TestHttp.Response login = browser.get(r.header("Location"));
        Map<String, String> fields = new java.util.LinkedHashMap<>(Browser.hiddenInputs(login.body()));
        fields.put("username", user);
        fields.put("password", RelyingParty.PASSWORD);
        TestHttp.Response resumed = browser.get(browser.post("/login", fields).header("Location"));

        TestHttp.Response page = browser.get(resumed.header("Location"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body().split("<form", -1)).hasSize(2);
        assertThat(page.body()).contains("method=\"post\"").contains("name=\"decision\" value=\"allow\"")
                .contains("name=\"decision\" value=\"deny\"").contains(app.clientId.isEmpty() ? "" : "Web App")
                .contains("See your email address");
        assertThat(Browser.hiddenInputs(page.body())).containsKey("csrf");
        assertThat(page.header("Content-Security-Policy")).contains("frame-ancestors 'none'").contains("https://app.example");
        assertThat(page.header("Access-Control-Allow-Origin")).isNull();
    }

    /**
     * CSP3 §6.3.1: browsers check the redirects after a form POST against form-action. A first-party
     * client gets its code straight after the password, so the login page of its pending request (and
     * only of a pending one) lists the client's redirect origin; a plain login page stays 'self'.
     */
    @Test
    void loginPageOfAPendingRequestLetsItsFormRedirectToTheClient() {
        RelyingParty app = RelyingParty.confidential(server, SCOPES, true);
        Browser browser = new Browser(server.baseUrl());
        String loginPath = browser.get(app.request("openid").path()).header("Location");
        TestHttp.Response login = browser.get(loginPath);
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.header("Content-Security-Policy")).contains("form-action 'self' https://app.example;");
        assertThat(browser.get("/login").header("Content-Security-Policy")).contains("form-action 'self';");
        String forged = "/login?return_to=" + java.net.URLEncoder.encode("/oauth2/authorize/resume?id=" + "x".repeat(43),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(browser.get(forged).header("Content-Security-Policy")).contains("form-action 'self';");
    }

    @Test
    void permissionScopesOnlyWhenTheUserHasThem() throws Exception {
        RelyingParty app = RelyingParty.confidential(server, SCOPES, true);
        String user = RelyingParty.newUser(server, List.of("user"));
        RelyingParty.Request req = app.request("openid notes:read");

        URI back = RelyingParty.browse(new Browser(server.baseUrl()), req.path(), user, "allow");

        OIDCTokens tokens = app.tokens(RelyingParty.parse(back).toSuccessResponse().getAuthorizationCode().getValue(), req);
        assertThat(tokens.getAccessToken().getScope().toStringList()).containsExactly("openid");
    }

    @Test
    void codeRedeemedAfterTheClientLostAScopeDoesNotCarryIt() {
        server.gatehouse().services().roles().create(Actor.operator("test"), "note-reader", "reads notes", List.of("notes:read"));
        RelyingParty app = RelyingParty.confidential(server, SCOPES, true);
        String user = RelyingParty.newUser(server, List.of("user", "note-reader"));
        RelyingParty.Request req = app.request("openid notes:read");
        URI back = RelyingParty.browse(new Browser(server.baseUrl()), req.path(), user, "allow");
        // The operator takes notes:read away from the client between the authorization and the redemption.
        server.gatehouse().services().clients().update(app.clientId, new ClientSpec(null, null, null, null, null, null,
                List.of("openid", "profile", "email", "offline_access"), null, null, null, null, null, null, null), "test");

        OIDCTokens tokens = app.tokens(RelyingParty.parse(back).toSuccessResponse().getAuthorizationCode().getValue(), req);
        assertThat(tokens.getAccessToken().getScope().toStringList()).containsExactly("openid");
    }

    @Test
    void loginHintPrefillsTheLoginForm() {
        RelyingParty app = RelyingParty.confidential(server, SCOPES, false);
        Browser browser = new Browser(server.baseUrl());

        TestHttp.Response r = browser.get(app.request("openid", b -> b.loginHint("alice@example.com")).path());
        TestHttp.Response login = browser.get(r.header("Location"));

        assertThat(Browser.input(login.body(), "username")).containsEntry("value", "alice@example.com");
    }

    @Test
    void promptLoginForcesAFreshSignInAndAuthTimeMoves() throws Exception {
        RelyingParty app = RelyingParty.confidential(server, SCOPES, true);
        String user = RelyingParty.newUser(server, List.of("user"));
        Browser browser = new Browser(server.baseUrl());
        RelyingParty.Request first = app.request("openid");
        OIDCTokens t1 = app.tokens(RelyingParty.parse(RelyingParty.browse(browser, first.path(), user, "allow"))
                .toSuccessResponse().getAuthorizationCode().getValue(), first);
        Thread.sleep(1100);

        RelyingParty.Request second = app.request("openid", b -> b.prompt(new Prompt(Prompt.Type.LOGIN)));
        TestHttp.Response r = browser.get(second.path());
        assertThat(r.header("Location")).startsWith("/login?").contains("force=1");
        OIDCTokens t2 = app.tokens(RelyingParty.parse(RelyingParty.browse(browser, second.path(), user, "allow"))
                .toSuccessResponse().getAuthorizationCode().getValue(), second);

        assertThat(t2.getIDToken().getJWTClaimsSet().getDateClaim("auth_time"))
                .isAfter(t1.getIDToken().getJWTClaimsSet().getDateClaim("auth_time"));
    }

    @Test
    void maxAgeZeroForcesSignInOnceThenCompletes() {
        RelyingParty app = RelyingParty.confidential(server, SCOPES, true);
        String user = RelyingParty.newUser(server, List.of("user"));
        Browser browser = new Browser(server.baseUrl());
        RelyingParty.browse(browser, app.request("openid").path(), user, "allow");

        RelyingParty.Request req = app.request("openid", b -> b.maxAge(0));
        URI back = RelyingParty.browse(browser, req.path(), user, "allow");

        assertThat(RelyingParty.parse(back).indicatesSuccess()).isTrue();
    }

    @Test
    void discoveryAdvertisesTheAuthorizationCodeFlow() {
        var m = server.http().get("/.well-known/openid-configuration").json();

        assertThat(m.path("authorization_endpoint").asText()).isEqualTo(OAuthFixture.ISSUER + "/oauth2/authorize");
        assertThat(m.path("userinfo_endpoint").asText()).isEqualTo(OAuthFixture.ISSUER + "/oauth2/userinfo");
        assertThat(m.path("end_session_endpoint").asText()).isEqualTo(OAuthFixture.ISSUER + "/oauth2/logout");
        assertThat(m.path("response_types_supported").toString()).isEqualTo("[\"code\"]");
        assertThat(m.path("code_challenge_methods_supported").toString()).isEqualTo("[\"S256\"]");
        assertThat(m.path("authorization_response_iss_parameter_supported").asBoolean()).isTrue();
        assertThat(m.path("grant_types_supported").toString()).contains("authorization_code");
        assertThat(m.path("id_token_signing_alg_values_supported").toString()).contains("RS256");
    }
}
