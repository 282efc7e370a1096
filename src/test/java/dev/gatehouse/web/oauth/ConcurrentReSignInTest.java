package dev.gatehouse.web.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.oauth2.sdk.AuthorizationResponse;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import dev.gatehouse.testing.Browser;
import dev.gatehouse.testing.Concurrently;
import dev.gatehouse.testing.TestDatabases.Kind;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two tabs of one browser sign in again as the same user at the same moment ({@code prompt=login}, a step-up, the
 * recent sign-in a factor change asks for): both requests carry the same old session cookie, and the browser keeps
 * whichever new cookie arrives last. Neither tab is signed out, and whichever cookie the browser keeps, its
 * session owns the applications' token sessions: signing out of it signs them out, a later re-sign-in keeps
 * them. On both databases, over HTTP.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrentReSignInTest {
    private static final String SESSION = "gatehouse_session";
    private final Map<Kind, TestServer> servers = new EnumMap<>(Kind.class);
    private final Map<Kind, RelyingParty> apps = new EnumMap<>(Kind.class);

    @AfterAll
    void stop() {
        servers.values().forEach(TestServer::close);
    }

    private TestServer server(Kind kind) {
        return servers.computeIfAbsent(kind, k -> TestServer.builder().database(k).start());
    }

    private RelyingParty app(Kind kind) {
        return apps.computeIfAbsent(kind, k -> RelyingParty.confidential(server(k), List.of("openid", "offline_access"), false));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void whenTheBrowserKeepsTheLaterCookieItsSessionOwnsTheAppsAndAnAppSignedInThroughTheEarlierOneToo(Kind kind) {
        Tabs t = signedInWithTwoTabs(kind);
        Map<String, String> secondForm = RelyingParty.reSignInForm(t.second(), t.user());

        assertThat(t.first().submit("/login?return_to=%2Faccount&force=1", "/login", credentials(t.user())).status()).isEqualTo(303);
        // The first tab's app signs in through the first new session before the second tab's sign-in lands.
        RelyingParty.Request request = app(kind).request("openid offline_access");
        AuthorizationResponse response = RelyingParty.parse(RelyingParty.browse(t.first(), request.path(), t.user(), "allow"));
        assertThat(t.second().post("/login", secondForm).status()).isEqualTo(303);
        RefreshToken laterApp = app(kind).tokens(response.toSuccessResponse().getAuthorizationCode().getValue(), request).getRefreshToken();

        assertThat(t.status(t.before())).as("the old cookie").isEqualTo(303);
        assertThat(t.status(t.first().cookie(SESSION))).as("the first tab's cookie").isEqualTo(200);
        assertThat(t.status(t.second().cookie(SESSION))).as("the second tab's cookie").isEqualTo(200);
        assertThat(t.liveLoginSessions()).isEqualTo(1);
        assertThat(refresh(kind, t.app())).isEqualTo(200);
        assertThat(refresh(kind, laterApp)).isEqualTo(200);

        TestHttp.Response logout = t.second().submit("/logout", "/logout", Map.of());
        assertThat(logout.status()).as(logout.body()).isEqualTo(303);
        assertThat(refresh(kind, t.app())).as("the app signed in before both sign-ins").isEqualTo(400);
        assertThat(refresh(kind, laterApp)).as("the app signed in through the first tab's new session").isEqualTo(400);
        assertThat(t.status(t.first().cookie(SESSION))).isEqualTo(303);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void whenTheBrowserKeepsTheEarlierCookieItStaysSignedInAndOwnsTheAppsThroughALaterReSignIn(Kind kind) {
        Tabs t = signedInWithTwoTabs(kind);
        t.signInOneAfterTheOther(t.user());

        // The first tab's answer arrived last: the browser goes on with its cookie.
        assertThat(t.status(t.first().cookie(SESSION))).isEqualTo(200);
        assertThat(t.first().submit("/login?return_to=%2Faccount&force=1", "/login", credentials(t.user())).status()).isEqualTo(303);
        assertThat(refresh(kind, t.app())).as("the app after a later re-sign-in").isEqualTo(200);
        assertThat(t.status(t.second().cookie(SESSION))).as("the other tab's cookie, replaced by that re-sign-in").isEqualTo(303);

        assertThat(t.first().submit("/logout", "/logout", Map.of()).status()).isEqualTo(303);
        assertThat(refresh(kind, t.app())).isEqualTo(400);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void twoReSignInsAtOnceLeaveOneSessionWhicheverCookieIsKept(Kind kind) throws Exception {
        Tabs t = signedInWithTwoTabs(kind);
        List<Browser> tabs = List.of(t.first(), t.second());
        List<Map<String, String>> forms = List.of(RelyingParty.reSignInForm(t.first(), t.user()), RelyingParty.reSignInForm(t.second(), t.user()));
        AtomicInteger next = new AtomicInteger();

        List<Integer> statuses = Concurrently.run(2, () -> {
            int i = next.getAndIncrement();
            return tabs.get(i).post("/login", forms.get(i)).status();
        });

        assertThat(statuses).containsExactly(303, 303);
        assertThat(t.status(t.first().cookie(SESSION))).isEqualTo(200);
        assertThat(t.status(t.second().cookie(SESSION))).isEqualTo(200);
        assertThat(t.liveLoginSessions()).as("the two sign-ins became one session").isEqualTo(1);
        assertThat(refresh(kind, t.app())).isEqualTo(200);
        assertThat(t.second().submit("/logout", "/logout", Map.of()).status()).isEqualTo(303);
        assertThat(refresh(kind, t.app())).isEqualTo(400);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aSignInAsAnotherUserWithTheReplacedCookieStillEndsTheAppsWhereverTheyWent(Kind kind) {
        Tabs t = signedInWithTwoTabs(kind);
        t.signInOneAfterTheOther(RelyingParty.newUser(t.server(), List.of("user")));

        assertThat(refresh(kind, t.app())).as("the previous user's app, after another user signed in in this browser").isEqualTo(400);
        assertThat(t.status(t.first().cookie(SESSION))).isEqualTo(303);
        assertThat(t.status(t.second().cookie(SESSION))).isEqualTo(200);
    }

    /**
     * A browser signed in as a new user, with the app signed in through it, and two tabs that carry its cookie.
     *
     * @param before the session cookie both tabs carry
     */
    private record Tabs(TestServer server, String user, RefreshToken app, String before, Browser first, Browser second) {
        /**
         * Both tabs show the re-sign-in form, then the first submits it as this user and, once it has its answer,
         * the second as {@code secondUser}.
         */
        void signInOneAfterTheOther(String secondUser) {
            Map<String, String> firstForm = RelyingParty.reSignInForm(first, user);
            Map<String, String> secondForm = RelyingParty.reSignInForm(second, secondUser);
            assertThat(first.post("/login", firstForm).status()).isEqualTo(303);
            assertThat(second.post("/login", secondForm).status()).isEqualTo(303);
        }

        /** What /account answers to a browser with this session cookie: 200 signed in, 303 to the login page. */
        int status(String cookie) {
            Browser other = new Browser(server.baseUrl());
            other.cookie(SESSION, cookie);
            return other.get("/account").status();
        }

        int liveLoginSessions() {
            return server.gatehouse().stores().jdbi().withHandle(h -> h.createQuery(
                    "SELECT COUNT(*) FROM login_sessions s JOIN users u ON u.id = s.user_id WHERE u.username = :u AND s.revoked_at IS NULL")
                    .bind("u", user).mapTo(Integer.class).one());
        }
    }

    private Tabs signedInWithTwoTabs(Kind kind) {
        TestServer server = server(kind);
        String user = RelyingParty.newUser(server, List.of("user"));
        Browser browser = new Browser(server.baseUrl());
        RefreshToken app = appSignIn(kind, browser, user);
        return new Tabs(server, user, app, browser.cookie(SESSION), browser.tab(), browser.tab());
    }

    private RefreshToken appSignIn(Kind kind, Browser b, String username) {
        RelyingParty.Request req = app(kind).request("openid offline_access");
        AuthorizationResponse response = RelyingParty.parse(RelyingParty.browse(b, req.path(), username, "allow"));
        assertThat(response.indicatesSuccess()).isTrue();
        return app(kind).tokens(response.toSuccessResponse().getAuthorizationCode().getValue(), req).getRefreshToken();
    }

    private int refresh(Kind kind, RefreshToken token) {
        RelyingParty app = app(kind);
        return OAuthFixture.send(new TokenRequest(app.endpoint("/oauth2/token"), app.auth(), new RefreshTokenGrant(token)).toHTTPRequest())
                .getStatusCode();
    }

    private static Map<String, String> credentials(String username) {
        return Map.of("username", username, "password", RelyingParty.PASSWORD);
    }
}
