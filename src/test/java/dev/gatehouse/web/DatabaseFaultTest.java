package dev.gatehouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatehouse.account.User;
import dev.gatehouse.core.ErrorCode;
import dev.gatehouse.testing.Browser;
import dev.gatehouse.testing.TestDatabases;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;

/**
 * SECURITY.md "Robustness": a database that is locked, read-only or away is a store failure, and
 * every store failure is 503 with Retry-After, never 500: {@code service_unavailable} problems on the
 * JSON and admin APIs, RFC 6749 {@code temporarily_unavailable} on the OAuth endpoints, a 503 page on
 * the hosted pages. Readiness is DOWN while writes fail and comes back by itself.
 */
class DatabaseFaultTest {
    private static final String PASSWORD = "correct horse battery staple";
    private static final AtomicInteger NAMES = new AtomicInteger();

    @Test
    void writesWhenSqliteLockedByAnotherConnectionThen503WithRetryAfterAndReadinessDown() throws Exception {
        try (TestServer server = TestServer.start()) {
            Fixture fx = Fixture.prepare(server);
            try (Connection locker = DriverManager.getConnection(server.config().database().url());
                 Statement s = locker.createStatement()) {
                s.execute("BEGIN EXCLUSIVE"); // another process holds the write lock for longer than the busy timeout
                try {
                    fx.assertEveryWriteUnavailable();
                    assertReadinessDown(server.http());
                    assertReadinessDown(server.management());
                } finally {
                    s.execute("ROLLBACK");
                }
            }
            assertReadinessComesBack(server);
        }
    }

    @Test
    void writesWhenSqliteReadOnlyThen503AndReadinessDownUntilWritesWorkAgain() throws Exception {
        try (TestServer server = TestServer.builder().set("database.pool.size", "2").start()) {
            Fixture fx = Fixture.prepare(server);
            queryOnly(server, 2, true); // every pooled connection refuses writes: SQLITE_READONLY, as for a read-only file
            try {
                fx.assertEveryWriteUnavailable();
                assertReadinessDown(server.http());
                assertReadinessDown(server.management());
            } finally {
                queryOnly(server, 2, false);
            }
            assertReadinessComesBack(server);
        }
    }

