package dev.gatehouse.web.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.testing.Browser;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The client and its redirect URI are checked first, by exact string comparison (loopback IP: any
 * port); every failure is an HTML error page and never a redirect (RFC 6749 §4.1.2.1, RFC 9700 §4.1).
 */
class AuthorizeRedirectUriTest {
    private static final String CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";
    private static TestServer server;
    private static RelyingParty app;
    private static RelyingParty loopback;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        app = RelyingParty.confidential(server, List.of("openid"), false);
        loopback = RelyingParty.publicClient(server, List.of("http://127.0.0.1/callback"), List.of("openid"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static TestHttp.Response authorize(String clientId, String redirectUri) {
        String q = "response_type=code&scope=openid&state=s1&code_challenge_method=S256&code_challenge=" + CHALLENGE
                + (clientId == null ? "" : "&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8))
                + (redirectUri == null ? "" : "&redirect_uri=" + URLEncoder.encode(redirectUri, StandardCharsets.UTF_8));
        return new Browser(server.baseUrl()).get("/oauth2/authorize?" + q);
    }

    private static void assertErrorPageNoRedirect(TestHttp.Response r) {
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.header("Location")).isNull();
        assertThat(r.header("Content-Type")).startsWith("text/html");
        assertThat(r.body()).doesNotContain("app.example/cb?");
    }

    @Test
    void registeredRedirectUriIsAccepted() {
        TestHttp.Response r = authorize(app.clientId, RelyingParty.REDIRECT);
        assertThat(r.status()).isEqualTo(303);
        assertThat(r.header("Location")).startsWith("/login?");
    }

    @Test
    void trailingSlashIsRefused() {
        assertErrorPageNoRedirect(authorize(app.clientId, RelyingParty.REDIRECT + "/"));
    }

    @Test
    void differentCaseHostIsRefused() {
        assertErrorPageNoRedirect(authorize(app.clientId, "https://APP.example/cb"));
    }

    @Test
    void extraPathIsRefused() {
        assertErrorPageNoRedirect(authorize(app.clientId, RelyingParty.REDIRECT + "/evil"));
    }

    @Test
    void addedQueryIsRefused() {
        assertErrorPageNoRedirect(authorize(app.clientId, RelyingParty.REDIRECT + "?next=https://evil.example"));
    }

    @Test
    void fragmentIsRefused() {
        assertErrorPageNoRedirect(authorize(app.clientId, RelyingParty.REDIRECT + "#x"));
    }

    @Test
    void plainHttpInsteadOfHttpsIsRefused() {
        assertErrorPageNoRedirect(authorize(app.clientId, "http://app.example/cb"));
    }

    @Test
    void explicitPortOnANonLoopbackHostIsRefused() {
        assertErrorPageNoRedirect(authorize(app.clientId, "https://app.example:8443/cb"));
    }

    @Test
    void otherHostIsRefused() {
        assertErrorPageNoRedirect(authorize(app.clientId, "https://evil.example/cb"));
    }

    @Test
    void missingRedirectUriIsAnErrorPage() {
        assertErrorPageNoRedirect(authorize(app.clientId, null));
    }

    @Test
    void unknownClientIsAnErrorPage() {
        assertErrorPageNoRedirect(authorize("no-such-client", RelyingParty.REDIRECT));
    }

    @Test
    void missingClientIdIsAnErrorPage() {
        assertErrorPageNoRedirect(authorize(null, RelyingParty.REDIRECT));
    }

    @Test
    void repeatedRedirectUriIsAnErrorPage() {
        String q = "response_type=code&client_id=" + app.clientId + "&redirect_uri=" + URLEncoder.encode(RelyingParty.REDIRECT, StandardCharsets.UTF_8)
                + "&redirect_uri=" + URLEncoder.encode("https://evil.example/cb", StandardCharsets.UTF_8)
                + "&code_challenge_method=S256&code_challenge=" + CHALLENGE;
        assertErrorPageNoRedirect(new Browser(server.baseUrl()).get("/oauth2/authorize?" + q));
    }

    @Test
    void loopbackRedirectOnAnyPortIsAccepted() {
        TestHttp.Response r = authorize(loopback.clientId, "http://127.0.0.1:53127/callback");
        assertThat(r.status()).isEqualTo(303);
        assertThat(r.header("Location")).startsWith("/login?");
    }

    @Test
    void loopbackRedirectWithOtherPathIsRefused() {
        assertErrorPageNoRedirect(authorize(loopback.clientId, "http://127.0.0.1:53127/other"));
    }

    @Test
    void loopbackNameInsteadOfIpIsRefused() {
        assertErrorPageNoRedirect(authorize(loopback.clientId, "http://localhost:53127/callback"));
    }

    @Test
    void hugeRedirectUriIsAnErrorPage() {
        assertErrorPageNoRedirect(authorize(app.clientId, RelyingParty.REDIRECT + "?" + "a".repeat(3000)));
    }
}
