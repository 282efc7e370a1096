package dev.gatehouse.web.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.testing.Browser;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The applications section of the account page: the apps the user allowed, each with a withdraw form
 * that does what DELETE /api/v1/me/consents/{client_id} does. Only the user's own consent can go.
 */
class AccountConsentsPageTest {
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

    private static Browser allowed(String user) {
        Browser browser = new Browser(server.baseUrl());
        RelyingParty.browse(browser, app.request("openid offline_access").path(), user, "allow");
        return browser;
    }

    private static int consents(String user) {
        String own = server.http().login(user, RelyingParty.PASSWORD).path("access_token").asText();
        return server.http().get("/api/v1/me/consents", own).json().path("items").size();
    }

    @Test
    void listsTheAllowedAppAndWithdrawsItOnlyForItsUser() {
        String user = RelyingParty.newUser(server, List.of("user"));
        Browser browser = allowed(user);
        String page = browser.get("/account").body();
        String action = "/account/consents/" + app.clientId + "/withdraw";
        assertThat(page).contains("<strong>" + app.clientId + "</strong>").contains("offline_access openid")
                .contains("action=\"" + action + "\"");

        // Another signed-in user, with a valid CSRF token of their own, cannot withdraw it: 404 as for no consent.
        String stranger = RelyingParty.newUser(server, List.of("user"));
        Browser other = new Browser(server.baseUrl());
        assertThat(other.submit("/login", "/login", Map.of("username", stranger, "password", RelyingParty.PASSWORD)).status())
                .isEqualTo(303);
        assertThat(other.get("/account").body()).contains("You have not allowed any application yet.");
        assertThat(other.submit("/account", action, Map.of()).status()).isEqualTo(404);
        assertThat(other.submit("/account", "/account/consents/" + "x".repeat(3000) + "/withdraw", Map.of()).status())
                .isIn(400, 404, 414, 431);
        // Without the CSRF token: refused.
        assertThat(browser.post(action, Map.of()).status()).isEqualTo(403);
        assertThat(consents(user)).isEqualTo(1);

        TestHttp.Response withdrawn = browser.submit("/account", action, Map.of());
        assertThat(withdrawn.status()).isEqualTo(303);
        assertThat(withdrawn.header("Location")).isEqualTo("/account?done=consent");
        assertThat(browser.get("/account?done=consent").body()).contains("Access for the application was withdrawn")
                .doesNotContain(action);
        assertThat(consents(user)).isZero();
        // Again: there is none now.
        assertThat(browser.submit("/account", action, Map.of()).status()).isEqualTo(404);
    }
}