    @Test
    void requestsWhenPostgresBackendsTerminatedAndUnreachableThen503AndReadinessComesBack() throws Exception {
        try (TestServer server = TestServer.builder().database(TestDatabases.Kind.POSTGRESQL).start()) {
            Fixture fx = Fixture.prepare(server);
            String url = server.config().database().url();
            String db;
            try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
                db = database(s);
            }
            // A database's own connections cannot lock it: the superuser works from the maintenance database.
            try (Connection admin = DriverManager.getConnection(url.replace("/" + db, "/postgres"));
                 Statement s = admin.createStatement()) {
                s.execute("ALTER DATABASE " + db + " ALLOW_CONNECTIONS false");
                try {
                    // Every open connection is ended by the server, and no new one is admitted.
                    s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + db + "'");
                    fx.assertEveryWriteUnavailable();
                    assertReadinessDown(server.http());
                } finally {
                    s.execute("ALTER DATABASE " + db + " ALLOW_CONNECTIONS true");
                }
            }
            assertReadinessComesBack(server);
        }
    }

    /** The users, tokens, OAuth client and login form a fault then meets, all made while the database is well. */
    private record Fixture(TestServer server, String adminToken, String refreshToken, String clientId, String clientSecret,
                           String oauthRefreshToken, Browser browser, Map<String, String> loginForm) {

        static Fixture prepare(TestServer server) {
            AdminFixture admins = new AdminFixture(server);
            admins.admin("faultadmin");
            String adminToken = admins.token("faultadmin");
            User user = admins.user("faultuser");
            String refresh = server.http().login("faultuser", PASSWORD).path("refresh_token").asText();
            TestHttp.Response client = server.http().post("/admin/v1/clients", Map.of("name", "Fault app", "type", "confidential",
                    "grant_types", List.of("authorization_code", "refresh_token"), "redirect_uris", List.of("https://app.example/cb")),
                    adminToken);
            assertThat(client.status()).as(client.body()).isEqualTo(201);
            String clientId = client.json().path("client_id").asText();
            String oauthRefresh = server.gatehouse().services().sessions().start(user.id(), clientId, List.of(), "t", "127.0.0.1").refreshToken();
            Browser browser = new Browser(server.baseUrl());
            Map<String, String> form = new LinkedHashMap<>(Browser.hiddenInputs(browser.get("/login").body()));
            form.put("username", "faultuser");
            form.put("password", PASSWORD);
            return new Fixture(server, adminToken, refresh, clientId, client.json().path("client_secret").asText(), oauthRefresh,
                    browser, form);
        }

        /** Signup, login, refresh, an admin write, an OAuth refresh and the login form, all at once. */
        void assertEveryWriteUnavailable() throws Exception {
            TestHttp http = server.http();
            Map<String, Supplier<TestHttp.Response>> requests = new LinkedHashMap<>();
            requests.put("signup", () -> http.post("/api/v1/signup", Map.of("username", "faultnew" + NAMES.incrementAndGet(),
                    "password", PASSWORD)));
            requests.put("login", () -> http.post("/api/v1/login", Map.of("username", "faultuser", "password", PASSWORD)));
            requests.put("refresh", () -> http.post("/api/v1/refresh", Map.of("refresh_token", refreshToken)));
            requests.put("admin", () -> http.post("/admin/v1/roles", Map.of("name", "fault-role-" + NAMES.incrementAndGet(),
                    "description", "d", "permissions", List.of()), adminToken));
            requests.put("oauth", () -> http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/oauth2/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            (clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8)))
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=refresh_token&refresh_token=" + oauthRefreshToken)).build()));
            requests.put("page", () -> browser.post("/login", loginForm));
            ExecutorService pool = Executors.newFixedThreadPool(requests.size());
            try {
                Map<String, Future<TestHttp.Response>> sent = new LinkedHashMap<>();
                requests.forEach((name, request) -> sent.put(name, pool.submit(request::get)));
                List<String> wrong = new ArrayList<>();
                for (var e : sent.entrySet()) {
                    TestHttp.Response r = e.getValue().get();
                    String name = e.getKey();
                    boolean ok = r.status() == 503 && r.header("Retry-After") != null && r.header("Retry-After").matches("[1-9][0-9]*");
                    if (ok && name.equals("oauth")) {
                        ok = r.json().path("error").asText().equals("temporarily_unavailable");
                    } else if (ok && name.equals("page")) {
                        ok = r.header("Content-Type").startsWith("text/html");
                    } else if (ok) {
                        ok = r.header("Content-Type").startsWith("application/problem+json")
                                && r.code().equals(ErrorCode.SERVICE_UNAVAILABLE.code());
                    }
                    if (!ok) wrong.add(name + " -> " + r.status() + " Retry-After=" + r.header("Retry-After") + " " + r.body());
                }
                assertThat(wrong).as("answers that are not 503 with Retry-After in their endpoint's shape").isEmpty();
            } finally {
                pool.shutdownNow();
            }
        }
    }

    private static void assertReadinessDown(TestHttp http) {
        TestHttp.Response ready = http.get("/health/ready");
        assertThat(ready.status()).as(ready.body()).isEqualTo(503);
        assertThat(ready.json().path("status").asText()).isEqualTo("DOWN");
    }

    /** Without a restart: readiness turns UP again, and a write goes through. */
    private static void assertReadinessComesBack(TestServer server) throws InterruptedException {
        TestHttp.Response ready = null;
        for (int i = 0; i < 100; i++) {
            ready = server.http().get("/health/ready");
            if (ready.status() == 200) break;
            Thread.sleep(100);
        }
        assertThat(ready.status()).as(ready.body()).isEqualTo(200);
        JsonNode checks = ready.json().path("checks");
        assertThat(checks.path("database").asText()).isEqualTo("UP");
        assertThat(checks.path("database_writes").asText()).isEqualTo("UP");
        assertThat(server.management().get("/health/ready").status()).isEqualTo(200);
        TestHttp.Response signup = server.http().post("/api/v1/signup", Map.of("username", "faultafter" + NAMES.incrementAndGet(),
                "password", PASSWORD));
        assertThat(signup.status()).as(signup.body()).isEqualTo(201);
    }

    /** Sets {@code PRAGMA query_only} on every pooled connection, by holding all of them at once. */
    private static void queryOnly(TestServer server, int poolSize, boolean on) {
        List<Handle> handles = new ArrayList<>();
        try {
            for (int i = 0; i < poolSize; i++) handles.add(server.gatehouse().stores().jdbi().open());
            for (Handle h : handles) h.execute("PRAGMA query_only = " + (on ? "1" : "0"));
        } finally {
            handles.forEach(Handle::close);
        }
    }

    private static String database(Statement s) throws java.sql.SQLException {
        try (var rs = s.executeQuery("SELECT current_database()")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
