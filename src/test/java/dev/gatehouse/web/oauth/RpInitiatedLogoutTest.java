package dev.gatehouse.web.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.openid.connect.sdk.LogoutRequest;
import com.nimbusds.openid.connect.sdk.token.OIDCTokens;
import dev.gatehouse.testing.Browser;
import dev.gatehouse.testing.MutableClock;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * OIDC RP-Initiated Logout 1.0 at /oauth2/logout: a valid id_token_hint for the browser's session logs
 * out at once, anything else asks first; the login session and the token sessions started from it
 * end; post_logout_redirect_uri only when registered, with state.
 */
class RpInitiatedLogoutTest {
    private static final MutableClock CLOCK = MutableClock.startingNow();
    private static TestServer server;
    private static RelyingParty app;

    @BeforeAll
    static void start() {
        server = TestServer.builder().clock(CLOCK).start();
        app = RelyingParty.confidential(server, List.of("openid", "offline_access"), true);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private record SignedIn(Browser browser, String user, OIDCTokens tokens) {}

    private static SignedIn signIn() {
        return signIn(new Browser(server.baseUrl()), RelyingParty.newUser(server, List.of("user")));
    }

    /** The app signs in through this browser, as {@code user} (signing the browser in first unless it is). */
    private static SignedIn signIn(Browser browser, String user) {
        RelyingParty.Request req = app.request("openid offline_access");
        URI back = RelyingParty.browse(browser, req.path(), user, "allow");
        return new SignedIn(browser, user, app.tokens(RelyingParty.parse(back).toSuccessResponse().getAuthorizationCode().getValue(), req));
    }

    /** The logout request of an app holding {@code idToken}, sent by {@code browser}. */
    private static TestHttp.Response logoutWithHint(Browser browser, OIDCTokens idToken) {
        return browser.get(path(new LogoutRequest(app.endpoint("/oauth2/logout"), idToken.getIDToken(), URI.create(RelyingParty.POST_LOGOUT),
                new State("bye")).toURI()));
    }

    private static void assertTokensLive(OIDCTokens tokens) {
        assertThat(server.http().get("/oauth2/userinfo", tokens.getAccessToken().getValue()).status()).isEqualTo(200);
    }

    private static String path(URI uri) {
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private static void assertTokensDead(OIDCTokens tokens) {
        assertThat(server.http().get("/oauth2/userinfo", tokens.getAccessToken().getValue()).status()).isEqualTo(401);
        var r = OAuthFixture.send(new TokenRequest(app.endpoint("/oauth2/token"), app.auth(),
                new RefreshTokenGrant(tokens.getRefreshToken())).toHTTPRequest());
        assertThat(r.getStatusCode()).isEqualTo(400);
    }

    /** Signed out at once (no confirmation page), back to the app's post-logout URI with {@code state}. */
    private static void assertSignedOutAtOnce(TestHttp.Response r, String state, SignedIn s) {
        assertThat(r.status()).as(r.body()).isEqualTo(303);
        assertThat(r.header("Location")).isEqualTo(RelyingParty.POST_LOGOUT + "?state=" + state);
        assertTokensDead(s.tokens());
        assertSignedOut(s.browser());
    }

    private static void assertSignedOut(Browser browser) {
        TestHttp.Response r = browser.get(app.request("openid").path());
        assertThat(r.header("Location")).startsWith("/login?");
    }

    @Test
    void idTokenHintOfThisSessionLogsOutAtOnceAndRedirectsWithState() {
        SignedIn s = signIn();
        URI logout = new LogoutRequest(app.endpoint("/oauth2/logout"), s.tokens().getIDToken(), URI.create(RelyingParty.POST_LOGOUT),
                new State("bye-1")).toURI();

        TestHttp.Response r = s.browser().get(path(logout));

        assertSignedOutAtOnce(r, "bye-1", s);
    }

    @Test
    void expiredIdTokenHintStillProvesTheRequest() {
        SignedIn s = signIn();
        CLOCK.advance(Duration.ofMinutes(30));
        URI logout = new LogoutRequest(app.endpoint("/oauth2/logout"), s.tokens().getIDToken()).toURI();

        TestHttp.Response r = s.browser().get(path(logout));

        assertThat(r.status()).isEqualTo(303);
        assertThat(r.header("Location")).isEqualTo("/signed-out");
        assertSignedOut(s.browser());
    }

    @Test
    void signingOutAtTheHostedLogoutPageEndsTheApplicationsTokensToo() {
        SignedIn s = signIn();
        assertThat(server.http().get("/oauth2/userinfo", s.tokens().getAccessToken().getValue()).status()).isEqualTo(200);
        TestHttp.Response confirm = s.browser().get("/logout");
        TestHttp.Response r = s.browser().post("/logout", Browser.hiddenInputs(confirm.body()));
        assertThat(r.status()).isEqualTo(303);
        assertTokensDead(s.tokens());
        assertSignedOut(s.browser());
    }

    @Test
    void withoutHintAConfirmationPageIsShownThenTheFormLogsOut() {
        SignedIn s = signIn();
        TestHttp.Response page = s.browser().get("/oauth2/logout?client_id=" + app.clientId + "&post_logout_redirect_uri="
                + java.net.URLEncoder.encode(RelyingParty.POST_LOGOUT, java.nio.charset.StandardCharsets.UTF_8) + "&state=s2");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<form method=\"post\" action=\"/oauth2/logout\"");
        assertThat(page.header("Content-Security-Policy")).contains("https://app.example");
        assertThat(server.http().get("/oauth2/userinfo", s.tokens().getAccessToken().getValue()).status()).as("not yet").isEqualTo(200);

        TestHttp.Response r = s.browser().post("/oauth2/logout", Browser.hiddenInputs(page.body()));

        assertThat(r.status()).isEqualTo(303);
        assertThat(r.header("Location")).isEqualTo(RelyingParty.POST_LOGOUT + "?state=s2");
        assertTokensDead(s.tokens());
    }

    @Test
    void hintOfAnotherSessionAsksFirst() {
        SignedIn mine = signIn();
        SignedIn other = signIn();
        URI logout = new LogoutRequest(app.endpoint("/oauth2/logout"), other.tokens().getIDToken()).toURI();

        TestHttp.Response r = mine.browser().get(path(logout));

        assertThat(r.status()).isEqualTo(200);
        assertThat(server.http().get("/oauth2/userinfo", mine.tokens().getAccessToken().getValue()).status()).isEqualTo(200);
    }

    @Test
    void confirmationWithoutCsrfIsRefused() {
        SignedIn s = signIn();
        TestHttp.Response page = s.browser().get("/oauth2/logout?client_id=" + app.clientId);
        Map<String, String> fields = new LinkedHashMap<>(Browser.hiddenInputs(page.body()));
        fields.remove("csrf");

        TestHttp.Response r = s.browser().post("/oauth2/logout", fields);

        assertThat(r.status()).isEqualTo(403);
        assertThat(server.http().get("/oauth2/userinfo", s.tokens().getAccessToken().getValue()).status()).isEqualTo(200);
    }

    @Test
    void unregisteredPostLogoutRedirectIsAnErrorPageAndNoRedirect() {
        SignedIn s = signIn();
        URI logout = new LogoutRequest(app.endpoint("/oauth2/logout"), s.tokens().getIDToken(), URI.create("https://evil.example/x"),
                new State("s3")).toURI();

        TestHttp.Response r = s.browser().get(path(logout));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.header("Location")).isNull();
        assertThat(server.http().get("/oauth2/userinfo", s.tokens().getAccessToken().getValue()).status()).isEqualTo(200);
    }

