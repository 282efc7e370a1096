package dev.gatehouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.testing.Browser;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The hosted login, signup and logout pages, driven as a browser drives them, on a real server. */
class HostedPagesTest {
    private static final String PASSWORD = "correct horse battery staple";
    private static final String SESSION = "gatehouse_session";
    private static final AtomicInteger N = new AtomicInteger();
    private static TestServer server;

    @BeforeAll
    static void start() {
        // A long back-off so the throttling test cannot outwait it by being slow.
        server = TestServer.builder().set("login.throttle.base.delay", "60s").start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String newUser() {
        String username = "page" + N.incrementAndGet() + "user";
        TestHttp.Response r = server.http().post("/api/v1/signup", Map.of("username", username, "password", PASSWORD));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return username;
    }

    private static Browser browser() {
        return new Browser(server.baseUrl());
    }

    private static TestHttp.Response login(Browser b, String loginPage, String username, String password) {
        return b.submit(loginPage, "/login", Map.of("username", username, "password", password));
    }

    @Test
    void loginPageHasOneFormWithUsernamePasswordAndCsrf() {
        TestHttp.Response page = browser().get("/login");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        // The password form, and the passkey form that only the page's script shows (hidden without it).
        assertThat(page.body().split("<form", -1)).hasSize(3);
        assertThat(page.body()).contains("<form method=\"post\" action=\"/login/passkey\" class=\"passkey\"");
        assertThat(page.body()).contains("<form method=\"post\" action=\"/login\">");
        // Passkey autofill (WebAuthn conditional mediation): the token "webauthn", and options only from the script, none in the page.
        assertThat(Browser.input(page.body(), "username")).containsEntry("autocomplete", "username webauthn").containsKey("required");
        assertThat(page.body()).contains("data-options=\"/api/v1/login/passkey/options\" data-conditional hidden>");
        assertThat(Browser.hiddenInputs(page.body())).containsEntry("challenge_id", "").doesNotContainKey("challenge");
        assertThat(Browser.input(page.body(), "password")).containsEntry("type", "password").containsEntry("autocomplete", "current-password");
        assertThat(page.body()).contains("<label for=\"username\">").contains("<label for=\"password\">");
        assertThat(Browser.hiddenInputs(page.body()).get("csrf")).matches("[A-Za-z0-9_-]{43}");
    }

    @Test
    void loginWhenCorrectThenSessionCookieWithAttributesAndNewValueEachLogin() {
        String user = newUser();
        Browser b = browser();
        TestHttp.Response ok = login(b, "/login", user, PASSWORD);
        assertThat(ok.status()).isEqualTo(303);
        assertThat(ok.header("Location")).isEqualTo("/signed-in");
        String setCookie = b.setCookieHeader(SESSION);
        // A plain-http loopback issuer: no __Host- prefix and no Secure (browsers refuse both on http).
        assertThat(setCookie).startsWith(SESSION + "=").contains("; Path=/").contains("; HttpOnly").contains("; SameSite=Lax")
                .contains("; Max-Age=43200").doesNotContain("Secure").doesNotContain("Domain");
        String first = b.cookie(SESSION);
        assertThat(first).matches("[A-Za-z0-9_-]{43}");

        TestHttp.Response signedIn = b.get("/signed-in");
        assertThat(signedIn.status()).isEqualTo(200);
        assertThat(signedIn.body()).contains("<strong>" + user + "</strong>");

        // Already signed in: the login page goes straight on, unless a fresh login is forced.
        assertThat(b.get("/login").status()).isEqualTo(303);
        TestHttp.Response forced = b.get("/login?force=1");
        assertThat(forced.status()).isEqualTo(200);
        assertThat(Browser.hiddenInputs(forced.body())).containsEntry("force", "1");
        assertThat(login(b, "/login?force=1", user, PASSWORD).status()).isEqualTo(303);
        String second = b.cookie(SESSION);
        assertThat(second).isNotEqualTo(first);

        // The replaced session is over: its old value no longer signs anyone in.
        Browser old = browser();
        old.cookie(SESSION, first);
        TestHttp.Response stale = old.get("/signed-in");
        assertThat(stale.status()).isEqualTo(303);
        assertThat(stale.header("Location")).isEqualTo("/login");
    }

    @Test
    void loginWhenCookiePlantedBeforeLoginThenItIsNotKept() {
        String user = newUser();
        Browser b = browser();
        String planted = "A".repeat(43);
        b.cookie(SESSION, planted);
        assertThat(login(b, "/login", user, PASSWORD).status()).isEqualTo(303);
        assertThat(b.cookie(SESSION)).isNotEqualTo(planted);
        Browser attacker = browser();
        attacker.cookie(SESSION, planted);
        assertThat(attacker.get("/signed-in").status()).isEqualTo(303);
    }

    @Test
    void loginWhenWrongPasswordOrUnknownUserThenSamePageAndStatus() {
        String user = newUser();
        Browser b = browser();
        TestHttp.Response wrong = login(b, "/login", user, "not the password at all");
        TestHttp.Response unknown = login(b, "/login", "nobody" + N.incrementAndGet() + "here", "not the password at all");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(wrong.body()).contains("Incorrect username or password.");
        assertThat(Browser.input(wrong.body(), "username")).containsEntry("value", user);
        // Byte-identical apart from the echoed username.
        String unknownName = Browser.input(unknown.body(), "username").get("value");
        assertThat(unknown.body().replace(unknownName, "X")).isEqualTo(wrong.body().replace(user, "X"));
        assertThat(b.cookie(SESSION)).isNull();

        // A disabled account answers exactly like a wrong password (after the right password).
        String disabled = newUser();
        server.gatehouse().stores().jdbi().useHandle(h -> h.createUpdate("UPDATE users SET disabled = :d WHERE username = :u")
                .bind("d", true).bind("u", disabled).execute());
        TestHttp.Response off = login(b, "/login", disabled, PASSWORD);
        assertThat(off.status()).isEqualTo(401);
        assertThat(off.body().replace(disabled, "X")).isEqualTo(wrong.body().replace(user, "X"));
    }

    @Test
    void loginWithEmailInTheUsernameFieldWorks() {
        String username = "mail" + N.incrementAndGet() + "user";
        assertThat(server.http().post("/api/v1/signup", Map.of("username", username, "password", PASSWORD,
                "email", username + "@example.com")).status()).isEqualTo(201);
        Browser b = browser();
        assertThat(login(b, "/login", username.toUpperCase() + "@Example.com", PASSWORD).status()).isEqualTo(303);
        assertThat(b.get("/signed-in").body()).contains(username);
    }

    @Test
    void loginWhenCsrfMissingWrongOrFromAnotherBrowserThen403() {
        String user = newUser();
        Browser b = browser();
        Map<String, String> hidden = Browser.hiddenInputs(b.get("/login").body());

        TestHttp.Response missing = b.post("/login", Map.of("username", user, "password", PASSWORD));
        assertThat(missing.status()).isEqualTo(403);
        assertThat(missing.header("Content-Type")).startsWith("text/html");
        assertThat(missing.body()).contains("Form expired").contains("<a href=\"/login\">Back to the form</a>");

        Map<String, String> tampered = new LinkedHashMap<>(Map.of("username", user, "password", PASSWORD));
        tampered.put("csrf", hidden.get("csrf").substring(1) + "x");
        assertThat(b.post("/login", tampered).status()).isEqualTo(403);

        // A valid token with another browser's cookie (or none) is refused.
        Map<String, String> stolen = new LinkedHashMap<>(Map.of("username", user, "password", PASSWORD, "csrf", hidden.get("csrf")));
        assertThat(browser().post("/login", stolen).status()).isEqualTo(403);
        Browser other = browser();
        other.get("/login");
        assertThat(other.post("/login", stolen).status()).isEqualTo(403);

        // The right token but a cross-site request per Fetch Metadata.
        TestHttp.Response crossSite = b.postRaw("/login", Browser.encode(stolen).getBytes(StandardCharsets.UTF_8),
                "application/x-www-form-urlencoded", Map.of("Sec-Fetch-Site", "cross-site"));
        assertThat(crossSite.status()).isEqualTo(403);
        assertThat(b.cookie(SESSION)).isNull();

        assertThat(b.post("/login", stolen).status()).isEqualTo(303);
    }

    @Test
    void loginWhenThrottledThen429PageWithRetryAfter() {
        String user = newUser();
        Browser b = browser();
        TestHttp.Response last = null;
        for (int i = 0; i < 6; i++) last = login(b, "/login", user, "wrong password number " + i);
        assertThat(last.status()).isEqualTo(429);
        assertThat(last.header("Retry-After")).matches("[1-9][0-9]*");
        assertThat(last.body()).contains("Too many attempts");
        // The right password is refused too while the back-off lasts, on the JSON API as well (one throttle).
        assertThat(login(b, "/login", user, PASSWORD).status()).isEqualTo(429);
        assertThat(server.http().post("/api/v1/login", Map.of("username", user, "password", PASSWORD)).status()).isEqualTo(429);
    }

    @Test
    void loginWhenReturnToIsOffSiteThenNeverRedirectedThere() {
        String user = newUser();
        List<String> evil = List.of("https://evil.example", "//evil.example", "/\\evil.example", "\\\\evil.example",
                "/%09/evil.example", "%2F%2Fevil.example", "/%2F%2Fevil.example", "/%5Cevil.example", "/%2f/evil.example", "/\t/evil.example", "https:evil.example", "javascript:alert(1)",
                " //evil.example", "///evil.example", "/\\/evil.example", "//evil.example/%2F..", "http://localhost@evil.example");
        for (String target : evil) {
            Browser b = browser();
            String page = "/login?return_to=" + java.net.URLEncoder.encode(target, StandardCharsets.UTF_8);
            TestHttp.Response r = login(b, page, user, PASSWORD);
            assertThat(r.status()).as(target).isEqualTo(303);
            assertThat(r.header("Location")).as(target).isEqualTo("/signed-in");
            // Signed in now: the login page redirects at once, still never off-site.
            assertThat(b.get(page).header("Location")).as(target).isEqualTo("/signed-in");
            // Posting the value directly (no hidden input from the page) is no better.
            Map<String, String> direct = new LinkedHashMap<>(Browser.hiddenInputs(b.get("/login?force=1").body()));
            direct.put("return_to", target);
            direct.put("username", user);
            direct.put("password", PASSWORD);
            assertThat(b.post("/login", direct).header("Location")).as(target).isEqualTo("/signed-in");
        }
        Browser b = browser();
        TestHttp.Response local = login(b, "/login?return_to=" + java.net.URLEncoder.encode("/oauth2/authorize?client_id=a&state=b",
                StandardCharsets.UTF_8), user, PASSWORD);
        assertThat(local.header("Location")).isEqualTo("/oauth2/authorize?client_id=a&state=b");
    }

    @Test
    void logoutEndsTheSessionAndClearsTheCookie() {
        String user = newUser();
        Browser b = browser();
        login(b, "/login", user, PASSWORD);
        String value = b.cookie(SESSION);
        TestHttp.Response confirm = b.get("/logout");
        assertThat(confirm.status()).isEqualTo(200);
        assertThat(confirm.body()).contains(user).contains("<form method=\"post\" action=\"/logout\">");
        TestHttp.Response out = b.submit("/logout", "/logout", Map.of());
        assertThat(out.status()).isEqualTo(303);
        assertThat(out.header("Location")).isEqualTo("/signed-out");
        assertThat(b.setCookieHeader(SESSION)).startsWith(SESSION + "=;").contains("Max-Age=0");
        assertThat(b.cookie(SESSION)).isNull();
        assertThat(b.get("/signed-out").body()).contains("You are signed out");

        Browser replay = browser();
        replay.cookie(SESSION, value);
        assertThat(replay.get("/signed-in").status()).isEqualTo(303);
        // Logout needs the CSRF token too: a cross-site form cannot sign anyone out.
        login(b, "/login", user, PASSWORD);
        assertThat(b.post("/logout", Map.of()).status()).isEqualTo(403);
        assertThat(b.get("/signed-in").status()).isEqualTo(200);
    }

    @Test
    void sessionWhenPasswordChangedOrUserDisabledThenDead() {
        String user = newUser();
        Browser b = browser();
        login(b, "/login", user, PASSWORD);
        assertThat(b.get("/signed-in").status()).isEqualTo(200);
        String at = server.http().login(user, PASSWORD).get("access_token").asText();
        TestHttp.Response change = server.http().post("/api/v1/me/password",
                Map.of("current_password", PASSWORD, "new_password", "an entirely different passphrase"), at);
        assertThat(change.status()).as(change.body()).isEqualTo(204);
        assertThat(b.get("/signed-in").status()).isEqualTo(303);

        String other = newUser();
        Browser c = browser();
        login(c, "/login", other, PASSWORD);
        assertThat(c.get("/signed-in").status()).isEqualTo(200);
        server.gatehouse().stores().jdbi().useHandle(h -> h.createUpdate("UPDATE users SET disabled = :d WHERE username = :u")
                .bind("d", true).bind("u", other).execute());
        assertThat(c.get("/signed-in").status()).isEqualTo(303);
    }

    @Test
    void everyPageSendsSecurityHeadersAndNoCors() {
        Browser b = browser();
        List<TestHttp.Response> responses = new java.util.ArrayList<>();
        for (String path : List.of("/login", "/signup", "/logout", "/signed-out", "/signed-in", "/login?force=1")) {
            responses.add(b.get(path));
        }
        responses.add(b.post("/login", Map.of("username", "x")));          // 403 page
        responses.add(b.postRaw("/login", "a=1&a=2", "application/x-www-form-urlencoded")); // 400 page
        responses.add(login(b, "/login", "nobody-at-all", "wrong password"));  // 401 page
        TestHttp.Response preflight = server.http().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(server.baseUrl() + "/login"))
                .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST").build());
        for (TestHttp.Response r : responses) {
            assertThat(r.header("Content-Security-Policy")).isEqualTo("default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'; img-src 'self'; "
                    + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
            assertThat(r.header("Cache-Control")).isEqualTo("no-store");
            assertThat(r.header("Referrer-Policy")).isEqualTo("no-referrer");
            assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(r.headers().keySet()).noneMatch(h -> h.toLowerCase().startsWith("access-control-"));
        }
        assertThat(preflight.headers().keySet()).noneMatch(h -> h.toLowerCase().startsWith("access-control-"));
    }

    @Test
    void stylesheetIsServedImmutableAndLinkedWithItsHash() {
        Browser b = browser();
        String html = b.get("/login").body();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("href=\"(/assets/gatehouse\\.css\\?v=[0-9a-f]{12})\"").matcher(html);
        assertThat(m.find()).isTrue();
        TestHttp.Response css = b.get(m.group(1));
        assertThat(css.status()).isEqualTo(200);
        assertThat(css.header("Content-Type")).startsWith("text/css");
        assertThat(css.header("Cache-Control")).contains("immutable").contains("max-age=31536000");
        assertThat(css.body()).contains(":focus-visible");
    }

    @Test
    void formWhenHugeDuplicatedMalformedOrWrongTypeThen4xxPageNever500() {
        Browser b = browser();
        String csrf = Browser.hiddenInputs(b.get("/login").body()).get("csrf");
        String form = "csrf=" + csrf + "&username=x&password=";
        Map<String, Integer> cases = new LinkedHashMap<>();
        cases.put(form + "y&password=z", 400);                                  // duplicated field
        cases.put(form + "y&csrf=" + csrf, 400);                                // duplicated CSRF
        cases.put(form + "y".repeat(9000), 400);                                // one huge field
        cases.put(form + "y&return_to=%2F&return_to=%2F%2Fevil", 400);          // duplicated return_to
        cases.put(form + "%FF%FE", 400);                                        // not UTF-8
        cases.put(form + "%G1", 400);                                           // bad escape
        cases.put(form + "y".repeat(40_000), 413);                              // body over the form limit
        for (Map.Entry<String, Integer> c : cases.entrySet()) {
            TestHttp.Response r = b.postRaw("/login", c.getKey(), "application/x-www-form-urlencoded");
            assertThat(r.status()).as(c.getKey().substring(0, Math.min(80, c.getKey().length()))).isEqualTo(c.getValue());
            assertThat(r.header("Content-Type")).startsWith("text/html");
        }
        TestHttp.Response json = b.postRaw("/login", "{\"username\":\"x\"}", "application/json");
        assertThat(json.status()).isEqualTo(415);
        TestHttp.Response latin1 = b.postRaw("/login", form + "y", "application/x-www-form-urlencoded; charset=iso-8859-1");
        assertThat(latin1.status()).isEqualTo(415);
        TestHttp.Response many = b.postRaw("/login", form + "y" + "&f=1".repeat(1).replace("f", "g") + manyFields(40),
                "application/x-www-form-urlencoded");
        assertThat(many.status()).isEqualTo(400);
        assertThat(b.get("/login?return_to=/a&return_to=/b").status()).isEqualTo(400);
        assertThat(b.get("/login?return_to=" + "a".repeat(3000)).status()).isEqualTo(400);
        for (String query : List.of("return_to=%FF%FE", "force=%00", "return_to=%E2%80%AE")) {
            TestHttp.Response r = b.get("/login?" + query);
            assertThat(r.status()).as(query).isIn(200, 400);
        }
        // Escapes no HTTP client library would send: written on a raw socket.
        for (String query : List.of("return_to=%ZZ", "return_to=%", "return_to=%C3")) {
            assertThat(rawStatus("GET /login?" + query + " HTTP/1.1")).as(query).isIn(200, 400);
        }
    }

    private static int rawStatus(String requestLine) {
        java.net.URI base = java.net.URI.create(server.baseUrl());
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write((requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    StandardCharsets.ISO_8859_1)).readLine();
            return Integer.parseInt(status.split(" ")[1]);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String manyFields(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) sb.append("&f").append(i).append("=1");
        return sb.toString();
    }

    @Test
    void signedInPageAndLoginFormEscapeHostileText() {
        String user = newUser();
        String hostile = "<script>alert(1)</script>\"'&";
        server.gatehouse().stores().jdbi().useHandle(h -> h.createUpdate("UPDATE users SET username = :n WHERE username = :u")
                .bind("n", hostile).bind("u", user).execute());
        Browser b = browser();
        assertThat(login(b, "/login", user, PASSWORD).status()).isEqualTo(303);
        String html = b.get("/signed-in").body();
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");

        TestHttp.Response failed = login(browser(), "/login", "\"><script>x</script>", "wrong password");
        // Inside the quoted attribute: the quote and '<' are escaped, so nothing breaks out of it.
        assertThat(failed.body()).doesNotContain("<script>x</script>").doesNotContain("\"><script>")
                .contains("value=\"&#34;>&lt;script>x&lt;/script>\"");
    }

    @Test
    void signupWhenValidThenSignedInWith303AndWhenInvalidThenFieldErrors() {
        Browser b = browser();
        TestHttp.Response page = b.get("/signup?return_to=%2Fsigned-in");
        assertThat(page.status()).isEqualTo(200);
        assertThat(Browser.input(page.body(), "password")).containsEntry("autocomplete", "new-password");

        TestHttp.Response weak = b.submit("/signup", "/signup", Map.of("username", "weakling" + N.incrementAndGet(), "password", "short"));
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.body()).contains("id=\"password-error\"").contains("Use at least 15 characters.");
        assertThat(Browser.input(weak.body(), "password").get("aria-describedby")).contains("password-error");
        assertThat(Browser.input(weak.body(), "password")).containsEntry("aria-invalid", "true");

        String taken = newUser();
        TestHttp.Response dup = b.submit("/signup", "/signup", Map.of("username", taken, "password", PASSWORD + " two"));
        assertThat(dup.status()).isEqualTo(409);
        assertThat(dup.body()).contains("This username is taken.");

        String fresh = "fresh" + N.incrementAndGet() + "user";
        TestHttp.Response ok = b.submit("/signup?return_to=%2Fsigned-in%3Fwelcome%3D1", "/signup",
                Map.of("username", fresh, "email", "", "name", "Fresh User", "password", PASSWORD));
        assertThat(ok.status()).as(ok.body()).isEqualTo(303);
        assertThat(ok.header("Location")).isEqualTo("/signed-in?welcome=1");
        assertThat(b.cookie(SESSION)).isNotNull();
        assertThat(b.get("/signed-in").body()).contains(fresh);
        // The account is real: the JSON API logs it in.
        assertThat(server.http().login(fresh, PASSWORD).get("access_token").asText()).isNotEmpty();
    }
}
