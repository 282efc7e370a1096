package dev.gatehouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.testing.Browser;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hosted pages under a production-like configuration: an https issuer (so {@code __Host-} cookies
 * with {@code Secure}), signup disabled, and a hash pool of one thread without queue (so a login
 * storm on the form is shed with 503 pages, as on the JSON API).
 */
class HostedPagesConfigTest {
    private static final String PASSWORD = "correct horse battery staple";
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.builder().set("issuer", "https://login.example.com").set("signup.enabled", "false")
                .set("argon2.memory.kib", "19456").set("argon2.iterations", "2")
                .set("hash.pool.threads", "1").set("hash.pool.queue", "0")
                .set("login.throttle.free.attempts", "1000").start();
        server.gatehouse().services().accounts().create("httpsuser", PASSWORD, null, null, List.of("user"), null);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void cookiesWhenHttpsIssuerThenHostPrefixedAndSecure() {
        Browser b = new Browser(server.baseUrl());
        TestHttp.Response ok = b.submit("/login", "/login", Map.of("username", "httpsuser", "password", PASSWORD));
        assertThat(ok.status()).isEqualTo(303);
        assertThat(b.setCookieHeader("__Host-gatehouse_session")).contains("; Path=/; HttpOnly; SameSite=Lax; Secure")
                .doesNotContain("Domain");
        assertThat(b.setCookieHeader("__Host-gatehouse_csrf")).contains("; Path=/; HttpOnly; SameSite=Lax; Secure");
        assertThat(b.cookies()).doesNotContainKeys("gatehouse_session", "gatehouse_csrf");
        assertThat(b.get("/signed-in").status()).isEqualTo(200);
        // The unprefixed name (which a sibling domain could set) means nothing here.
        Browser planted = new Browser(server.baseUrl());
        planted.cookie("gatehouse_session", b.cookie("__Host-gatehouse_session"));
        assertThat(planted.get("/signed-in").status()).isEqualTo(303);
    }

    @Test
    void signupWhenDisabledThen403PageAndNoLinkFromLogin() {
        Browser b = new Browser(server.baseUrl());
        TestHttp.Response page = b.get("/signup");
        assertThat(page.status()).isEqualTo(403);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("Signup is disabled");
        Map<String, String> form = new LinkedHashMap<>(Browser.hiddenInputs(b.get("/login").body()));
        form.put("username", "newcomer");
        form.put("password", PASSWORD);
        assertThat(b.post("/signup", form).status()).isEqualTo(403);
        assertThat(b.get("/login").body()).doesNotContain("/signup");
    }

    @Test
    void loginFormWhenHashPoolSaturatedThen503PageWithRetryAfter() throws Exception {
        int parallel = 16;
        List<Browser> browsers = new ArrayList<>();
        List<Map<String, String>> forms = new ArrayList<>();
        for (int i = 0; i < parallel; i++) {
            Browser b = new Browser(server.baseUrl());
            Map<String, String> form = new LinkedHashMap<>(Browser.hiddenInputs(b.get("/login").body()));
            form.put("username", i % 2 == 0 ? "httpsuser" : "ghost" + i);
            form.put("password", PASSWORD);
            browsers.add(b);
            forms.add(form);
        }
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        List<TestHttp.Response> responses = new ArrayList<>();
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<TestHttp.Response>> futures = new ArrayList<>();
            for (int i = 0; i < parallel; i++) {
                int n = i;
                futures.add(pool.submit(() -> {
                    go.await();
                    return browsers.get(n).post("/login", forms.get(n));
                }));
            }
            go.countDown();
            for (Future<TestHttp.Response> f : futures) responses.add(f.get(60, TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
        List<Integer> statuses = responses.stream().map(TestHttp.Response::status).toList();
        assertThat(statuses).as("%s", statuses).allMatch(s -> s == 303 || s == 401 || s == 503).contains(503);
        for (TestHttp.Response r : responses) {
            if (r.status() != 503) continue;
            assertThat(r.header("Retry-After")).matches("[1-9][0-9]*");
            assertThat(r.header("Content-Type")).startsWith("text/html");
            assertThat(r.body()).contains("The server is busy");
        }
    }
}
