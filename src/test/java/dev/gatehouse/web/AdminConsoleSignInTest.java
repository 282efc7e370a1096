package dev.gatehouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.account.User;
import dev.gatehouse.core.SecureTokens;
import dev.gatehouse.oauth.client.ClientSpec;
import dev.gatehouse.oauth.client.OAuthClient;
import dev.gatehouse.testing.Authenticator;
import dev.gatehouse.testing.Browser;
import dev.gatehouse.testing.Concurrently;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The admin console's sign-in as the first-party OAuth client gatehouse-console (code + PKCE S256) on a
 * real server: the round trip, its binding to the browser (state, verifier, nonce in a sealed cookie of
 * each round trip), the console session following its token session, sign-out, and hostile callbacks.
 */
class AdminConsoleSignInTest {
    private static final AtomicInteger N = new AtomicInteger();
    private static TestServer server;
    private static AdminFixture fixture;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        fixture = new AdminFixture(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String name(String prefix) {
        return prefix + N.incrementAndGet() + "x";
    }

    /** A browser signed in at the hosted login (not yet to the console). */
    private static Browser hostedLogin(String username) {
        Browser b = new Browser(server.baseUrl());
        TestHttp.Response r = b.submit("/login", "/login", Map.of("username", username, "password", AdminFixture.PASSWORD));
        assertThat(r.status()).as(r.body()).isEqualTo(303);
        return b;
    }

    /** The state of the console sign-in that {@code start} (a console page's 303) began. */
    private static String state(TestHttp.Response start) {
        assertThat(start.status()).isEqualTo(303);
        return query(start.header("Location"), "state");
    }

    private static String query(String url, String name) {
        for (String p : URI.create(url).getRawQuery().split("&")) {
            if (p.startsWith(name + "=")) return java.net.URLDecoder.decode(p.substring(name.length() + 1), StandardCharsets.UTF_8);
        }
        return null;
    }

    /** For a browser signed in at the hosted login: the callback URL (a local path) of a console sign-in begun at {@code path}. */
    private static String callbackOf(Browser b, String path) {
        TestHttp.Response authorize = b.get(b.get(path).header("Location"));
        assertThat(authorize.status()).as(authorize.body()).isEqualTo(303);
        String callback = fixture.local(authorize.header("Location"));
        assertThat(callback).startsWith("/admin/callback?code=");
        return callback;
    }

    private static void assertPage(TestHttp.Response r, int status) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.header("Content-Type")).startsWith("text/html");
        assertThat(r.header("Location")).isNull();
    }

    private static int consoleSessions(String userId) {
        return server.gatehouse().stores().jdbi().withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM sessions WHERE user_id = :u AND client_id = 'gatehouse-console' AND revoked_at IS NULL")
                .bind("u", userId).mapTo(Integer.class).one());
    }

    @Test
    void theConsoleIsAPublicFirstPartyClientWithoutRefreshTokensRegisteredAtStart() {
        OAuthClient c = server.gatehouse().services().clients().get("gatehouse-console");
        assertThat(c.type().wire()).isEqualTo("public");
        assertThat(c.firstParty()).isTrue();
        assertThat(c.redirectUris()).containsExactly(server.config().issuer() + "/admin/callback");
        assertThat(c.grantTypes()).containsExactly("authorization_code");
        assertThat(c.scopes()).contains("openid");
        assertThat(c.requireMfa()).isFalse();
        // Like any client through the admin API.
        String token = fixture.adminToken(name("creg"));
        TestHttp.Response api = server.http().get("/admin/v1/clients/gatehouse-console", token);
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.json().path("token_endpoint_auth_method").asText()).isEqualTo("none");
    }

    @Test
    void theRoundTripEndsInASealedHttpOnlyCookieOfATokenSessionOfTheConsole() {
        String admin = name("cround");
        User a = fixture.admin(admin);
        Browser b = new Browser(server.baseUrl());
        TestHttp.Response start = b.get("/admin/users?query=cr");
        String authorize = start.header("Location");
        String verifierCookie = b.setCookieHeader(b.cookies().keySet().stream().filter(k -> k.startsWith("gatehouse_console_signin_"))
                .findFirst().orElseThrow());
        assertThat(verifierCookie).contains("HttpOnly").contains("SameSite=Lax").contains("Path=/").contains("Max-Age=600");
        // The verifier never leaves the server in the clear: the cookie is sealed, the URL has only its S256 hash.
        assertThat(query(authorize, "code_challenge")).hasSize(43);
        assertThat(query(authorize, "nonce")).hasSize(43);
        TestHttp.Response login = b.get(authorize);
        TestHttp.Response back = b.submit(login.header("Location"), "/login", Map.of("username", admin, "password", AdminFixture.PASSWORD));
        String callback = null;
        for (int hops = 0; hops < 4 && callback == null; hops++) {
            String next = fixture.local(back.header("Location"));
            if (next.startsWith("/admin/callback?")) callback = next;
            else back = b.get(next);
        }
        assertThat(query(callback, "state")).isEqualTo(state(start));
        TestHttp.Response done = b.get(callback);
        assertThat(done.status()).as(done.body()).isEqualTo(303);
        assertThat(done.header("Location")).isEqualTo("/admin/users?query=cr");
        assertThat(b.setCookieHeader("gatehouse_console")).contains("HttpOnly").contains("SameSite=Lax").contains("Path=/")
                .contains("Max-Age=" + server.config().tokens().sessionIdleTtl().toSeconds());
        assertThat(b.cookies().keySet()).noneMatch(k -> k.startsWith("gatehouse_console_signin_") && !b.cookie(k).isEmpty());
        assertThat(b.get("/admin/users?query=cr").status()).isEqualTo(200);
        assertThat(consoleSessions(a.id())).isEqualTo(1);
        // A tampered console cookie is no session.
        String value = b.cookie("gatehouse_console");
        b.cookie("gatehouse_console", value.substring(0, value.length() - 2) + (value.endsWith("AA") ? "BB" : "AA"));
        assertThat(b.get("/admin").header("Location")).startsWith("/oauth2/authorize?");
    }

    @Test
    void aStateNotOfThisBrowserOrSpentEndsOnAPageAndAReplayedCodeEndsItsSession() {
        String admin = name("cstate");
        User a = fixture.admin(admin);
        Browser b = hostedLogin(admin);
        String callback = callbackOf(b, "/admin");
        String state = query(callback, "state");
        String code = query(callback, "code");
        String flowCookie = "gatehouse_console_signin_" + state.substring(0, 16);
        String sealed = b.cookie(flowCookie);

        // Another state, one of another browser, none: pages, and the pending sign-in is untouched.
        assertPage(b.get("/admin/callback?code=" + code + "&state=" + SecureTokens.random(32)), 400);
        Browser other = hostedLogin(admin);
        assertPage(other.get(callback), 400);
        assertPage(b.get("/admin/callback?code=" + code), 400);
        assertThat(b.get(callback).status()).isEqualTo(303);
        assertThat(b.get("/admin").status()).isEqualTo(200);

        // The same callback again: its cookie was spent at the first use.
        TestHttp.Response again = b.get(callback);
        assertPage(again, 400);
        assertThat(again.body()).contains("href=\"/admin\"");
        assertThat(b.get("/admin").status()).as("a spent state harms nothing").isEqualTo(200);

        // With a copy of the cookie kept back, the code itself is spent; its replay ends the session it started (RFC 9700 §4.2.4).
        b.cookie(flowCookie, sealed);
        assertPage(b.get(callback), 400);
        assertThat(consoleSessions(a.id())).isZero();
        assertThat(b.get("/admin").header("Location")).startsWith("/oauth2/authorize?");
    }

    @Test
    void twoTabsSigningInAtOnceBothGetTheConsoleAndAStateServesOnlyItsOwnVerifier() {
        String admin = name("ctabs");
        fixture.admin(admin);
        Browser b = hostedLogin(admin);
        String first = callbackOf(b, "/admin");
        String second = callbackOf(b, "/admin/users");
        // The second tab's code with the first tab's state: the first's verifier does not fit it (PKCE).
        String crossed = "/admin/callback?code=" + query(second, "code") + "&state=" + query(first, "state");
        assertPage(b.get(crossed), 400);
        // Each tab's own round trip: unharmed by the other's cookie.
        String third = callbackOf(b, "/admin/users?query=a");
        String fourth = callbackOf(b, "/admin");
        assertThat(b.get(fourth).header("Location")).isEqualTo("/admin");
        assertThat(b.get(third).header("Location")).isEqualTo("/admin/users?query=a");
        assertThat(b.get("/admin/users").status()).isEqualTo(200);
    }

    @Test
    void aCodeIssuedToAnotherClientNeverOpensTheConsole() {
        String admin = name("cforeign");
        User a = fixture.admin(admin);
        Browser b = hostedLogin(admin);
        OAuthClient app = server.gatehouse().services().clients().create(new ClientSpec(null, "Other app", "public",
                List.of("http://127.0.0.1:9/cb"), null, List.of("authorization_code"), List.of("openid"), "none", null, null, true,
                null, null, null), "test").client();
        String verifier = SecureTokens.random(32);
        TestHttp.Response issued = b.get("/oauth2/authorize?client_id=" + app.clientId() + "&response_type=code&redirect_uri="
                + URLEncoder.encode("http://127.0.0.1:9/cb", StandardCharsets.UTF_8) + "&scope=openid&code_challenge="
                + SecureTokens.hash(verifier) + "&code_challenge_method=S256&state=s");
        String foreignCode = query(issued.header("Location"), "code");
        assertThat(foreignCode).isNotNull();
        String state = state(b.get("/admin"));
        assertPage(b.get("/admin/callback?code=" + foreignCode + "&state=" + state), 400);
        assertThat(b.cookie("gatehouse_console")).isNull();
        assertThat(consoleSessions(a.id())).isZero();
        assertThat(b.get("/admin").header("Location")).startsWith("/oauth2/authorize?client_id=gatehouse-console&");
    }

    @Test
    void anErrorAnswerIsAPageNeverALoop() {
        Browser b = new Browser(server.baseUrl());
        TestHttp.Response denied = b.get("/admin/callback?error=access_denied&error_description=Call+evil.example&state=" + state(b.get("/admin")));
        assertPage(denied, 403);
        assertThat(denied.body()).contains("href=\"/account\"").doesNotContain("evil.example");
        TestHttp.Response required = b.get("/admin/callback?error=login_required&state=" + state(b.get("/admin")));
        assertPage(required, 400);
        assertThat(required.body()).contains("login_required").contains("href=\"/admin\"");
        TestHttp.Response odd = b.get("/admin/callback?error=%3Cscript%3Ex&state=" + state(b.get("/admin")));
        assertPage(odd, 400);
        assertThat(odd.body()).doesNotContain("<script>x").contains("invalid_request");
        // Without the round trip's cookie an error is just as much a page.
        assertPage(new Browser(server.baseUrl()).get("/admin/callback?error=access_denied&state=" + SecureTokens.random(32)), 400);
        // Another issuer's answer (RFC 9207): refused.
        assertPage(b.get("/admin/callback?code=x&iss=https%3A%2F%2Fevil.example&state=" + state(b.get("/admin"))), 400);
    }

    @Test
    void whateverEndsTheTokenSessionEndsTheConsole() {
        String boss = fixture.adminToken(name("cboss"));
        // An admin ends all sessions of the user.
        User a = fixture.admin(name("cended"));
        Browser b = fixture.console(a.username(), "/admin/users");
        assertThat(server.http().send("DELETE", "/admin/v1/users/" + a.id() + "/sessions", (byte[]) null, null, boss).status()).isEqualTo(204);
        TestHttp.Response after = b.get("/admin/users");
        assertThat(after.header("Location")).startsWith("/oauth2/authorize?client_id=gatehouse-console&");
        assertThat(b.setCookieHeader("gatehouse_console")).contains("Max-Age=0");
        // ... and signs in again, to the page asked for.
        fixture.console(a.username(), "/admin/users");

        // The hosted sign-out ends the token sessions begun from that sign-in, the console's too.
        User c = fixture.admin(name("cout"));
        Browser cb = fixture.console(c.username(), "/admin");
        assertThat(cb.submit("/logout", "/logout", Map.of()).status()).isEqualTo(303);
        assertThat(cb.get("/admin").header("Location")).startsWith("/oauth2/authorize?");

        // The user disabled.
        User d = fixture.admin(name("cdisabled"));
        Browser db = fixture.console(d.username(), "/admin");
        assertThat(server.http().send("PATCH", "/admin/v1/users/" + d.id(), "{\"disabled\":true}", "application/json", boss).status())
                .isEqualTo(200);
        assertThat(db.get("/admin").header("Location")).startsWith("/oauth2/authorize?");
    }

    @Test
    void everySectionsNavigationSignsOutWithTheFormNotTheHostedLink() {
        User a = fixture.admin(name("cnav"));
        Browser b = fixture.console(a.username(), "/admin");
        for (String page : List.of("/admin", "/admin/users", "/admin/clients", "/admin/clients/new", "/admin/providers",
                "/admin/keys", "/admin/events")) {
            TestHttp.Response r = b.get(page);
            assertThat(r.status()).as(page).isEqualTo(200);
            assertThat(r.body()).as(page).contains("action=\"/admin/logout\"").doesNotContain("href=\"/logout\"");
        }
    }

    @Test
    void signingOutEndsTheConsolesTokenSessionBehindItsCsrfTokenThenOnToTheHostedSignOut() {
        User a = fixture.admin(name("clogout"));
        Browser b = fixture.console(a.username(), "/admin");
        String page = b.get("/admin").body();
        String csrf = Browser.hiddenInputs(page).get("csrf");
        assertThat(page).contains("<form method=\"post\" action=\"/admin/logout\">");
        String session = b.cookie("gatehouse_console");

        assertPage(b.post("/admin/logout", Map.of()), 403);
        Browser other = fixture.console(fixture.admin(name("cother")).username(), "/admin");
        assertPage(b.post("/admin/logout", Map.of("csrf", Browser.hiddenInputs(other.get("/admin").body()).get("csrf"))), 403);
        assertThat(consoleSessions(a.id())).isEqualTo(1);

        TestHttp.Response out = b.post("/admin/logout", Map.of("csrf", csrf));
        assertThat(out.status()).isEqualTo(303);
        assertThat(out.header("Location")).isEqualTo("/logout");
        assertThat(b.setCookieHeader("gatehouse_console")).contains("Max-Age=0");
        assertThat(consoleSessions(a.id())).isZero();
        // A copy of the old cookie is worth nothing now; a second tab's sign-out is the same answer.
        Browser copy = new Browser(server.baseUrl());
        copy.cookie("gatehouse_console", session);
        assertThat(copy.get("/admin").header("Location")).startsWith("/oauth2/authorize?");
        assertThat(b.post("/admin/logout", Map.of("csrf", csrf)).header("Location")).isEqualTo("/logout");
        // The hosted sign-out page follows, where the browser's sign-in ends as well.
        assertThat(b.get("/logout").body()).contains("action=\"/logout\"");
    }

    @Test
    void hostileCallbacksGetAPageNeverAnError() throws Exception {
        String admin = name("chostile");
        fixture.admin(admin);
        Browser b = hostedLogin(admin);
        String state = state(b.get("/admin"));
        for (String q : List.of("", "?state=" + "x".repeat(5000), "?state=" + state + "&state=" + state, "?code=a&code=b&state=" + state,
                "?code=" + "y".repeat(3000) + "&state=" + state, "?state=%00" + state.substring(1), "?state=" + state.substring(1) + "%E2%80%AE",
                "?code=%27%20OR%201%3D1&state=" + SecureTokens.random(32), "?code=&state=&error=&iss=")) {
            TestHttp.Response r = b.get("/admin/callback" + q);
            assertThat(r.status()).as(q).isBetween(400, 499);
            assertThat(r.header("Content-Type")).as(q).startsWith("text/html");
        }
        // A well-formed state with a malformed code: the round trip ends on a page.
        assertPage(b.get("/admin/callback?code=not-a-code&state=" + state), 400);
        // A forged or oversized round-trip cookie.
        String forged = state(b.get("/admin"));
        b.cookie("gatehouse_console_signin_" + forged.substring(0, 16), "A".repeat(5000));
        assertPage(b.get("/admin/callback?code=x&state=" + forged), 400);
        b.cookie("gatehouse_console_signin_" + forged.substring(0, 16), SecureTokens.random(200));
        assertPage(b.get("/admin/callback?code=x&state=" + forged), 400);

        // The same callback sent at once from several tabs: one sign-in, the others a page.
        String callback = callbackOf(b, "/admin");
        List<Integer> statuses = Concurrently.run(6, () -> b.get(callback).status());
        assertThat(statuses).containsOnly(303, 400);
        assertThat(statuses.stream().filter(s -> s == 303).count()).isEqualTo(1);

        // Many abandoned sign-ins do not pile up cookies.
        Browser many = new Browser(server.baseUrl());
        for (int i = 0; i < 12; i++) many.get("/admin");
        assertThat(many.cookies().entrySet().stream().filter(e -> e.getKey().startsWith("gatehouse_console_signin_") && !e.getValue().isEmpty())
                .count()).isLessThanOrEqualTo(3);

        // Broken escapes, which an HTTP client library will not send: over a raw socket.
        for (String broken : List.of("%zz", "%", "%E0%A4", "%C0%AF")) {
            assertThat(TestHttp.rawHead(server.baseUrl(), "/admin/callback?state=" + broken + "&code=" + broken, "")).as(broken).matches("(?s)HTTP/1\\.1 4\\d\\d .*");
        }
    }

    @Test
    void withConsoleRequireMfaAPasswordOnlyAdminSetsUpASecondFactorAndOnlyThenGetsTheConsole() throws Exception {
        try (TestServer strict = TestServer.builder().set("console.require.mfa", "true").start()) {
            AdminFixture f = new AdminFixture(strict);
            assertThat(strict.gatehouse().services().clients().get("gatehouse-console").requireMfa()).isTrue();
            User a = f.admin("strictadmin");
            Browser b = new Browser(strict.baseUrl());
            // The password alone: refused with a page that leads to the account page, no console.
            TestHttp.Response end = walk(f, b, b.get("/admin"), a.username(), null);
            assertThat(end.status()).as(end.body()).isEqualTo(403);
            assertThat(end.body()).contains("href=\"/account\"");
            assertThat(b.cookie("gatehouse_console")).isNull();

            // A factor set up (an authenticator app), then the console: the password, then the code.
            String token = f.token(a.username());
            TestHttp.Response started = strict.http().post("/api/v1/me/mfa/totp", Map.of(), token);
            Authenticator app = new Authenticator(started.json().path("secret").asText(), Clock.systemUTC());
            assertThat(strict.http().post("/api/v1/me/mfa/totp/confirm", Map.of("code", app.code()), token).status()).isEqualTo(200);
            TestHttp.Response console = walk(f, b, b.get("/admin/users"), a.username(), app);
            assertThat(console.status()).as(console.body()).isEqualTo(200);
            assertThat(console.body()).contains("action=\"/admin/users\"");
            // Its token session carries the two factors.
            String amr = strict.gatehouse().stores().jdbi().withHandle(h -> h.createQuery(
                    "SELECT amr FROM sessions WHERE user_id = :u AND client_id = 'gatehouse-console' AND revoked_at IS NULL")
                    .bind("u", a.id()).mapTo(String.class).one());
            assertThat(amr).contains("mfa");
        }
    }

    @Test
    void theConsoleSessionLivesAsItsTokenSessionIdleAndAbsolute() {
        dev.gatehouse.testing.MutableClock clock = dev.gatehouse.testing.MutableClock.startingNow();
        try (TestServer timed = TestServer.builder().clock(clock).set("session.idle.ttl", "1h").set("session.max.ttl", "3h").start()) {
            AdminFixture f = new AdminFixture(timed);
            User a = f.admin("timedadmin");
            Browser b = f.console(a.username(), "/admin");
            // Used every 50 minutes: never idle, whatever the access token's 15 minutes; each use keeps it alive.
            for (int i = 0; i < 3; i++) {
                clock.advance(java.time.Duration.ofMinutes(50));
                assertThat(b.get("/admin").status()).as("after " + (i + 1) * 50 + " minutes").isEqualTo(200);
            }
            // Past the session's absolute lifetime: signed out however busy.
            clock.advance(java.time.Duration.ofMinutes(31));
            assertThat(b.get("/admin").header("Location")).startsWith("/oauth2/authorize?");
            // Signed in again, then an hour and more without a console request: the session is over, in the database too.
            b = f.console(a.username(), "/admin");
            clock.advance(java.time.Duration.ofMinutes(61));
            assertThat(b.get("/admin").header("Location")).startsWith("/oauth2/authorize?");
            int live = timed.gatehouse().stores().jdbi().withHandle(h -> h.createQuery(
                    "SELECT COUNT(*) FROM sessions WHERE user_id = :u AND client_id = 'gatehouse-console' AND revoked_at IS NULL AND expires_at > :now")
                    .bind("u", a.id()).bind("now", clock.instant().toEpochMilli()).mapTo(Integer.class).one());
            assertThat(live).isZero();
        }
    }

    /** Follows redirects and fills the login form (password) and the second step's (a code of {@code app}); the first page not a redirect. */
    private static TestHttp.Response walk(AdminFixture f, Browser b, TestHttp.Response r, String username, Authenticator app) {
        for (int hops = 0; hops < 12 && r.status() == 303; hops++) {
            String next = f.local(r.header("Location"));
            if (next.startsWith("/login")) {
                TestHttp.Response page = b.get(next);
                if (page.status() == 303) {
                    r = page;
                    continue;
                }
                Map<String, String> fields = new java.util.LinkedHashMap<>(Browser.hiddenInputs(page.body()));
                if (!Browser.input(page.body(), "code").isEmpty()) {
                    fields.put("code", app.code(1));
                    r = b.post("/login/mfa", fields);
                } else {
                    fields.put("username", username);
                    fields.put("password", AdminFixture.PASSWORD);
                    r = b.post("/login", fields);
                }
            } else {
                r = b.get(next);
            }
        }
        return r;
    }
}
