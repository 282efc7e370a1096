package dev.gatehouse.web.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.openid.connect.sdk.token.OIDCTokens;
import dev.gatehouse.testing.Browser;
import dev.gatehouse.testing.MutableClock;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The sign-in an email change counts is the user's own, not the token session's start: a session
 * from the authorization code grant started now, from a browser login made long ago (single sign-on,
 * no password typed), is no recent sign-in (SECURITY.md "Who may act on whom"; OIDC Core §2 auth_time).
 */
class CodeGrantReauthenticationTest {
    @Test
    void emailChangeWhenCodeSessionIsNewButBrowserSignInIsOldThenReauthenticationRequired() {
        MutableClock clock = MutableClock.startingNow();
        try (TestServer server = TestServer.builder().clock(clock).start()) {
            RelyingParty app = RelyingParty.confidential(server, List.of("openid"), true);
            String user = RelyingParty.newUser(server, List.of("user"));
            Browser browser = new Browser(server.baseUrl());

            String fresh = accessToken(app, browser, user);
            TestHttp.Response now = patchEmail(server, fresh, Map.of("email", user + "-first@example.org"));
            assertThat(now.status()).as(now.body()).isEqualTo(200);

            clock.advance(Duration.ofMinutes(10));
            // Same browser: its login session answers the new request without a password.
            String sso = accessToken(app, browser, user);
            TestHttp.Response refused = patchEmail(server, sso, Map.of("email", user + "-second@example.org"));
            assertThat(refused.status()).as(refused.body()).isEqualTo(403);
            assertThat(refused.code()).isEqualTo("reauthentication_required");

            TestHttp.Response withPassword = patchEmail(server, sso,
                    Map.of("email", user + "-second@example.org", "current_password", RelyingParty.PASSWORD));
            assertThat(withPassword.status()).as(withPassword.body()).isEqualTo(200);
            assertThat(withPassword.json().path("pending_email").asText()).isEqualTo(user + "-second@example.org");
        }
    }

    private static String accessToken(RelyingParty app, Browser browser, String user) {
        RelyingParty.Request req = app.request("openid");
        URI back = RelyingParty.browse(browser, req.path(), user, "allow");
        String code = RelyingParty.parse(back).toSuccessResponse().getAuthorizationCode().getValue();
        OIDCTokens tokens = app.tokens(code, req);
        return tokens.getAccessToken().getValue();
    }

    private static TestHttp.Response patchEmail(TestServer server, String access, Map<String, String> body) {
        return server.http().send("PATCH", "/api/v1/me", TestHttp.json(body), "application/json", access);
    }
}
