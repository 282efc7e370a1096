package dev.gatehouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.account.User;
import dev.gatehouse.testing.Browser;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The admin console (API.md §9) on a real server, driven as a browser without JavaScript drives it:
 * sign-in through the hosted login, the permission check of the admin API on every page, and pages
 * (never JSON, never 500) for whoever may not see them and whatever they send.
 */
class AdminConsoleTest {
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

    /**
     * A browser signed in to the console as {@code username}, having come from {@code consolePath}: the
     * console's round trip as the OAuth client gatehouse-console (authorize with PKCE S256, the hosted
     * login, the code back at /admin/callback), ending on a 303 back to {@code consolePath}.
     */
    static Browser signedIn(String username, String consolePath) {
        Browser b = new Browser(server.baseUrl());
        TestHttp.Response start = b.get(consolePath);
        assertThat(start.status()).isEqualTo(303);
        String authorize = start.header("Location");
        assertThat(authorize).startsWith("/oauth2/authorize?client_id=gatehouse-console&response_type=code&redirect_uri="
                + URLEncoder.encode(server.config().issuer() + "/admin/callback", StandardCharsets.UTF_8) + "&scope=openid&code_challenge=")
                .contains("&code_challenge_method=S256&state=").contains("&nonce=");
        TestHttp.Response r = b.get(authorize);
        assertThat(r.header("Location")).startsWith("/login?return_to=");
        r = b.submit(r.header("Location"), "/login", Map.of("username", username, "password", AdminFixture.PASSWORD));
        for (int hops = 0; hops < 4 && !fixture.local(r.header("Location")).startsWith("/admin/callback?"); hops++) {
            r = b.get(fixture.local(r.header("Location")));
        }
        String callback = fixture.local(r.header("Location"));
        assertThat(callback).startsWith("/admin/callback?code=").contains("&state=");
        TestHttp.Response done = b.get(callback);
        assertThat(done.status()).as(done.body()).isEqualTo(303);
        assertThat(done.header("Location")).isEqualTo(consolePath);
        return b;
    }

