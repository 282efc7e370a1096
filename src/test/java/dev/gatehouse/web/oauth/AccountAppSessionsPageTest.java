package dev.gatehouse.web.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.oauth2.sdk.AuthorizationResponse;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import com.nimbusds.openid.connect.sdk.token.OIDCTokens;
import dev.gatehouse.testing.Browser;
import dev.gatehouse.testing.Concurrently;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The applications' sessions on the account page: the user's token sessions (OAuth code sessions and
 * the first-party API's), each with its client, times and address, and a sign-out that ends it with its
 * refresh tokens, as DELETE /api/v1/me/sessions/{id} does. Only the user's own session can end.
 */
class AccountAppSessionsPageTest {
    private static final Pattern END = Pattern.compile("action=\"/account/app-sessions/([^\"/]+)/end\"");

    private static TestServer server;
    private static RelyingParty app;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        app = RelyingParty.confidential(server, List.of("openid", "offline_access"), false);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** {@code user} signs in to the app in {@code browser} and allows it; the app redeems the code. */
    private static OIDCTokens signInToApp(Browser browser, String user) {
        RelyingParty.Request req = app.request("openid offline_access");
        URI back = RelyingParty.browse(browser, req.path(), user, "allow");
        AuthorizationResponse response = RelyingParty.parse(back);
        return app.tokens(response.toSuccessResponse().getAuthorizationCode().getValue(), req);
    }

    private static int refresh(RefreshToken token) {
        return OAuthFixture.send(new TokenRequest(app.endpoint("/oauth2/token"), app.auth(), new RefreshTokenGrant(token)).toHTTPRequest())
                .getStatusCode();
    }

    private static List<String> sessionIds(String html) {
        List<String> ids = new ArrayList<>();
        Matcher m = END.matcher(html);
        while (m.find()) ids.add(m.group(1));
        return ids;
    }

    @Test
    void listsTheAppsSessionsAndSignsOneOutWithItsRefreshTokens() {
        String user = RelyingParty.newUser(server, List.of("user"));
        Browser browser = new Browser(server.baseUrl());
        OIDCTokens tokens = signInToApp(browser, user);
        String page = browser.get("/account").body();
        assertThat(page).contains("Applications signed in").contains("<strong>" + app.clientId + "</strong>")
                .contains("last used").contains("127.0.0.1");
        List<String> ids = sessionIds(page);
        assertThat(ids).hasSize(1);
        // Another session of the user, by the first-party API, is listed too.
        String apiRefresh = server.http().login(user, RelyingParty.PASSWORD).path("refresh_token").asText();
        assertThat(sessionIds(browser.get("/account").body())).hasSize(2).contains(ids.get(0));

        TestHttp.Response ended = browser.submit("/account", "/account/app-sessions/" + ids.get(0) + "/end", Map.of());
        assertThat(ended.status()).as(ended.body()).isEqualTo(303);
        assertThat(ended.header("Location")).isEqualTo("/account?done=app_session");
        assertThat(browser.get(ended.header("Location")).body()).contains("The application was signed out")
                .doesNotContain("/account/app-sessions/" + ids.get(0) + "/end");
        assertThat(refresh(tokens.getRefreshToken())).as("the app's refresh token is dead").isEqualTo(400);
        assertThat(server.http().post("/api/v1/refresh", Map.of("refresh_token", apiRefresh)).status()).as("the other stays").isEqualTo(200);
        // Again (a retry, a second tab): gone.
        assertThat(browser.submit("/account", "/account/app-sessions/" + ids.get(0) + "/end", Map.of()).status()).isEqualTo(404);
        // The browser's own login session is not one of these and stays.
        assertThat(browser.get("/account").status()).isEqualTo(200);
    }

    @Test
    void anotherUsersSessionForgedIdsAndMissingCsrfEndNothing() throws Exception {
        String owner = RelyingParty.newUser(server, List.of("user"));
        Browser ownerBrowser = new Browser(server.baseUrl());
        OIDCTokens tokens = signInToApp(ownerBrowser, owner);
        String id = sessionIds(ownerBrowser.get("/account").body()).get(0);

        String stranger = RelyingParty.newUser(server, List.of("user"));
        Browser other = new Browser(server.baseUrl());
        assertThat(other.submit("/login", "/login", Map.of("username", stranger, "password", RelyingParty.PASSWORD)).status())
                .isEqualTo(303);
        assertThat(other.get("/account").body()).contains("No application is signed in to your account.");
        assertThat(other.submit("/account", "/account/app-sessions/" + id + "/end", Map.of()).status()).isEqualTo(404);
        String csrf = Browser.hiddenInputs(other.get("/account").body()).get("csrf");
        for (String bad : List.of("x".repeat(3000), "%2e%2e", "'%20OR%201=1", "%E2%80%AE", "00000000-0000-7000-8000-000000000000")) {
            assertThat(other.post("/account/app-sessions/" + bad + "/end", Map.of("csrf", csrf)).status()).as(bad).isIn(400, 404);
        }
        assertThat(ownerBrowser.post("/account/app-sessions/" + id + "/end", Map.of()).status()).isEqualTo(403);
        assertThat(ownerBrowser.post("/account/app-sessions/" + id + "/end", Map.of("csrf", csrf)).status())
                .as("another browser's token").isEqualTo(403);
        Browser anonymous = new Browser(server.baseUrl());
        String anonymousCsrf = Browser.hiddenInputs(anonymous.get("/login").body()).get("csrf");
        assertThat(anonymous.post("/account/app-sessions/" + id + "/end", Map.of("csrf", anonymousCsrf)).header("Location"))
                .startsWith("/login");
        assertThat(refresh(tokens.getRefreshToken())).as("still alive").isEqualTo(200);

        // Two tabs ending it at once: one ends it, the other finds it gone.
        OIDCTokens second = signInToApp(ownerBrowser, owner);
        String secondId = sessionIds(ownerBrowser.get("/account").body()).stream().filter(s -> !s.equals(id)).findFirst().orElseThrow();
        String ownerCsrf = Browser.hiddenInputs(ownerBrowser.get("/account").body()).get("csrf");
        List<Integer> statuses = Concurrently.run(2, () -> ownerBrowser.post("/account/app-sessions/" + secondId + "/end",
                Map.of("csrf", ownerCsrf)).status());
        assertThat(statuses).contains(303).containsOnly(303, 404);
        assertThat(refresh(second.getRefreshToken())).isEqualTo(400);
    }
}
