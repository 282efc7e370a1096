package dev.gatehouse.web.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.oauth2.sdk.AuthorizationResponse;
import dev.gatehouse.testing.Browser;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A parameter sent more than once (RFC 6749 §3.1), in the query (GET) or in a form (POST, OIDC Core
 * §3.1.2.1), is judged the same way: once client_id and redirect_uri are single and valid, an
 * invalid_request redirect with iss (RFC 9207) and state (unless state itself is repeated); a repeated
 * client_id or redirect_uri is an error page, never a redirect.
 */
class AuthorizeRepeatedParameterTest {
    private static final String CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";
    private static TestServer server;
    private static RelyingParty app;

    enum Method { GET, POST }

    @BeforeAll
    static void start() {
        server = TestServer.start();
        app = RelyingParty.confidential(server, List.of("openid", "profile"), false);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String redirect() {
        return "&redirect_uri=" + URLEncoder.encode(RelyingParty.REDIRECT, StandardCharsets.UTF_8);
    }

    private static String rest() {
        return "&response_type=code&code_challenge_method=S256&code_challenge=" + CHALLENGE;
    }

    private static TestHttp.Response send(Method method, String parameters) {
        Browser browser = new Browser(server.baseUrl());
        return method == Method.GET ? browser.get("/oauth2/authorize?" + parameters)
                : browser.postRaw("/oauth2/authorize", parameters, "application/x-www-form-urlencoded");
    }

    /** The error redirect to the client: invalid_request with iss. */
    private static AuthorizationResponse invalidRequest(TestHttp.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(303);
        String location = r.header("Location");
        assertThat(location).startsWith(RelyingParty.REDIRECT + "?");
        AuthorizationResponse parsed = RelyingParty.parse(URI.create(location));
        assertThat(parsed.indicatesSuccess()).isFalse();
        assertThat(parsed.toErrorResponse().getErrorObject().getCode()).isEqualTo("invalid_request");
        assertThat(parsed.getIssuer().getValue()).isEqualTo(OAuthFixture.ISSUER);
        return parsed;
    }

    private static void errorPageWithoutRedirect(TestHttp.Response r) {
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.header("Location")).isNull();
        assertThat(r.body()).doesNotContain("evil.example");
    }

    @ParameterizedTest
    @EnumSource(Method.class)
    void repeatedScopeIsInvalidRequestWithStateAndIss(Method method) {
        AuthorizationResponse r = invalidRequest(send(method,
                "client_id=" + app.clientId + redirect() + "&state=xyz&scope=openid&scope=profile" + rest()));
        assertThat(r.getState().getValue()).isEqualTo("xyz");
    }

    @ParameterizedTest
    @EnumSource(Method.class)
    void repeatedResponseTypeIsInvalidRequestWithStateAndIss(Method method) {
        AuthorizationResponse r = invalidRequest(send(method,
                "client_id=" + app.clientId + redirect() + "&state=xyz&scope=openid&response_type=token" + rest()));
        assertThat(r.getState().getValue()).isEqualTo("xyz");
    }

    @ParameterizedTest
    @EnumSource(Method.class)
    void sameValueTwiceIsStillRepeated(Method method) {
        AuthorizationResponse r = invalidRequest(send(method,
                "client_id=" + app.clientId + redirect() + "&state=xyz&scope=openid&nonce=n1&nonce=n1" + rest()));
        assertThat(r.getState().getValue()).isEqualTo("xyz");
    }

    @ParameterizedTest
    @EnumSource(Method.class)
    void repeatedStateIsInvalidRequestWithoutState(Method method) {
        TestHttp.Response response = send(method,
                "client_id=" + app.clientId + redirect() + "&state=one&state=two&scope=openid" + rest());
        AuthorizationResponse r = invalidRequest(response);
        assertThat(r.getState()).isNull();
        assertThat(response.header("Location")).doesNotContain("state=");
    }

    @ParameterizedTest
    @EnumSource(Method.class)
    void repeatedClientIdIsAnErrorPage(Method method) {
        errorPageWithoutRedirect(send(method,
                "client_id=" + app.clientId + "&client_id=" + app.clientId + redirect() + "&state=xyz&scope=openid" + rest()));
    }

    @ParameterizedTest
    @EnumSource(Method.class)
    void repeatedRedirectUriIsAnErrorPage(Method method) {
        errorPageWithoutRedirect(send(method, "client_id=" + app.clientId + redirect()
                + "&redirect_uri=" + URLEncoder.encode("https://evil.example/cb", StandardCharsets.UTF_8) + "&state=xyz&scope=openid" + rest()));
    }

    @ParameterizedTest
    @EnumSource(Method.class)
    void singleParametersStillReachTheLoginPage(Method method) {
        TestHttp.Response r = send(method, "client_id=" + app.clientId + redirect() + "&state=xyz&scope=openid" + rest());
        assertThat(r.status()).isEqualTo(303);
        assertThat(r.header("Location")).startsWith("/login?");
    }
}
