package dev.gatehouse.web.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.oauth2.sdk.AuthorizationErrorResponse;
import com.nimbusds.oauth2.sdk.AuthorizationResponse;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.openid.connect.sdk.Prompt;
import dev.gatehouse.testing.Browser;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Once client and redirect URI are trusted, a bad request goes back to the client as an error
 * redirect carrying {@code state} and {@code iss} (RFC 6749 §4.1.2.1, RFC 9207).
 */
class AuthorizeRequestErrorsTest {
    private static final String CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";
    private static TestServer server;
    private static RelyingParty app;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        app = RelyingParty.confidential(server, List.of("openid", "profile"), false);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String base() {
        return "client_id=" + app.clientId + "&redirect_uri=" + URLEncoder.encode(RelyingParty.REDIRECT, StandardCharsets.UTF_8)
                + "&state=xyz";
    }

    private static AuthorizationErrorResponse error(Browser browser, String query) {
        return error(browser.get("/oauth2/authorize?" + query), "xyz");
    }

    /** An error redirect to the client with {@code iss} and {@code state} (none when {@code state} is null). */
    private static AuthorizationErrorResponse error(TestHttp.Response r, String state) {
        assertThat(r.status()).as(r.body()).isEqualTo(303);
        String location = r.header("Location");
        assertThat(location).startsWith(RelyingParty.REDIRECT + "?");
        AuthorizationResponse parsed = RelyingParty.parse(URI.create(location));
        assertThat(parsed.indicatesSuccess()).isFalse();
        assertThat(parsed.getState() == null ? null : parsed.getState().getValue()).isEqualTo(state);
        assertThat(parsed.getIssuer().getValue()).isEqualTo(OAuthFixture.ISSUER);
        return parsed.toErrorResponse();
    }

    enum Method { GET, POST }

    /** The same parameters in the query (GET) or as a form (POST, OIDC Core §3.1.2.1). */
    private static TestHttp.Response authorize(Method method, String parameters) {
        Browser browser = new Browser(server.baseUrl());
        return method == Method.GET ? browser.get("/oauth2/authorize?" + parameters)
                : browser.postRaw("/oauth2/authorize", parameters, "application/x-www-form-urlencoded");
    }

    private static final String CODE_REQUEST = "&response_type=code&code_challenge_method=S256&code_challenge=" + CHALLENGE;

    private static AuthorizationErrorResponse error(String query) {
        return error(new Browser(server.baseUrl()), query);
    }

    @Test
    void missingPkceIsInvalidRequest() {
        assertThat(error(base() + "&response_type=code&scope=openid").getErrorObject().getCode()).isEqualTo("invalid_request");
    }

    @Test
    void challengeWithoutMethodIsInvalidRequest() {
        assertThat(error(base() + "&response_type=code&scope=openid&code_challenge=" + CHALLENGE).getErrorObject().getCode())
                .isEqualTo("invalid_request");
    }

    @Test
    void plainPkceIsInvalidRequest() {
        assertThat(error(base() + "&response_type=code&scope=openid&code_challenge_method=plain&code_challenge=" + CHALLENGE)
                .getErrorObject().getCode()).isEqualTo("invalid_request");
    }

    @Test
    void malformedChallengeIsInvalidRequest() {
        assertThat(error(base() + "&response_type=code&scope=openid&code_challenge_method=S256&code_challenge=short")
                .getErrorObject().getCode()).isEqualTo("invalid_request");
    }

    @Test
    void implicitTokenResponseTypeIsUnsupported() {
        assertThat(error(base() + "&response_type=token&scope=openid&code_challenge_method=S256&code_challenge=" + CHALLENGE)
                .getErrorObject().getCode()).isEqualTo("unsupported_response_type");
    }

    @Test
    void idTokenResponseTypeIsUnsupported() {
        assertThat(error(base() + "&response_type=id_token&scope=openid&nonce=n&code_challenge_method=S256&code_challenge=" + CHALLENGE)
                .getErrorObject().getCode()).isEqualTo("unsupported_response_type");
    }

