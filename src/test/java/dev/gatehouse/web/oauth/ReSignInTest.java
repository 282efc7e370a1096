package dev.gatehouse.web.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.oauth2.sdk.AuthorizationResponse;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import dev.gatehouse.testing.Browser;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A re-sign-in at the hosted login page while signed in (the recent sign-in a factor change asks for,
 * {@code prompt=login}, a step-up): the browser gets a new session cookie and the old value is dead at
 * once (no fixation), but the same user's applications stay signed in (their token sessions go on with
 * the new login session, as Keycloak keeps its SSO session through a re-authentication) and a request
 * waiting in another tab goes on. A sign-in as another user ends the previous user's applications, as a
 * logout does.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReSignInTest {
    private static final String SESSION = "gatehouse_session";
    private TestServer server;
    private RelyingParty app;
    /** Another application, whose sign-in waits on its consent page in a second tab. */
    private RelyingParty other;

    @BeforeAll
    void start() {
        server = TestServer.builder().start();
        app = RelyingParty.confidential(server, List.of("openid", "offline_access"), false);
        other = RelyingParty.confidential(server, List.of("openid"), false);
    }

    @AfterAll
    void stop() {
        if (server != null) server.close();
    }

    /** The browser signs in as {@code username} to the app through the authorization code flow: the app's refresh token. */
    private RefreshToken appSignIn(Browser b, String username) {
        RelyingParty.Request req = app.request("openid offline_access");
        AuthorizationResponse response = RelyingParty.parse(RelyingParty.browse(b, req.path(), username, "allow"));
        assertThat(response.indicatesSuccess()).isTrue();
        return app.tokens(response.toSuccessResponse().getAuthorizationCode().getValue(), req).getRefreshToken();
    }

    private int refresh(RefreshToken token) {
        return OAuthFixture.send(new TokenRequest(app.endpoint("/oauth2/token"), app.auth(), new RefreshTokenGrant(token)).toHTTPRequest())
                .getStatusCode();
    }

    private int withCookie(String cookie) {
        Browser other = new Browser(server.baseUrl());
        other.cookie(SESSION, cookie);
        return other.get("/account").status();
    }

    @Test
    void aReSignInOfTheSameUserKeepsItsAppsAndAWaitingRequestAndKillsTheOldCookie() {
        String username = RelyingParty.newUser(server, List.of("user"));
        Browser b = new Browser(server.baseUrl());
        RefreshToken appToken = appSignIn(b, username);
        // Another tab: a second authorization request waits on its consent page.
        RelyingParty.Request waiting = other.request("openid");
        TestHttp.Response toConsent = b.get(waiting.path());
        assertThat(toConsent.header("Location")).startsWith("/consent");
        TestHttp.Response consentPage = b.get(toConsent.header("Location"));
        assertThat(consentPage.status()).isEqualTo(200);
        String before = b.cookie(SESSION);
        assertThat(withCookie(before)).isEqualTo(200);

        RelyingParty.reSignIn(b, username);

        String after = b.cookie(SESSION);
        assertThat(after).isNotNull().isNotEqualTo(before);
        assertThat(withCookie(before)).as("the old session value is dead, not merely replaced in this browser").isEqualTo(303);
        assertThat(withCookie(after)).isEqualTo(200);
        assertThat(refresh(appToken)).as("the app signed in through the old session stays signed in").isEqualTo(200);
        // The waiting tab's consent goes on, for the same user.
        Map<String, String> fields = new LinkedHashMap<>(Browser.hiddenInputs(consentPage.body()));
        fields.put("decision", "allow");
        TestHttp.Response decided = b.post("/consent", fields);
        assertThat(decided.status()).as(decided.body()).isEqualTo(303);
        AuthorizationResponse answer = RelyingParty.parse(URI.create(decided.header("Location")));
        assertThat(answer.indicatesSuccess()).isTrue();
        assertThat(other.tokens(answer.toSuccessResponse().getAuthorizationCode().getValue(), waiting).getAccessToken()).isNotNull();
        // Signing out of the new session signs the app out, as it would have from the old one.
        TestHttp.Response logout = b.submit("/logout", "/logout", Map.of());
        assertThat(logout.status()).as(logout.body()).isEqualTo(303);
        assertThat(refresh(appToken)).isEqualTo(400);
    }

    @Test
    void aSignInAsAnotherUserEndsThePreviousUsersApps() {
        String first = RelyingParty.newUser(server, List.of("user"));
        String second = RelyingParty.newUser(server, List.of("user"));
        Browser b = new Browser(server.baseUrl());
        RefreshToken appToken = appSignIn(b, first);
        String before = b.cookie(SESSION);

        RelyingParty.reSignIn(b, second);

        assertThat(b.cookie(SESSION)).isNotEqualTo(before);
        assertThat(withCookie(before)).isEqualTo(303);
        assertThat(refresh(appToken)).as("the first user's app session ended with their login session").isEqualTo(400);
    }
}
