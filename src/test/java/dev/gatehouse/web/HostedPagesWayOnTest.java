package dev.gatehouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.testing.Browser;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hosted pages never leave a person stuck: the pending sign-in survives the way between login and
 * signup, the first wrong field has the focus (WCAG 3.3.1, without script), an error page offers a
 * way on and the request id of the log, and /logout says so when nobody is signed in.
 */
class HostedPagesWayOnTest {
    private static final String PASSWORD = "correct horse battery staple";
    private static final String PENDING = "/oauth2/authorize/resume?id=pending-1";
    private static final AtomicInteger N = new AtomicInteger();
    private static final Pattern AUTOFOCUS = Pattern.compile("<input\\b[^>]*\\bautofocus\\b[^>]*>");
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Browser browser() {
        return new Browser(server.baseUrl());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The names of the inputs with autofocus, in page order. */
    private static List<String> focused(String html) {
        Matcher m = AUTOFOCUS.matcher(html);
        List<String> names = new java.util.ArrayList<>();
        while (m.find()) {
            Matcher name = Pattern.compile("name=\"([^\"]+)\"").matcher(m.group());
            if (name.find()) names.add(name.group(1));
        }
        return names;
    }

    @Test
    void signupAndLoginLinksKeepThePendingSignIn() {
        Browser b = browser();
        String signup = b.get("/signup?return_to=" + enc(PENDING)).body();
        assertThat(signup).contains("<a href=\"/login?return_to=" + enc(PENDING) + "\">Sign in</a>");
        String login = b.get("/login?return_to=" + enc(PENDING)).body();
        assertThat(login).contains("href=\"/signup?return_to=" + enc(PENDING) + "\"");
        // Followed through: signup from the link lands on the pending request.
        TestHttp.Response created = b.submit("/signup?return_to=" + enc(PENDING), "/signup",
                Map.of("username", "wayon" + N.incrementAndGet(), "password", PASSWORD));
        assertThat(created.status()).isEqualTo(303);
        assertThat(created.header("Location")).isEqualTo(PENDING);
        // Without one, plain links.
        assertThat(browser().get("/signup").body()).contains("<a href=\"/login\">Sign in</a>");
    }

    @Test
    void offSiteReturnToNeverReachesTheLinks() {
        for (String hostile : List.of("//evil.example/", "https://evil.example/", "/\\evil.example", "/%2F%2Fevil.example",
                "/%09/evil.example", "javascript:alert(1)", "\"><script>alert(1)</script>")) {
            String signup = browser().get("/signup?return_to=" + enc(hostile)).body();
            assertThat(signup).as(hostile).contains("<a href=\"/login\">Sign in</a>").doesNotContain("evil.example")
                    .doesNotContain("<script>alert");
            assertThat(Browser.hiddenInputs(signup)).as(hostile).doesNotContainKey("return_to");
            String login = browser().get("/login?return_to=" + enc(hostile)).body();
            assertThat(login).as(hostile).contains("href=\"/signup\"").contains("href=\"/password/forgot\"")
                    .doesNotContain("evil.example");
        }
    }

    @Test
    void signupFocusesTheFirstWrongFieldAndPointsItAtItsError() {
        String taken = "wayon" + N.incrementAndGet();
        assertThat(server.http().post("/api/v1/signup", Map.of("username", taken, "password", PASSWORD)).status()).isEqualTo(201);
        Browser b = browser();
        // Only the password is wrong: the focus skips the fields before it.
        TestHttp.Response weak = b.submit("/signup", "/signup", Map.of("username", "wayon" + N.incrementAndGet(), "password", "short"));
        assertThat(weak.status()).isEqualTo(400);
        assertThat(focused(weak.body())).containsExactly("password");
        assertThat(Browser.input(weak.body(), "password")).containsEntry("aria-invalid", "true")
                .containsEntry("aria-describedby", "password-error password-hint");
        assertThat(weak.body()).contains("id=\"password-error\"");
        assertThat(Browser.input(weak.body(), "username")).doesNotContainKey("aria-invalid");
        // The email is wrong (and comes first).
        TestHttp.Response badEmail = b.submit("/signup", "/signup", Map.of("username", "wayon" + N.incrementAndGet(),
                "email", "not an address", "password", "short"));
        assertThat(badEmail.status()).isEqualTo(400);
        assertThat(focused(badEmail.body())).containsExactly("email");
        assertThat(Browser.input(badEmail.body(), "email")).containsEntry("aria-invalid", "true")
                .containsEntry("aria-describedby", "email-error");
        // A taken username is the first field.
        TestHttp.Response clash = b.submit("/signup", "/signup", Map.of("username", taken, "password", PASSWORD));
        assertThat(clash.status()).isEqualTo(409);
        assertThat(focused(clash.body())).containsExactly("username");
        assertThat(Browser.input(clash.body(), "username")).containsEntry("aria-invalid", "true");
        // No error: the first field.
        assertThat(focused(b.get("/signup").body())).containsExactly("username");
    }

    @Test
    void loginFocusesTheMissingFieldOrThePasswordAfterAWrongOne() {
        Browser b = browser();
        TestHttp.Response empty = b.submit("/login", "/login", Map.of("username", "", "password", "x"));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(focused(empty.body())).containsExactly("username");
        assertThat(Browser.input(empty.body(), "username")).containsEntry("aria-invalid", "true")
                .containsEntry("aria-describedby", "form-error");
        assertThat(Browser.input(empty.body(), "password")).doesNotContainKey("aria-invalid");

        TestHttp.Response noPassword = b.submit("/login", "/login", Map.of("username", "someone", "password", ""));
        assertThat(focused(noPassword.body())).containsExactly("password");
        assertThat(Browser.input(noPassword.body(), "password")).containsEntry("aria-invalid", "true");

        TestHttp.Response wrong = b.submit("/login", "/login", Map.of("username", "nobody-here", "password", "wrong password"));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(focused(wrong.body())).containsExactly("password");
        assertThat(Browser.input(wrong.body(), "password")).containsEntry("aria-invalid", "true")
                .containsEntry("aria-describedby", "form-error");
        assertThat(Browser.input(wrong.body(), "username")).containsEntry("value", "nobody-here").doesNotContainKey("aria-invalid");
        assertThat(wrong.body()).contains("id=\"form-error\" role=\"alert\"");

        assertThat(focused(b.get("/login").body())).containsExactly("username");
    }

    @Test
    void errorPagesCarryTheRequestIdOfTheHeaderAndAWayOn() {
        Browser b = browser();
        for (String path : List.of("/password/reset?token=nope", "/consent?id=unknown", "/oauth2/authorize?client_id=nobody",
                "/login?return_to=a&return_to=b", "/email/verify")) {
            TestHttp.Response r = b.get(path);
            assertThat(r.status()).as(path).isBetween(400, 499);
            String id = r.header("X-Request-Id");
            assertThat(id).as(path).isNotBlank();
            assertThat(r.body()).as(path).contains("<code id=\"request-id\">" + id + "</code>");
            assertThat(r.body()).as(path).containsPattern("<p><a href=\"/[^\"]*\">[^<]+</a></p>");
        }
        // A form that failed its CSRF check leads back to the form.
        Map<String, String> noCsrf = new LinkedHashMap<>(Map.of("username", "x", "password", "y"));
        TestHttp.Response csrf = b.post("/login", noCsrf);
        assertThat(csrf.status()).isEqualTo(403);
        assertThat(csrf.body()).contains("<a href=\"/login\">Back to the form</a>")
                .contains("<code id=\"request-id\">" + csrf.header("X-Request-Id") + "</code>");
        // Pages that are not errors carry no id.
        assertThat(b.get("/signed-out").body()).doesNotContain("request-id");
    }

    @Test
    void logoutWhenNobodyIsSignedInSaysSoAndOffersTheSignIn() {
        TestHttp.Response page = browser().get("/logout");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<title>Not signed in – Gatehouse</title>")
                .contains("You are not signed in to Gatehouse on this browser")
                .contains("<a href=\"/login\">Sign in</a>")
                .doesNotContain("<form").doesNotContain("Sign out of");

        String user = "wayon" + N.incrementAndGet();
        assertThat(server.http().post("/api/v1/signup", Map.of("username", user, "password", PASSWORD)).status()).isEqualTo(201);
        Browser b = browser();
        assertThat(b.submit("/login", "/login", Map.of("username", user, "password", PASSWORD)).status()).isEqualTo(303);
        String signedIn = b.get("/logout").body();
        assertThat(signedIn).contains("Sign out of Gatehouse on this browser?").contains("<form method=\"post\" action=\"/logout\">");
        assertThat(b.submit("/logout", "/logout", Map.of()).header("Location")).isEqualTo("/signed-out");
        assertThat(b.get("/logout").body()).contains("You are not signed in");
    }
}