    private static void assertPage(TestHttp.Response r, int status) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.header("Content-Type")).startsWith("text/html");
        assertThat(r.header("Content-Security-Policy")).contains("script-src 'self'").doesNotContain("unsafe-inline")
                .contains("frame-ancestors 'none'");
        assertThat(r.header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void withoutSignInEveryConsolePageSendsToTheHostedLoginAndBack() {
        for (String path : List.of("/admin", "/admin/users?query=ab", "/admin/users/00000000-0000-7000-8000-000000000000")) {
            Browser b = new Browser(server.baseUrl());
            TestHttp.Response r = b.get(path);
            assertThat(r.status()).isEqualTo(303);
            assertThat(r.header("Location")).startsWith("/oauth2/authorize?client_id=gatehouse-console&");
            // Through the hosted login and back to the page asked for.
            assertThat(signedInAgain(b, r, "cback" + N.incrementAndGet())).isEqualTo(path);
        }
        // Something ReturnTo refuses comes back to the console's home, never elsewhere.
        Browser b = new Browser(server.baseUrl());
        assertThat(signedInAgain(b, b.get("/admin/users?query=%0d%0a"), "cback" + N.incrementAndGet())).isEqualTo("/admin");
    }

    /** Follows a console sign-in that {@code start} began, as a new admin {@code username}; the console page it ends on. */
    private static String signedInAgain(Browser b, TestHttp.Response start, String username) {
        fixture.admin(username);
        TestHttp.Response r = start;
        for (int hops = 0; hops < 8 && r.status() == 303; hops++) {
            String next = fixture.local(r.header("Location"));
            if (!next.startsWith("/oauth2/") && !next.startsWith("/login") && !next.startsWith("/admin/callback")) return next;
            r = next.startsWith("/login?") ? b.submit(next, "/login", Map.of("username", username, "password", AdminFixture.PASSWORD)) : b.get(next);
        }
        throw new AssertionError("no way back to the console: " + r.status() + " " + r.body());
    }

    @Test
    void adminSignsInSearchesAndOpensAUser() {
        String admin = name("cadmin");
        fixture.admin(admin);
        String prefix = name("cfind");
        User found = fixture.user(prefix + "one");
        fixture.user(prefix + "two");
        server.http().login(prefix + "one", AdminFixture.PASSWORD); // a token session to list
        Browser b = signedIn(admin, "/admin");

        TestHttp.Response home = b.get("/admin");
        assertPage(home, 200);
        assertThat(home.body()).contains("<form method=\"get\" action=\"/admin/users\">").contains(admin)
                .contains("<form method=\"post\" action=\"/admin/logout\">");

        TestHttp.Response list = b.get("/admin/users?query=" + prefix);
        assertPage(list, 200);
        assertThat(list.body()).contains("href=\"/admin/users/" + found.id() + "\"").contains(prefix + "two")
                .contains("value=\"" + prefix + "\"");

        TestHttp.Response user = b.get("/admin/users/" + found.id());
        assertPage(user, 200);
        assertThat(user.body()).contains(prefix + "one").contains("<li>user").contains("Sessions").contains("Linked identities");
    }

    @Test
    void searchPagesWithTheCursorOfTheAdminApi() {
        String admin = name("cpager");
        fixture.admin(admin);
        String prefix = name("cpage");
        for (int i = 0; i < 51; i++) fixture.user(prefix + String.format("%02d", i));
        Browser b = signedIn(admin, "/admin");
        TestHttp.Response first = b.get("/admin/users?query=" + prefix);
        assertThat(first.body()).contains(prefix + "49").doesNotContain(prefix + "50");
        String next = Browser.unescape(first.body().replaceAll("(?s).*href=\"(/admin/users\\?query=[^\"]*cursor=[^\"]*)\".*", "$1"));
        TestHttp.Response second = b.get(next);
        assertPage(second, 200);
        assertThat(second.body()).contains(prefix + "50").doesNotContain(prefix + "49<");
    }

    @Test
    void aSignedInNonAdminGetsTheForbiddenPageEverywhere() {
        String plain = name("cplain");
        User u = fixture.user(plain);
        Browser b = signedIn(plain, "/admin");
        for (String path : List.of("/admin", "/admin/users", "/admin/users?query=a", "/admin/users/" + u.id(),
                "/admin/users/00000000-0000-7000-8000-000000000000")) {
            TestHttp.Response r = b.get(path);
            assertPage(r, 403);
            assertThat(r.body()).as(path).contains("Not allowed").doesNotContain(u.id() + "\"");
        }
        // In the reader's language, as every hosted page.
        TestHttp.Response de = b.header("Accept-Language", "de").get("/admin");
        assertThat(de.body()).contains("Nicht erlaubt").contains("lang=\"de\"");
        // Refusals are audited as the admin API's are.
        assertThat(auditEvents("admin_access", u.id(), 5)).isGreaterThanOrEqualTo(5);
    }

    @Test
    void anAdminWhoseRoleIsRemovedLosesTheConsoleAtOnce() {
        String admin = name("cdemoted");
        User a = fixture.admin(admin);
        Browser b = signedIn(admin, "/admin/users");
        assertPage(b.get("/admin/users"), 200);
        fixture.removeRole(a.id(), "admin");
        assertPage(b.get("/admin/users"), 403);
        assertPage(b.get("/admin"), 403);
    }

    @Test
    void eachSectionNeedsItsOwnPermission() {
        String admin = name("cboss");
        String token = fixture.adminToken(admin);
        String sessionsOnly = name("crole");
        String usersOnly = name("crole");
        assertThat(server.http().post("/admin/v1/roles", Map.of("name", sessionsOnly, "permissions", List.of("admin:sessions:read")), token)
                .status()).isEqualTo(201);
        assertThat(server.http().post("/admin/v1/roles", Map.of("name", usersOnly, "permissions", List.of("admin:users:read")), token)
                .status()).isEqualTo(201);
        String watcher = name("cwatch");
        server.gatehouse().services().accounts().create(watcher, AdminFixture.PASSWORD, null, null, List.of("user", sessionsOnly), null);
        String reader = name("cread");
        User r = server.gatehouse().services().accounts().create(reader, AdminFixture.PASSWORD, null, null, List.of("user", usersOnly), null);

        Browser w = signedIn(watcher, "/admin");
        assertPage(w.get("/admin"), 200);
        assertThat(w.get("/admin").body()).doesNotContain("action=\"/admin/users\"");
        assertPage(w.get("/admin/users?query=c"), 403);

        Browser rb = signedIn(reader, "/admin");
        TestHttp.Response page = rb.get("/admin/users/" + r.id());
        assertPage(page, 200);
        assertThat(page.body()).contains("Linked identities").doesNotContain("<h2>Sessions</h2>");
    }

    @Test
    void bearerTokensAreNeverAConsoleSession() {
        String token = fixture.adminToken(name("cbearer"));
        TestHttp.Response r = server.http().get("/admin/users?query=a", token);
        assertThat(r.status()).isEqualTo(303);
        assertThat(r.header("Location")).startsWith("/oauth2/authorize?client_id=gatehouse-console&");
        // A forged or foreign cookie is no session either, nor is the hosted login's own cookie.
        for (String cookie : List.of("gatehouse_console", "gatehouse_session")) {
            Browser b = new Browser(server.baseUrl());
            b.cookie(cookie, token.length() > 43 ? token.substring(0, 43) : token);
            assertThat(b.get("/admin").status()).isEqualTo(303);
            b.cookie(cookie, token.replace(".", ""));
            assertThat(b.get("/admin").status()).isEqualTo(303);
        }
        Browser hosted = new Browser(server.baseUrl());
        fixture.admin("cloggedin");
        hosted.submit("/login", "/login", Map.of("username", "cloggedin", "password", AdminFixture.PASSWORD));
        assertThat(hosted.cookie("gatehouse_session")).isNotNull();
        assertThat(hosted.get("/admin").header("Location")).startsWith("/oauth2/authorize?");
    }

    @Test
    void hostileQueriesGetAPageNeverAnError() throws Exception {
        String admin = name("chostile");
        fixture.admin(admin);
        Browser b = signedIn(admin, "/admin");
        Map<String, Integer> cases = new java.util.LinkedHashMap<>();
        cases.put("x".repeat(5000), 400); // over the hosted pages' query limit
        cases.put("x".repeat(400), 400); // over the search's limit
        cases.put("a%00b", 400); // a NUL (PostgreSQL refuses it in text)
        cases.put("%1b%5b31m", 400); // control characters
        cases.put("' OR 1=1 --", 200);
        cases.put("%'; DROP TABLE users; --", 200);
        cases.put("\u202e\uD835\uDD1E\u0301\uFFFF", 200);
        cases.put("%ED%A0%80", 200); // a lone surrogate, as bytes
        cases.put("<script>alert(1)</script>", 200);
        for (var c : cases.entrySet()) {
            String raw = c.getKey();
            String encoded = raw.contains("%") && !raw.contains(" ") ? raw : URLEncoder.encode(raw, StandardCharsets.UTF_8);
            TestHttp.Response r = b.get("/admin/users?query=" + encoded);
            assertPage(r, c.getValue());
            assertThat(r.body()).as(raw).doesNotContain("<script>alert");
        }
        assertPage(b.get("/admin/users?query=a&query=b"), 400);
        // Broken percent-escapes, which an HTTP client library will not even send: over a raw socket.
        for (String broken : List.of("%zz", "%", "%E0%A4", "a+b%2", "%C0%AF")) {
            String head = TestHttp.rawHead(server.baseUrl(), "/admin/users?query=" + broken, "Cookie: gatehouse_console=" + b.cookie("gatehouse_console") + "\r\n");
            assertThat(head).as(broken).matches("(?s)HTTP/1\\.1 (200|400) .*").containsIgnoringCase("content-type: text/html");
        }
        assertPage(b.get("/admin/users?query=a&cursor=not-a-cursor"), 400);
        assertPage(b.get("/admin/users/..%2F..%2Fetc"), 404);
        assertPage(b.get("/admin/users/" + "z".repeat(3000)), 404);
        assertPage(b.get("/admin/users/00000000-0000-7000-8000-000000000000"), 404);
    }

    @Test
    void theConsoleIsNotTheJsonAdminApi() {
        // The API under /admin/v1 keeps its JSON 401; the console's pages are beside it.
        TestHttp.Response api = server.http().get("/admin/v1/users");
        assertThat(api.status()).isEqualTo(401);
        assertThat(api.header("Content-Type")).contains("json");
        assertThat(new Browser(server.baseUrl()).get("/admin/v1").status()).isEqualTo(404);
    }

    private static int liveTokenSessions(String userId) {
        return server.gatehouse().stores().jdbi().withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM sessions WHERE user_id = :u AND revoked_at IS NULL").bind("u", userId).mapTo(Integer.class).one());
    }

    /** The audit events of this type about this user, once {@code expected} are written (the log writes in the background) or after 10 s. */
    private static int auditEvents(String type, String userId, int expected) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (true) {
            server.gatehouse().services().audit().flush();
            int n = server.gatehouse().stores().jdbi().withHandle(h -> h.createQuery(
                    "SELECT COUNT(*) FROM audit_events WHERE type = :t AND user_id = :u").bind("t", type).bind("u", userId)
                    .mapTo(Integer.class).one());
            if (n >= expected || System.nanoTime() > deadline) return n;
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return n;
            }
        }
    }

    @Test
    void anAdminEndsEverySessionOfAUserThroughTheCsrfProtectedForm() {
        String admin = name("cender");
        User a = fixture.admin(admin);
        String victim = name("cended");
        User v = fixture.user(victim);
        String token = fixture.token(victim);
        Browser victimBrowser = signedIn(victim, "/admin"); // a login session of the hosted pages
        Browser b = signedIn(admin, "/admin");
        String page = "/admin/users/" + v.id();
        String action = page + "/sessions/revoke";
        assertThat(b.get(page).body()).contains("action=\"" + action + "\"");

        // No token, and another browser's token: refused with a page, nothing ended.
        assertPage(b.post(action, Map.of()), 403);
        Browser other = signedIn(fixture.admin(name("cother")).username(), "/admin");
        String foreign = Browser.hiddenInputs(other.get(page).body()).get("csrf");
        assertPage(b.post(action, Map.of("csrf", foreign)), 403);
        assertThat(liveTokenSessions(v.id())).as("the API token's and the console's").isEqualTo(2);

        TestHttp.Response done = b.submit(page, action, Map.of());
        assertThat(done.status()).isEqualTo(303);
        assertThat(done.header("Location")).isEqualTo(page + "?done=sessions_ended");
        assertThat(liveTokenSessions(v.id())).isZero();
        assertThat(server.http().get("/api/v1/me", token).status()).isEqualTo(401);
        assertThat(victimBrowser.get("/admin").header("Location")).as("the console's session ended too").startsWith("/oauth2/authorize?");
        assertThat(auditEvents("admin_sessions_revoke", v.id(), 1)).isEqualTo(1);
        int byThisAdmin = server.gatehouse().stores().jdbi().withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM audit_events WHERE type = 'admin_sessions_revoke' AND user_id = :u AND actor = :a")
                .bind("u", v.id()).bind("a", a.id()).mapTo(Integer.class).one());
        assertThat(byThisAdmin).isEqualTo(1);
        // A second tab posting the same form: the same answer.
        assertThat(b.submit(page, action, Map.of()).status()).isEqualTo(303);
        assertPage(b.submit(page, "/admin/users/00000000-0000-7000-8000-000000000000/sessions/revoke", Map.of()), 404);
    }

    @Test
    void endingSessionsNeedsThePermissionAndThePrivilegesOfTheTarget() {
        String boss = name("cboss");
        String token = fixture.adminToken(boss);
        String role = name("crole");
        assertThat(server.http().post("/admin/v1/roles", Map.of("name", role,
                "permissions", List.of("admin:users:read", "admin:sessions:read", "admin:sessions:write")), token).status()).isEqualTo(201);
        String helper = name("chelper");
        server.gatehouse().services().accounts().create(helper, AdminFixture.PASSWORD, null, null, List.of("user", role), null);
        User target = fixture.admin(name("ctarget"));
        fixture.token(target.username());
        Browser b = signedIn(helper, "/admin");
        String page = "/admin/users/" + target.id();
        // An admin holds more than the helper: the privilege rule of the admin API refuses, audited.
        assertPage(b.submit(page, page + "/sessions/revoke", Map.of()), 403);
        assertThat(liveTokenSessions(target.id())).isEqualTo(1);
        assertThat(auditEvents("admin_action_denied", target.id(), 1)).isGreaterThanOrEqualTo(1);
        // A plain user is within the helper's reach.
        User plain = fixture.user(name("cplainer"));
        fixture.token(plain.username());
        assertThat(b.submit("/admin/users/" + plain.id(), "/admin/users/" + plain.id() + "/sessions/revoke", Map.of()).status())
                .isEqualTo(303);
        assertThat(liveTokenSessions(plain.id())).isZero();

        // Read-only: no form, and a POST is refused.
        String reader = name("creader");
        String readOnly = name("crole");
        assertThat(server.http().post("/admin/v1/roles", Map.of("name", readOnly,
                "permissions", List.of("admin:users:read", "admin:sessions:read")), token).status()).isEqualTo(201);
        server.gatehouse().services().accounts().create(reader, AdminFixture.PASSWORD, null, null, List.of("user", readOnly), null);
        Browser rb = signedIn(reader, "/admin");
        String plainPage = "/admin/users/" + plain.id();
        assertThat(rb.get(plainPage).body()).contains("<h2>Sessions</h2>").doesNotContain("sessions/revoke");
        String csrf = Browser.hiddenInputs(b.get(plainPage).body()).get("csrf");
        assertPage(rb.post(plainPage + "/sessions/revoke", Map.of("csrf", csrf == null ? "x" : csrf)), 403);

        // Not signed in: to the login page, nothing done.
        TestHttp.Response anonymous = new Browser(server.baseUrl()).post(plainPage + "/sessions/revoke", Map.of("csrf", "x"));
        assertThat(anonymous.status()).isEqualTo(303);
        assertThat(anonymous.header("Location")).startsWith("/oauth2/authorize?client_id=gatehouse-console&");
    }

    @Test
    void twoTabsAtOnceSearchAndEndSessionsWithoutAnError() throws Exception {
        String admin = name("ctabs");
        fixture.admin(admin);
        User v = fixture.user(name("ctabbed"));
        fixture.token(v.username());
        Browser b = signedIn(admin, "/admin");
        String page = "/admin/users/" + v.id();
        String csrf = Browser.hiddenInputs(b.get(page).body()).get("csrf");
        List<Integer> searches = dev.gatehouse.testing.Concurrently.run(8, () -> b.get("/admin/users?query=ctab").status());
        assertThat(searches).containsOnly(200);
        List<Integer> ends = dev.gatehouse.testing.Concurrently.run(4, () -> b.post(page + "/sessions/revoke", Map.of("csrf", csrf)).status());
        assertThat(ends).containsOnly(303);
        assertThat(liveTokenSessions(v.id())).isZero();
    }
}
