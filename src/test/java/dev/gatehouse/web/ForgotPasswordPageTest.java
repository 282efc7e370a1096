package dev.gatehouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.testing.Browser;
import dev.gatehouse.testing.Mailbox;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
 * {@code GET/POST /password/forgot} (API.md §8): the hosted way to the reset mail. One answer whatever
 * the address (SECURITY.md "Login, enumeration"), CSRF-checked, throttled as the JSON API, and a
 * pending sign-in ({@code return_to}) survives the mail, the reset and the sign-in after it.
 */
class ForgotPasswordPageTest {
    private static final String ISSUER = "http://localhost:8080";
    private static final String PASSWORD = "correct horse battery staple";
    private static final String NEW_PASSWORD = "a brand new passphrase for this account";
    private static final String PENDING = "/oauth2/authorize/resume?id=abc123";
    private static final AtomicInteger N = new AtomicInteger();

    private static Mailbox mailbox;
    private static TestServer server;

    @BeforeAll
    static void start() {
        mailbox = Mailbox.start();
        server = mailbox.configure(TestServer.builder()).start();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        if (mailbox != null) mailbox.close();
    }

    private static String newUser() {
        String username = "forgot" + N.incrementAndGet();
        TestHttp.Response r = server.http().post("/api/v1/signup", Map.of("username", username, "password", PASSWORD,
                "email", username + "@example.com"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        mailbox.await(username + "@example.com", 1); // the verification mail
        return username;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static TestHttp.Response forgot(Browser b, String page, String email) {
        return b.submit(page, "/password/forgot", Map.of("email", email));
    }

    @Test
    void loginPageLinksToTheFormWhichKeepsThePendingSignIn() {
        Browser b = new Browser(server.baseUrl());
        assertThat(b.get("/login").body()).contains("<a href=\"/password/forgot\">");
        String login = b.get("/login?return_to=" + enc(PENDING)).body();
        assertThat(login).contains("href=\"/password/forgot?return_to=" + enc(PENDING) + "\"");

        TestHttp.Response form = b.get("/password/forgot?return_to=" + enc(PENDING));
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.header("Content-Type")).startsWith("text/html");
        assertThat(form.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
        assertThat(form.body()).contains("<form method=\"post\" action=\"/password/forgot\">");
        assertThat(Browser.input(form.body(), "email")).containsEntry("type", "email").containsEntry("autocomplete", "email")
                .containsKey("required").containsKey("autofocus");
        assertThat(Browser.hiddenInputs(form.body())).containsEntry("return_to", PENDING).containsKey("csrf");
        assertThat(form.body()).contains("href=\"/login?return_to=" + enc(PENDING) + "\"");
    }

    @Test
    void knownAndUnknownAddressGetTheSameAnswerAndOnlyTheKnownOneGetsTheMail() {
        String user = newUser();
        Browser b = new Browser(server.baseUrl());
        TestHttp.Response known = forgot(b, "/password/forgot", user + "@example.com");
        TestHttp.Response unknown = forgot(b, "/password/forgot", "nobody-" + user + "@example.com");
        assertThat(known.status()).isEqualTo(303);
        assertThat(unknown.status()).isEqualTo(known.status());
        assertThat(unknown.header("Location")).isEqualTo(known.header("Location")).isEqualTo("/password/forgot/sent");
        assertThat(unknown.body()).isEqualTo(known.body());
        assertThat(headerNames(unknown)).isEqualTo(headerNames(known));
        TestHttp.Response sent = b.get("/password/forgot/sent");
        assertThat(sent.status()).isEqualTo(200);
        assertThat(sent.body()).contains("Check your email").contains("href=\"/login\"");

        Mailbox.Mail mail = mailbox.await(user + "@example.com", 2);
        assertThat(mail.subject()).isEqualTo("Gatehouse: Reset your password");
        assertThat(mail.text()).contains(ISSUER + "/password/reset?token=").doesNotContain("return_to");
        Mailbox.sleep(300);
        assertThat(mailbox.to("nobody-" + user + "@example.com")).isEmpty();
    }

    @Test
    void pendingSignInSurvivesTheMailTheResetAndTheSignIn() {
        String user = newUser();
        Browser b = new Browser(server.baseUrl());
        TestHttp.Response asked = forgot(b, "/password/forgot?return_to=" + enc(PENDING), user + "@example.com");
        assertThat(asked.header("Location")).isEqualTo("/password/forgot/sent?return_to=" + enc(PENDING));
        assertThat(b.get(asked.header("Location")).body()).contains("href=\"/login?return_to=" + enc(PENDING) + "\"");

        Mailbox.Mail mail = mailbox.await(user + "@example.com", 2);
        Matcher link = Pattern.compile(Pattern.quote(ISSUER) + "(/password/reset\\?token=[A-Za-z0-9_-]+&return_to=[^\\s\"<]+)")
                .matcher(mail.text());
        assertThat(link.find()).as(mail.text()).isTrue();
        assertThat(link.group(1)).endsWith("&return_to=" + enc(PENDING));
        assertThat(mail.html()).contains("&amp;return_to=" + enc(PENDING));

        // Another browser (the phone's mail app) opens the link.
        Browser phone = new Browser(server.baseUrl());
        TestHttp.Response form = phone.get(link.group(1));
        assertThat(form.status()).isEqualTo(200);
        assertThat(Browser.hiddenInputs(form.body())).containsEntry("return_to", PENDING);
        TestHttp.Response done = phone.submit(link.group(1), "/password/reset", Map.of("new_password", NEW_PASSWORD));
        assertThat(done.status()).isEqualTo(303);
        assertThat(done.header("Location")).isEqualTo("/password/reset/done?return_to=" + enc(PENDING));
        String donePage = phone.get(done.header("Location")).body();
        assertThat(donePage).contains("Password changed").contains("href=\"/login?return_to=" + enc(PENDING) + "\"");

        TestHttp.Response signedIn = phone.submit("/login?return_to=" + enc(PENDING), "/login",
                Map.of("username", user, "password", NEW_PASSWORD));
        assertThat(signedIn.status()).isEqualTo(303);
        assertThat(signedIn.header("Location")).isEqualTo(PENDING);
    }

    @Test
    void openRedirectsAreDroppedEverywhereOnTheWay() {
        for (String hostile : List.of("//evil.example/x", "https://evil.example/", "/\\evil.example", "/%2F%2Fevil.example",
                "/\t/evil.example", "javascript:alert(1)", "/%5Cevil.example")) {
            String user = newUser(); // a fresh address each time: the per-address throttle stays out of the way
            Browser b = new Browser(server.baseUrl());
            String form = b.get("/password/forgot?return_to=" + enc(hostile)).body();
            assertThat(Browser.hiddenInputs(form)).as(hostile).doesNotContainKey("return_to");
            assertThat(form).as(hostile).doesNotContain("evil.example");
            Map<String, String> fields = new LinkedHashMap<>(Browser.hiddenInputs(form));
            fields.put("return_to", hostile);
            fields.put("email", user + "@example.com");
            TestHttp.Response r = b.post("/password/forgot", fields);
            assertThat(r.status()).as(hostile).isEqualTo(303);
            assertThat(r.header("Location")).as(hostile).isEqualTo("/password/forgot/sent");
            Mailbox.Mail mail = mailbox.await(user + "@example.com", 2);
            assertThat(mail.text()).as(hostile).doesNotContain("return_to").doesNotContain("evil");
            assertThat(b.get("/password/forgot/sent?return_to=" + enc(hostile)).body()).as(hostile)
                    .doesNotContain("evil.example").contains("href=\"/login\"");
            assertThat(b.get("/password/reset/done?return_to=" + enc(hostile)).body()).as(hostile)
                    .doesNotContain("evil.example").contains("href=\"/login\"");
        }
    }

    @Test
    void postWithoutOrWithAForeignCsrfTokenIsRefusedAndSendsNothing() {
        String user = newUser();
        Browser b = new Browser(server.baseUrl());
        b.get("/password/forgot");
        assertThat(b.post("/password/forgot", Map.of("email", user + "@example.com")).status()).isEqualTo(403);
        Browser other = new Browser(server.baseUrl());
        String foreign = Browser.hiddenInputs(other.get("/password/forgot").body()).get("csrf");
        TestHttp.Response r = b.post("/password/forgot", Map.of("csrf", foreign, "email", user + "@example.com"));
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.body()).contains("href=\"/password/forgot\"");
        Map<String, String> crossSite = new LinkedHashMap<>(Browser.hiddenInputs(b.get("/password/forgot").body()));
        crossSite.put("email", user + "@example.com");
        assertThat(b.postRaw("/password/forgot", Browser.encode(crossSite).getBytes(StandardCharsets.UTF_8),
                "application/x-www-form-urlencoded", Map.of("Sec-Fetch-Site", "cross-site")).status()).isEqualTo(403);
        Mailbox.sleep(300);
        assertThat(mailbox.to(user + "@example.com")).hasSize(1);
    }

    @Test
    void hostileInputGetsTheFormAgainOrTheSameAnswerNever500() {
        Browser b = new Browser(server.baseUrl());
        for (String hostile : List.of("", "not-an-address", "a".repeat(400) + "@example.com", "<script>alert(1)</script>@example.com",
                "x\u0000y@example.com", "\"><img src=x onerror=alert(1)>", "ünïcödé@exämple.com", "a@b@example.com", " ")) {
            TestHttp.Response r = forgot(b, "/password/forgot", hostile);
            assertThat(r.status()).as(hostile).isIn(303, 400);
            assertThat(r.body()).as(hostile).doesNotContain("<script>").doesNotContain("<img");
            if (r.status() == 400) {
                assertThat(Browser.input(r.body(), "email")).as(hostile).containsEntry("aria-invalid", "true")
                        .containsEntry("aria-describedby", "email-error").containsKey("autofocus");
                assertThat(r.body()).contains("id=\"email-error\"").contains("Enter a valid email address.");
            }
        }
        for (String malformed : List.of("", "not-an-address", "a".repeat(400) + "@example.com")) {
            assertThat(forgot(b, "/password/forgot", malformed).status()).as(malformed).isEqualTo(400);
        }
        // Body shapes the form parser refuses: repeated names, a huge body, the wrong type.
        Map<String, String> hidden = Browser.hiddenInputs(b.get("/password/forgot").body());
        String body = Browser.encode(hidden) + "&email=a%40example.com&email=b%40example.com";
        assertThat(b.postRaw("/password/forgot", body, "application/x-www-form-urlencoded").status()).isEqualTo(400);
        assertThat(b.postRaw("/password/forgot", Browser.encode(hidden) + "&email=" + "a".repeat(100_000),
                "application/x-www-form-urlencoded").status()).isEqualTo(413);
        assertThat(b.postRaw("/password/forgot", "{\"email\":\"a@example.com\"}", "application/json").status()).isEqualTo(415);
        assertThat(b.get("/password/forgot?return_to=a&return_to=b").status()).isEqualTo(400);
    }

    @Test
    void twoTabsAtOnceBothGetTheAnswer() throws Exception {
        String user = newUser();
        int tabs = 6;
        Browser b = new Browser(server.baseUrl());
        List<Map<String, String>> forms = new ArrayList<>();
        for (int i = 0; i < tabs; i++) {
            Map<String, String> f = new LinkedHashMap<>(Browser.hiddenInputs(b.get("/password/forgot").body()));
            f.put("email", user + "@example.com");
            forms.add(f);
        }
        ExecutorService pool = Executors.newFixedThreadPool(tabs);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<TestHttp.Response>> answers = new ArrayList<>();
            for (Map<String, String> f : forms) {
                answers.add(pool.submit(() -> {
                    go.await();
                    return b.post("/password/forgot", f);
                }));
            }
            go.countDown();
            for (Future<TestHttp.Response> a : answers) {
                TestHttp.Response r = a.get(30, TimeUnit.SECONDS);
                // The per-address throttle may stop the later ones: a page with Retry-After, never an error.
                assertThat(r.status()).as(r.body()).isIn(303, 429);
            }
        } finally {
            pool.shutdownNow();
        }
        mailbox.await(user + "@example.com", 2);
    }

    @Test
    void throttledLikeTheApiWithRetryAfterOnThePage() {
        try (Mailbox box = Mailbox.start();
             TestServer limited = box.configure(TestServer.builder()).set("mail.ip.per.minute", "2").start()) {
            Browser b = new Browser(limited.baseUrl());
            List<Integer> statuses = new ArrayList<>();
            TestHttp.Response last = null;
            for (int i = 0; i < 4; i++) {
                last = forgot(b, "/password/forgot?return_to=" + enc(PENDING), "someone" + i + "@example.com");
                statuses.add(last.status());
            }
            assertThat(statuses).containsExactly(303, 303, 429, 429);
            assertThat(last.header("Retry-After")).matches("[1-9][0-9]*");
            assertThat(last.header("Content-Type")).startsWith("text/html");
            assertThat(last.body()).contains("Too many attempts");
            assertThat(Browser.hiddenInputs(last.body())).containsEntry("return_to", PENDING);
            assertThat(Browser.input(last.body(), "email")).containsEntry("value", "someone3@example.com");
            // The JSON API draws on the same budget.
            assertThat(limited.http().post("/api/v1/password/forgot", Map.of("email", "x@example.com")).status()).isEqualTo(429);
        }
    }

    private static List<String> headerNames(TestHttp.Response r) {
        return r.headers().keySet().stream().map(String::toLowerCase).filter(h -> !h.equals("date")).sorted().toList();
    }
}