    @Test
    void hybridResponseTypeIsUnsupported() {
        String rt = URLEncoder.encode(new ResponseType("code", "id_token").toString(), StandardCharsets.UTF_8);
        assertThat(error(base() + "&response_type=" + rt + "&scope=openid&nonce=n&code_challenge_method=S256&code_challenge=" + CHALLENGE)
                .getErrorObject().getCode()).isEqualTo("unsupported_response_type");
    }

    @Test
    void missingResponseTypeIsInvalidRequest() {
        assertThat(error(base() + "&scope=openid&code_challenge_method=S256&code_challenge=" + CHALLENGE).getErrorObject().getCode())
                .isEqualTo("invalid_request");
    }

    // RFC 6749 §3.1: each parameter at most once, judged alike on GET and POST.

    @ParameterizedTest
    @EnumSource(Method.class)
    void repeatedScopeIsInvalidRequestWithStateAndIss(Method method) {
        assertThat(error(authorize(method, base() + "&scope=openid&scope=profile" + CODE_REQUEST), "xyz")
                .getErrorObject().getCode()).isEqualTo("invalid_request");
    }

    @ParameterizedTest
    @EnumSource(Method.class)
    void repeatedResponseTypeIsInvalidRequestWithStateAndIss(Method method) {
        assertThat(error(authorize(method, base() + "&scope=openid&response_type=token" + CODE_REQUEST), "xyz")
                .getErrorObject().getCode()).isEqualTo("invalid_request");
    }

    @ParameterizedTest
    @EnumSource(Method.class)
    void sameValueTwiceIsStillARepeatedParameter(Method method) {
        assertThat(error(authorize(method, base() + "&scope=openid&nonce=n1&nonce=n1" + CODE_REQUEST), "xyz")
                .getErrorObject().getCode()).isEqualTo("invalid_request");
    }

    @ParameterizedTest
    @EnumSource(Method.class)
    void repeatedStateIsInvalidRequestWithoutState(Method method) {
        TestHttp.Response r = authorize(method, base() + "&state=other&scope=openid" + CODE_REQUEST);
        assertThat(error(r, null).getErrorObject().getCode()).isEqualTo("invalid_request");
        assertThat(r.header("Location")).doesNotContain("state=");
    }

