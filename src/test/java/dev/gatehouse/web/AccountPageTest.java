package dev.gatehouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.testing.Authenticator;
import dev.gatehouse.testing.Browser;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The account page {@code /account} (API.md §9): the profile and the name form, the password form
 * (the JSON API's change: policy, current password on the login throttle, other sessions ended) and
 * the user's sign-in sessions with sign-out. Only the hosted sign-in opens it; every form is
 * CSRF-checked; another user's session cannot be ended.
 */
class AccountPageTest {
    private static final String PASSWORD = "correct horse battery staple";
    private static final String NEW_PASSWORD = "a brand new passphrase for this account";
    private static final Pattern SESSION_FORM = Pattern.compile("action=\"/account/sessions/([^\"/]+)/end\"");
    private static final AtomicInteger N = new AtomicInteger();

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.builder().set("login.throttle.free.attempts", "5").start();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    private static String newUser() {
        String username = "acct" + N.incrementAndGet();
        TestHttp.Response r = server.http().post("/api/v1/signup", Map.of("username", username, "password", PASSWORD,
                "email", username + "@example.com", "name", "Ada Lovelace"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return username;
    }

    private static Browser signedIn(String username, String password) {
        Browser b = new Browser(server.baseUrl());
        TestHttp.Response r = b.submit("/login", "/login", Map.of("username", username, "password", password));
        assertThat(r.status()).as(r.body()).isEqualTo(303);
        return b;
    }

    private static TestHttp.Response post(Browser b, String action, Map<String, String> fields) {
        return b.submit("/account", action, fields);
    }

    private static List<String> sessionIds(String html) {
        List<String> ids = new ArrayList<>();
        Matcher m = SESSION_FORM.matcher(html);
        while (m.find()) ids.add(m.group(1));
        return ids;
    }

    /** The id of this browser's own session: the one marked as this browser. */
    private static String ownSessionId(Browser b) {
        String html = b.get("/account").body();
        int mark = html.indexOf("(this browser)");
        Matcher m = SESSION_FORM.matcher(html);
        assertThat(m.find(mark)).isTrue();
        return m.group(1);
    }

    private static void assertLoginRedirect(TestHttp.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(303);
        assertThat(r.header("Location")).isEqualTo("/login?return_to=%2Faccount");
    }

    @Test
    void withoutTheHostedSignInEveryPathLeadsToTheLoginPageAndBack() {
        Browser b = new Browser(server.baseUrl());
        assertLoginRedirect(b.get("/account"));
        // A cookie that is no session (forged, ended or expired) is no sign-in either.
        b.cookie("gatehouse_session", "A".repeat(43));
        assertLoginRedirect(b.get("/account"));
        Map<String, String> csrf = Browser.hiddenInputs(b.get("/login").body());
        assertLoginRedirect(b.post("/account/name", Map.of("csrf", csrf.get("csrf"), "name", "x")));
        assertLoginRedirect(b.post("/account/sessions/end-others", Map.of("csrf", csrf.get("csrf"))));

        String username = newUser();
        TestHttp.Response login = b.submit("/login?return_to=%2Faccount", "/login", Map.of("username", username, "password", PASSWORD));
        assertThat(login.header("Location")).isEqualTo("/account");
        assertThat(b.get("/account").status()).isEqualTo(200);
    }

    @Test
    void showsTheProfileUnderTheStrictPagePolicy() {
        String username = newUser();
        Browser b = signedIn(username, PASSWORD);
        TestHttp.Response page = b.get("/account");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.header("Cache-Control")).isEqualTo("no-store");
        assertThat(page.header("Content-Security-Policy")).contains("script-src 'self'").contains("frame-ancestors 'none'")
                .doesNotContain("unsafe-inline");
        assertThat(page.body()).doesNotContain("<script>").contains("<meta name=\"viewport\"")
                .contains("<dd>" + username + "</dd>").contains(username + "@example.com").contains("(not verified)");
        assertThat(Browser.input(page.body(), "name")).containsEntry("value", "Ada Lovelace").containsEntry("autocomplete", "name");
        assertThat(Browser.input(page.body(), "current_password")).containsEntry("type", "password")
                .containsEntry("autocomplete", "current-password");
        assertThat(Browser.input(page.body(), "new_password")).containsEntry("autocomplete", "new-password");
        assertThat(page.body().split("name=\"csrf\"", -1).length - 1).isEqualTo(page.body().split("<form", -1).length - 1);

        b.header("Accept-Language", "de");
        assertThat(b.get("/account").body()).contains("Ihr Konto").contains("nicht bestätigt");
        b.header("Accept-Language", "fr");
        assertThat(b.get("/account").body()).contains("Votre compte").contains("non vérifiée");
    }

    @Test
    void showsTheSecondFactorsAsTheJsonApiKnowsThem() {
        String username = newUser();
        Browser b = signedIn(username, PASSWORD);
        String before = b.get("/account").body();
        assertThat(before).contains("<dt>Authenticator app (TOTP)</dt><dd>Off</dd>").contains("<dt>Recovery codes</dt><dd>None left</dd>")
                .contains("<dt>Passkeys</dt>\n<dd>None</dd>");

        String token = server.http().login(username, PASSWORD).get("access_token").asText();
        TestHttp.Response started = server.http().post("/api/v1/me/mfa/totp", Map.of(), token);
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        Authenticator app = new Authenticator(started.json().path("secret").asText(), Clock.systemUTC());
        TestHttp.Response confirmed = server.http().post("/api/v1/me/mfa/totp/confirm", Map.of("code", app.code()), token);
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        String after = b.get("/account").body();
        assertThat(after).contains("<dt>Authenticator app (TOTP)</dt><dd>On</dd>").contains("<dt>Recovery codes</dt><dd>10 left</dd>");
        b.header("Accept-Language", "de");
        assertThat(b.get("/account").body()).contains("<dd>An</dd>").contains("<dd>10 übrig</dd>");
    }

    @Test
    void changesTheNameWithTheJsonApisRules() {
        String username = newUser();
        Browser b = signedIn(username, PASSWORD);
        TestHttp.Response saved = post(b, "/account/name", Map.of("name", "Grace Hopper"));
        assertThat(saved.status()).as(saved.body()).isEqualTo(303);
        assertThat(saved.header("Location")).isEqualTo("/account?done=name");
        TestHttp.Response page = b.get("/account?done=name");
        assertThat(page.body()).contains("Your name was saved.");
        assertThat(Browser.input(page.body(), "name")).containsEntry("value", "Grace Hopper");
        String token = server.http().login(username, PASSWORD).get("access_token").asText();
        assertThat(server.http().get("/api/v1/me", token).json().get("name").asText()).isEqualTo("Grace Hopper");

        // A control character is refused by the service: the page again, the field marked and focused.
        TestHttp.Response bad = post(b, "/account/name", Map.of("name", "Grace\u0001"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(Browser.input(bad.body(), "name")).containsEntry("aria-invalid", "true").containsKey("autofocus")
                .containsEntry("aria-describedby", "name-error");
        assertThat(bad.body()).contains("id=\"name-error\"");
        // An unknown notice is none, never an error.
        assertThat(b.get("/account?done=%3Cscript%3E").status()).isEqualTo(200);

        // Empty removes the name, as "name": null does in PATCH /api/v1/me.
        assertThat(post(b, "/account/name", Map.of("name", "")).status()).isEqualTo(303);
        assertThat(server.http().get("/api/v1/me", token).json().get("name").isNull()).isTrue();
    }

    @Test
    void hostileAndHugeFormsAreRefusedWithAPageNeverA500() {
        String username = newUser();
        Browser b = signedIn(username, PASSWORD);
        TestHttp.Response huge = post(b, "/account/name", Map.of("name", "x".repeat(5000)));
        assertThat(huge.status()).isEqualTo(400);
        assertThat(huge.body()).doesNotContain("x".repeat(1001));
        TestHttp.Response tooBig = post(b, "/account/password", Map.of("current_password", "p".repeat(2_000_000), "new_password", "x"));
        assertThat(tooBig.status()).isIn(400, 413);
        Map<String, String> hidden = Browser.hiddenInputs(b.get("/account").body());
        String csrf = hidden.get("csrf");
        TestHttp.Response repeated = b.postRaw("/account/name", "csrf=" + csrf + "&name=a&name=b", "application/x-www-form-urlencoded");
        assertThat(repeated.status()).isEqualTo(400);
        TestHttp.Response malformed = b.postRaw("/account/password", "csrf=" + csrf + "&current_password=%zz", "application/x-www-form-urlencoded");
        assertThat(malformed.status()).isEqualTo(400);
        TestHttp.Response json = b.postRaw("/account/name", "{\"name\":\"x\"}", "application/json");
        assertThat(json.status()).isIn(400, 415);
        TestHttp.Response longId = b.post("/account/sessions/" + "z".repeat(3000) + "/end", Map.of("csrf", csrf));
        assertThat(longId.status()).isIn(400, 404, 414, 431);
        TestHttp.Response script = post(b, "/account/name", Map.of("name", "<script>alert(1)</script>"));
        assertThat(script.status()).isEqualTo(303);
        assertThat(b.get("/account").body()).doesNotContain("<script>alert(1)").contains("value=\"&lt;script");
        assertThat(Browser.input(huge.body(), "name").get("value")).isNull();
    }

    @Test
    void formsWithoutOrWithAForeignCsrfTokenAreRefused() {
        String username = newUser();
        Browser b = signedIn(username, PASSWORD);
        Browser attacker = signedIn(newUser(), PASSWORD);
        String foreign = Browser.hiddenInputs(attacker.get("/account").body()).get("csrf");
        String victimSession = ownSessionId(b);
        for (Map<String, String> fields : List.of(Map.<String, String>of(), Map.of("csrf", foreign), Map.of("csrf", ""))) {
            Map<String, String> name = new HashMap<>(fields);
            name.put("name", "Mallory");
            assertThat(b.post("/account/name", name).status()).isEqualTo(403);
            Map<String, String> pw = new HashMap<>(fields);
            pw.put("current_password", PASSWORD);
            pw.put("new_password", NEW_PASSWORD);
            assertThat(b.post("/account/password", pw).status()).isEqualTo(403);
            assertThat(b.post("/account/sessions/end-others", fields).status()).isEqualTo(403);
            assertThat(b.post("/account/sessions/" + victimSession + "/end", fields).status()).isEqualTo(403);
        }
        TestHttp.Response page = b.get("/account");
        assertThat(page.status()).isEqualTo(200);
        assertThat(Browser.input(page.body(), "name")).containsEntry("value", "Ada Lovelace");
        assertThat(server.http().login(username, PASSWORD).has("access_token")).isTrue();
    }

    @Test
    void passwordErrorsAreShownOnTheFieldThatGetsTheFocus() {
        String username = newUser();
        Browser b = signedIn(username, PASSWORD);
        TestHttp.Response missing = post(b, "/account/password", Map.of("current_password", "", "new_password", ""));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(Browser.input(missing.body(), "current_password")).containsEntry("aria-invalid", "true").containsKey("autofocus");
        assertThat(Browser.input(missing.body(), "new_password")).containsEntry("aria-invalid", "true").doesNotContainKey("autofocus");

        TestHttp.Response wrong = post(b, "/account/password", Map.of("current_password", "not it at all", "new_password", NEW_PASSWORD));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.body()).contains("The current password is not right.");
        assertThat(Browser.input(wrong.body(), "current_password")).containsKey("autofocus").doesNotContainKey("value");

        TestHttp.Response weak = post(b, "/account/password", Map.of("current_password", PASSWORD, "new_password", "short"));
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.body()).contains("The password is too short.");
        assertThat(Browser.input(weak.body(), "new_password")).containsEntry("aria-invalid", "true").containsKey("autofocus");
        assertThat(Browser.input(weak.body(), "current_password")).doesNotContainKey("autofocus");
        // Nothing changed.
        assertThat(server.http().login(username, PASSWORD).has("access_token")).isTrue();
    }

    @Test
    void wrongCurrentPasswordsCountOnTheLoginThrottle() {
        String username = newUser();
        Browser b = signedIn(username, PASSWORD);
        TestHttp.Response last = null;
        for (int i = 0; i < 8 && (last == null || last.status() != 429); i++) {
            last = post(b, "/account/password", Map.of("current_password", "wrong password " + i, "new_password", NEW_PASSWORD));
            assertThat(last.status()).isIn(401, 429);
        }
        assertThat(last.status()).isEqualTo(429);
        assertThat(last.header("Retry-After")).matches("[1-9][0-9]*");
        // The same budget as the login: the right password is held back now too.
        TestHttp.Response right = post(b, "/account/password", Map.of("current_password", PASSWORD, "new_password", NEW_PASSWORD));
        assertThat(right.status()).isEqualTo(429);
        assertThat(server.http().post("/api/v1/login", Map.of("username", username, "password", PASSWORD)).status()).isEqualTo(429);
    }

    @Test
    void changingThePasswordEndsEveryOtherSessionAndKeepsThisBrowserSignedIn() {
        String username = newUser();
        Browser b = signedIn(username, PASSWORD);
        Browser other = signedIn(username, PASSWORD);
        String token = server.http().login(username, PASSWORD).get("access_token").asText();
        TestHttp.Response changed = post(b, "/account/password", Map.of("current_password", PASSWORD, "new_password", NEW_PASSWORD));
        assertThat(changed.status()).as(changed.body()).isEqualTo(303);
        assertThat(changed.header("Location")).isEqualTo("/account?done=password");
        String after = b.get("/account?done=password").body();
        assertThat(after).contains("Your password was changed");
        // Listed no more at once, before the other browser comes back.
        assertThat(sessionIds(after)).hasSize(1);
        assertLoginRedirect(other.get("/account"));
        assertThat(server.http().get("/api/v1/me", token).status()).isEqualTo(401);
        assertThat(server.http().post("/api/v1/login", Map.of("username", username, "password", PASSWORD)).status()).isEqualTo(401);
        assertThat(server.http().login(username, NEW_PASSWORD).has("access_token")).isTrue();
        assertThat(sessionIds(b.get("/account").body())).hasSize(1);
    }

    @Test
    void twoTabsPostingThePasswordFormAtOnceLeaveOnePasswordAndNoError() throws Exception {
        String username = newUser();
        Browser b = signedIn(username, PASSWORD);
        Map<String, String> hidden = Browser.hiddenInputs(b.get("/account").body());
        List<String> candidates = List.of(NEW_PASSWORD, "another fresh passphrase for the account");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<TestHttp.Response>> answers = new ArrayList<>();
            for (String candidate : candidates) {
                // Two tabs: one cookie jar's contents, each tab its own client.
                Browser tab = new Browser(server.baseUrl());
                b.cookies().forEach(tab::cookie);
                Map<String, String> fields = new LinkedHashMap<>(hidden);
                fields.put("current_password", PASSWORD);
                fields.put("new_password", candidate);
                answers.add(pool.submit(() -> {
                    go.await();
                    return tab.post("/account/password", fields);
                }));
            }
            go.countDown();
            for (Future<TestHttp.Response> f : answers) assertThat(f.get(60, TimeUnit.SECONDS).status()).isIn(303, 401);
        } finally {
            pool.shutdownNow();
        }
        assertThat(server.http().post("/api/v1/login", Map.of("username", username, "password", PASSWORD)).status()).isEqualTo(401);
        int working = 0;
        for (String candidate : candidates) {
            if (server.http().post("/api/v1/login", Map.of("username", username, "password", candidate)).status() == 200) working++;
        }
        assertThat(working).isEqualTo(1);
        // The browser is left signed in, or at worst at the login page: never an error.
        assertThat(b.get("/account").status()).isIn(200, 303);
    }

    @Test
    void endsOneOwnSessionOrAllOthersButNeverAnotherUsersSession() {
        String username = newUser();
        Browser b = signedIn(username, PASSWORD);
        Browser phone = signedIn(username, PASSWORD);
        Browser laptop = signedIn(username, PASSWORD);
        Browser stranger = signedIn(newUser(), PASSWORD);
        String strangerSession = ownSessionId(stranger);
        String phoneSession = ownSessionId(phone);

        String page = b.get("/account").body();
        assertThat(sessionIds(page)).hasSize(3).contains(phoneSession).doesNotContain(strangerSession);
        assertThat(page).contains("Sign out all other sessions");

        // Another user's session id answers like an unknown one, and that session lives on.
        String csrf = Browser.hiddenInputs(page).get("csrf");
        TestHttp.Response foreign = b.post("/account/sessions/" + strangerSession + "/end", Map.of("csrf", csrf));
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(b.post("/account/sessions/no-such-session/end", Map.of("csrf", csrf)).status()).isEqualTo(404);
        assertThat(stranger.get("/account").status()).isEqualTo(200);

        TestHttp.Response ended = b.post("/account/sessions/" + phoneSession + "/end", Map.of("csrf", csrf));
        assertThat(ended.status()).isEqualTo(303);
        assertThat(ended.header("Location")).isEqualTo("/account?done=session");
        assertLoginRedirect(phone.get("/account"));
        // Ending it again: it is gone.
        assertThat(b.post("/account/sessions/" + phoneSession + "/end", Map.of("csrf", csrf)).status()).isEqualTo(404);
        assertThat(laptop.get("/account").status()).isEqualTo(200);

        TestHttp.Response others = post(b, "/account/sessions/end-others", Map.of());
        assertThat(others.status()).isEqualTo(303);
        assertLoginRedirect(laptop.get("/account"));
        assertThat(sessionIds(b.get("/account").body())).hasSize(1);
        assertThat(stranger.get("/account").status()).isEqualTo(200);

        // This browser's own session: signing out.
        TestHttp.Response self = post(b, "/account/sessions/" + ownSessionId(b) + "/end", Map.of());
        assertThat(self.header("Location")).isEqualTo("/signed-out");
        assertLoginRedirect(b.get("/account"));
    }
}