    @Test
    void postLogoutRedirectWithoutAnyClientIsRefused() {
        TestHttp.Response r = new Browser(server.baseUrl()).get("/oauth2/logout?post_logout_redirect_uri="
                + java.net.URLEncoder.encode(RelyingParty.POST_LOGOUT, java.nio.charset.StandardCharsets.UTF_8));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.header("Location")).isNull();
    }

    @Test
    void forgedIdTokenHintIsAnErrorPage() {
        SignedIn s = signIn();
        String token = s.tokens().getIDTokenString();
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA" + token.substring(token.lastIndexOf('.') + 5);

        TestHttp.Response r = s.browser().get("/oauth2/logout?id_token_hint=" + forged);

        assertThat(r.status()).isEqualTo(400);
        assertThat(server.http().get("/oauth2/userinfo", s.tokens().getAccessToken().getValue()).status()).isEqualTo(200);
    }

    @Test
    void clientIdThatIsNotTheHintsAudienceIsAnErrorPage() {
        SignedIn s = signIn();
        URI logout = new LogoutRequest(app.endpoint("/oauth2/logout"), s.tokens().getIDToken(), (String) null, new ClientID("someone-else"),
                null, null, null).toURI();

        TestHttp.Response r = s.browser().get(path(logout));

        assertThat(r.status()).isEqualTo(400);
    }

    @Test
    void withoutSessionTheRegisteredRedirectIsFollowed() {
        TestHttp.Response r = new Browser(server.baseUrl()).get("/oauth2/logout?client_id=" + app.clientId + "&post_logout_redirect_uri="
                + java.net.URLEncoder.encode(RelyingParty.POST_LOGOUT, java.nio.charset.StandardCharsets.UTF_8) + "&state=s4");

        assertThat(r.status()).isEqualTo(303);
        assertThat(r.header("Location")).isEqualTo(RelyingParty.POST_LOGOUT + "?state=s4");
    }

    @Test
    void hintIssuedBeforeAReSignInOfTheSameUserStillLogsOutAtOnce() {
        SignedIn s = signIn();
        RelyingParty.reSignIn(s.browser(), s.user());
        assertTokensLive(s.tokens());

        TestHttp.Response r = logoutWithHint(s.browser(), s.tokens());

        assertSignedOutAtOnce(r, "bye", s);
    }

    @Test
    void hintIssuedBeforeTwoTabsSignedInAgainAtOnceStillLogsOutAtOnce() {
        SignedIn s = signIn();
        String user = s.user();
        Browser first = s.browser().tab();
        Browser second = s.browser().tab();
        Map<String, String> firstForm = RelyingParty.reSignInForm(first, user);
        Map<String, String> secondForm = RelyingParty.reSignInForm(second, user);
        assertThat(first.post("/login", firstForm).status()).isEqualTo(303);
        // The second tab carried the same old cookie: the first tab's new session is merged into its new one.
        assertThat(second.post("/login", secondForm).status()).isEqualTo(303);

        // The browser kept the first tab's cookie, which stands for the session it was merged into.
        TestHttp.Response r = logoutWithHint(first, s.tokens());

        assertThat(r.status()).as(r.body()).isEqualTo(303);
        assertTokensDead(s.tokens());
        assertSignedOut(first);
        assertSignedOut(second);
    }

    @Test
    void hintOfTheSameUsersSessionInAnotherBrowserAsksEvenAfterReSignIns() {
        SignedIn laptop = signIn();
        String user = laptop.user();
        SignedIn phone = signIn(new Browser(server.baseUrl()), user);
        RelyingParty.reSignIn(phone.browser(), user);
        RelyingParty.reSignIn(laptop.browser(), user);

        TestHttp.Response r = logoutWithHint(phone.browser(), laptop.tokens());

        assertThat(r.status()).as("the laptop's ID token does not prove a request from the phone").isEqualTo(200);
        assertThat(r.body()).contains("<form method=\"post\" action=\"/oauth2/logout\"");
        assertTokensLive(laptop.tokens());
        assertTokensLive(phone.tokens());
    }

    @Test
    void hintOfTheUserSignedInBeforeAnotherUserInTheSameBrowserAsks() {
        SignedIn before = signIn();
        String other = RelyingParty.newUser(server, List.of("user"));
        RelyingParty.reSignIn(before.browser(), other);
        SignedIn after = signIn(before.browser(), other);

        TestHttp.Response r = logoutWithHint(before.browser(), before.tokens());

        assertThat(r.status()).as("another user is signed in now").isEqualTo(200);
        assertTokensLive(after.tokens());
    }

    @Test
    void hintOfASessionThatEndedWithoutSuccessorAsksInTheSameBrowser() {
        SignedIn s = signIn();
        String user = s.user();
        TestHttp.Response out = s.browser().submit("/logout", "/logout", Map.of());
        assertThat(out.status()).isEqualTo(303);
        SignedIn again = signIn(s.browser(), user);

        TestHttp.Response r = logoutWithHint(s.browser(), s.tokens());

        assertThat(r.status()).as("the old session was signed out, not replaced by this one").isEqualTo(200);
        assertTokensLive(again.tokens());
    }
}