    @ParameterizedTest
    @EnumSource(Method.class)
    void repeatedClientIdIsAnErrorPage(Method method) {
        TestHttp.Response r = authorize(method, "client_id=" + app.clientId + "&" + base() + "&scope=openid" + CODE_REQUEST);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.header("Location")).isNull();
    }

    @ParameterizedTest
    @EnumSource(Method.class)
    void repeatedRedirectUriIsAnErrorPage(Method method) {
        TestHttp.Response r = authorize(method, base() + "&redirect_uri=" + URLEncoder.encode("https://evil.example/cb", StandardCharsets.UTF_8)
                + "&scope=openid" + CODE_REQUEST);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.header("Location")).isNull();
        assertThat(r.body()).doesNotContain("evil.example");
    }

    @Test
    void oversizedParameterIsInvalidRequest() {
        assertThat(error(base() + "&response_type=code&scope=openid&nonce=" + "n".repeat(5000)
                + "&code_challenge_method=S256&code_challenge=" + CHALLENGE).getErrorObject().getCode()).isEqualTo("invalid_request");
    }

    @Test
    void scopeTheClientMayNotAskForIsInvalidScope() {
        assertThat(error(base() + "&response_type=code&scope=admin:keys:write&code_challenge_method=S256&code_challenge=" + CHALLENGE)
                .getErrorObject().getCode()).isEqualTo("invalid_scope");
    }

    @Test
    void fragmentResponseModeIsInvalidRequest() {
        assertThat(error(base() + "&response_type=code&scope=openid&response_mode=fragment&code_challenge_method=S256&code_challenge="
                + CHALLENGE).getErrorObject().getCode()).isEqualTo("invalid_request");
    }

    @Test
    void requestObjectIsNotSupported() {
        assertThat(error(base() + "&response_type=code&scope=openid&request=eyJhbGciOiJub25lIn0.e30.&code_challenge_method=S256&code_challenge="
                + CHALLENGE).getErrorObject().getCode()).isEqualTo("request_not_supported");
    }

    @Test
    void promptNoneWithoutSessionIsLoginRequired() {
        RelyingParty.Request req = app.request("openid", b -> b.prompt(new Prompt(Prompt.Type.NONE)).state(new com.nimbusds.oauth2.sdk.id.State("xyz")));
        assertThat(error(new Browser(server.baseUrl()), req.uri().getRawQuery()).getErrorObject().getCode()).isEqualTo("login_required");
    }

    @Test
    void promptNoneWhenConsentIsNeededIsConsentRequired() {
        String user = RelyingParty.newUser(server, List.of("user"));
        Browser browser = new Browser(server.baseUrl());
        RelyingParty.browse(browser, app.request("openid").path(), user, "allow");
        RelyingParty.Request req = app.request("openid profile",
                b -> b.prompt(new Prompt(Prompt.Type.NONE)).state(new com.nimbusds.oauth2.sdk.id.State("xyz")));

        assertThat(error(browser, req.uri().getRawQuery()).getErrorObject().getCode()).isEqualTo("consent_required");
    }

    @Test
    void promptNoneWithSessionAndConsentReturnsACode() {
        String user = RelyingParty.newUser(server, List.of("user"));
        Browser browser = new Browser(server.baseUrl());
        RelyingParty.browse(browser, app.request("openid").path(), user, "allow");

        TestHttp.Response r = browser.get(app.request("openid", b -> b.prompt(new Prompt(Prompt.Type.NONE))).path());

        assertThat(r.header("Location")).startsWith(RelyingParty.REDIRECT + "?code=");
    }

    @Test
    void denyAtConsentIsAccessDeniedWithStateAndIss() {
        String user = RelyingParty.newUser(server, List.of("user"));
        RelyingParty.Request req = app.request("openid");

        URI back = RelyingParty.browse(new Browser(server.baseUrl()), req.path(), user, "deny");

        AuthorizationResponse parsed = RelyingParty.parse(back);
        assertThat(parsed.indicatesSuccess()).isFalse();
        assertThat(parsed.toErrorResponse().getErrorObject().getCode()).isEqualTo("access_denied");
        assertThat(parsed.getState()).isEqualTo(req.state());
        assertThat(parsed.getIssuer().getValue()).isEqualTo(OAuthFixture.ISSUER);
    }

    @Test
    void consentPostWithoutCsrfIsRefused() {
        String user = RelyingParty.newUser(server, List.of("user"));
        Browser browser = new Browser(server.baseUrl());
        TestHttp.Response r = browser.get(app.request("openid").path());
        var login = browser.get(r.header("Location"));
        var fields = new java.util.LinkedHashMap<>(Browser.hiddenInputs(login.body()));
        fields.put("username", user);
        fields.put("password", RelyingParty.PASSWORD);
        String consent = browser.get(browser.post("/login", fields).header("Location")).header("Location");
        var page = browser.get(consent);
        var answer = new java.util.LinkedHashMap<>(Browser.hiddenInputs(page.body()));
        answer.remove("csrf");
        answer.put("decision", "allow");

        TestHttp.Response refused = browser.post("/consent", answer);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("Location")).isNull();
    }

    @Test
    void unknownPendingRequestIdIsAnErrorPage() {
        TestHttp.Response r = new Browser(server.baseUrl()).get("/oauth2/authorize/resume?id=" + "A".repeat(43));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.header("Location")).isNull();
    }

    @Test
    void postedAuthorizationRequestWorksLikeGet() {
        Browser browser = new Browser(server.baseUrl());
        TestHttp.Response r = browser.postRaw("/oauth2/authorize", app.request("openid").uri().getRawQuery(),
                "application/x-www-form-urlencoded");
        assertThat(r.status()).isEqualTo(303);
        assertThat(r.header("Location")).startsWith("/login?");
    }
}
