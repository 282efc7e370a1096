package dev.gatehouse.web.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.oauth2.sdk.AuthorizationResponse;
import com.nimbusds.openid.connect.sdk.Prompt;
import com.nimbusds.openid.connect.sdk.claims.ACR;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import dev.gatehouse.account.BrowserSessionService;
import dev.gatehouse.testing.Authenticator;
import dev.gatehouse.testing.Browser;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Step-up on {@code /oauth2/authorize} (API.md §7): a certified relying party (the Nimbus SDK) asking
 * {@code acr_values=2} gets a code only for a session signed in with two factors, and its ID token then
 * says acr "2"; a session with one factor is sent to the hosted second step, which comes back to the
 * pending request; a user without a factor cannot step up (access_denied); prompt=none never shows a page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StepUpTest {
    private static final String SESSION_COOKIE = "gatehouse_session";

    private TestServer server;
    private RelyingParty app;

    @BeforeAll
    void start() {
        server = TestServer.builder().start();
        app = RelyingParty.confidential(server, List.of("openid"), true);
    }

    @AfterAll
    void stop() {
        if (server != null) server.close();
    }

    private RelyingParty.Request stepUp(Prompt.Type prompt) {
        return app.request("openid", b -> {
            b.acrValues(List.of(new ACR("2")));
            if (prompt != null) b.prompt(new Prompt(prompt));
        });
    }

    /** A user with TOTP confirmed (through the JSON API); returns its id. */
    private String userWithTotp() {
        String username = RelyingParty.newUser(server, List.of("user"));
        TestHttp.Response login = server.http().post("/api/v1/login", Map.of("username", username, "password", RelyingParty.PASSWORD));
        String access = login.json().path("access_token").asText();
        TestHttp.Response started = server.http().post("/api/v1/me/mfa/totp", Map.of(), access);
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        Authenticator totp = new Authenticator(started.json().path("secret").asText(), Clock.systemUTC());
        assertThat(server.http().post("/api/v1/me/mfa/totp/confirm", Map.of("code", totp.code()), access).status()).isEqualTo(200);
        return server.gatehouse().stores().users().findByLogin(username).orElseThrow().user().id();
    }

    /** A browser signed in as {@code userId}, its session proven by {@code amr} (as the hosted sign-in pages make one). */
    private Browser signedIn(String userId, List<String> amr) {
        BrowserSessionService.Started s = server.gatehouse().services().loginSessions().start(userId, amr, "127.0.0.1", "test");
        Browser browser = new Browser(server.baseUrl());
        browser.cookie(SESSION_COOKIE, s.cookieValue());
        return browser;
    }

    @Test
    void aSessionWithOneFactorIsSentToTheSecondStepAndNoCodeIsIssued() {
        String userId = userWithTotp();
        Browser browser = signedIn(userId, List.of("pwd"));
        long codes = count();
        TestHttp.Response r = browser.get(stepUp(null).path());
        assertThat(r.status()).as(r.body()).isEqualTo(303);
        String location = r.header("Location");
        assertThat(location).startsWith("/login/mfa?return_to=");
        String returnTo = URLDecoder.decode(location.substring("/login/mfa?return_to=".length()), StandardCharsets.UTF_8);
        assertThat(returnTo).startsWith("/oauth2/authorize/resume?id=");
        // Coming back without the second step changes nothing: still the second step, still no code.
        TestHttp.Response again = browser.get(returnTo);
        assertThat(again.status()).isEqualTo(303);
        assertThat(again.header("Location")).startsWith("/login/mfa?return_to=");
        assertThat(count()).isEqualTo(codes);
    }

    @Test
    void aSessionWithTwoFactorsGetsTheCodeAndTheIdTokenSaysAcr2() throws Exception {
        String userId = userWithTotp();
        Browser browser = signedIn(userId, List.of("pwd", "otp", "mfa"));
        RelyingParty.Request req = stepUp(null);
        TestHttp.Response r = browser.get(req.path());
        assertThat(r.status()).as(r.body()).isEqualTo(303);
        AuthorizationResponse response = RelyingParty.parse(URI.create(r.header("Location")));
        assertThat(response.indicatesSuccess()).as(r.header("Location")).isTrue();
        var tokens = app.tokens(response.toSuccessResponse().getAuthorizationCode().getValue(), req);
        IDTokenClaimsSet claims = app.idTokenValidator().validate(tokens.getIDToken(), req.nonce());
        assertThat(claims.getACR().getValue()).isEqualTo("2");
        assertThat(claims.getAMR()).extracting(Object::toString).contains("otp", "mfa");
        assertThat(claims.getAuthenticationTime()).isNotNull();
    }

    @Test
    void withoutAcrValuesOneFactorIsEnoughAndTheIdTokenSaysAcr1() throws Exception {
        String userId = userWithTotp();
        Browser browser = signedIn(userId, List.of("pwd"));
        RelyingParty.Request req = app.request("openid");
        TestHttp.Response r = browser.get(req.path());
        AuthorizationResponse response = RelyingParty.parse(URI.create(r.header("Location")));
        assertThat(response.indicatesSuccess()).as(r.header("Location")).isTrue();
        var tokens = app.tokens(response.toSuccessResponse().getAuthorizationCode().getValue(), req);
        assertThat(app.idTokenValidator().validate(tokens.getIDToken(), req.nonce()).getACR().getValue()).isEqualTo("1");
    }

    @Test
    void aUserWithoutAFactorCannotStepUpAndTheClientHearsAccessDenied() {
        String username = RelyingParty.newUser(server, List.of("user"));
        URI back = RelyingParty.browse(new Browser(server.baseUrl()), stepUp(null).path(), username, "allow");
        AuthorizationResponse response = RelyingParty.parse(back);
        assertThat(response.indicatesSuccess()).as(back.toString()).isFalse();
        assertThat(response.toErrorResponse().getErrorObject().getCode()).isEqualTo("access_denied");
        assertThat(response.toErrorResponse().getErrorObject().getDescription()).contains("second factor");
    }

    @Test
    void promptNoneNeverShowsTheSecondStep() {
        Browser browser = signedIn(userWithTotp(), List.of("pwd"));
        TestHttp.Response r = browser.get(stepUp(Prompt.Type.NONE).path());
        assertThat(r.status()).isEqualTo(303);
        AuthorizationResponse response = RelyingParty.parse(URI.create(r.header("Location")));
        assertThat(response.toErrorResponse().getErrorObject().getCode()).isEqualTo("interaction_required");
    }

    @Test
    void otherAcrValuesAreIgnored() {
        Browser browser = signedIn(userWithTotp(), List.of("pwd"));
        RelyingParty.Request req = app.request("openid", b -> b.acrValues(List.of(new ACR("1"), new ACR("urn:example:gold"))));
        TestHttp.Response r = browser.get(req.path());
        assertThat(RelyingParty.parse(URI.create(r.header("Location"))).indicatesSuccess()).isTrue();
    }

    /** A confidential app registered with require_mfa (API.md §7). */
    private RelyingParty strictApp() {
        var c = server.gatehouse().services().clients().create(new dev.gatehouse.oauth.client.ClientSpec(null, "Strict App", "confidential",
                List.of(RelyingParty.REDIRECT), null, List.of("authorization_code", "refresh_token"), List.of("openid"), "client_secret_basic",
                null, null, true, null, null, null, null, null, true), "test");
        return RelyingParty.existing(server, c.client().clientId(), c.clientSecret());
    }

    @Test
    void aRequireMfaClientSendsAOneFactorSessionToTheSecondStepAndGetsAcr2FromATwoFactorOne() throws Exception {
        RelyingParty strict = strictApp();
        String userId = userWithTotp();
        TestHttp.Response r = signedIn(userId, List.of("pwd")).get(strict.request("openid").path());
        assertThat(r.status()).isEqualTo(303);
        assertThat(r.header("Location")).startsWith("/login/mfa?return_to=");

        RelyingParty.Request req = strict.request("openid");
        TestHttp.Response two = signedIn(userId, List.of("pwd", "otp", "mfa")).get(req.path());
        AuthorizationResponse response = RelyingParty.parse(URI.create(two.header("Location")));
        assertThat(response.indicatesSuccess()).as(two.header("Location")).isTrue();
        var tokens = strict.tokens(response.toSuccessResponse().getAuthorizationCode().getValue(), req);
        assertThat(strict.idTokenValidator().validate(tokens.getIDToken(), req.nonce()).getACR().getValue()).isEqualTo("2");
        // Its refreshes keep the two factors in the access token (RFC 8176 amr).
        TestHttp.Response refreshed = refresh(strict, tokens.getRefreshToken().getValue());
        assertThat(refreshed.status()).as(refreshed.body()).isEqualTo(200);
        assertThat(com.nimbusds.jwt.SignedJWT.parse(refreshed.json().path("access_token").asText()).getJWTClaimsSet()
                .getStringListClaim("amr")).contains("otp", "mfa");
    }

    @Test
    void aRequireMfaClientDeniesAUserWithoutAFactor() {
        RelyingParty strict = strictApp();
        String username = RelyingParty.newUser(server, List.of("user"));
        URI back = RelyingParty.browse(new Browser(server.baseUrl()), strict.request("openid").path(), username, "allow");
        assertThat(RelyingParty.parse(back).toErrorResponse().getErrorObject().getCode()).isEqualTo("access_denied");
    }

    @Test
    void turningOnRequireMfaStopsTheRefreshesOfAOneFactorSession() {
        RelyingParty relaxed = RelyingParty.confidential(server, List.of("openid"), true);
        String userId = userWithTotp();
        RelyingParty.Request req = relaxed.request("openid");
        TestHttp.Response r = signedIn(userId, List.of("pwd")).get(req.path());
        AuthorizationResponse response = RelyingParty.parse(URI.create(r.header("Location")));
        var tokens = relaxed.tokens(response.toSuccessResponse().getAuthorizationCode().getValue(), req);
        server.gatehouse().services().clients().update(relaxed.clientId, new dev.gatehouse.oauth.client.ClientSpec(null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, true), "test");
        TestHttp.Response refused = refresh(relaxed, tokens.getRefreshToken().getValue());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("error").asText()).isEqualTo("invalid_grant");
    }

    /** A refresh at /oauth2/token by {@code client} (client_secret_basic, through the SDK): status and JSON body. */
    private static TestHttp.Response refresh(RelyingParty client, String refreshToken) {
        var response = OAuthFixture.send(new com.nimbusds.oauth2.sdk.TokenRequest(client.endpoint("/oauth2/token"), client.auth(),
                new com.nimbusds.oauth2.sdk.RefreshTokenGrant(new com.nimbusds.oauth2.sdk.token.RefreshToken(refreshToken))).toHTTPRequest());
        return new TestHttp.Response(response.getStatusCode(), Map.of(), response.getBody());
    }

    private long count() {
        server.gatehouse().services().audit().flush();
        return server.gatehouse().stores().jdbi().withHandle(h ->
                h.createQuery("SELECT COUNT(*) FROM authorization_codes").mapTo(Long.class).one());
    }
}
