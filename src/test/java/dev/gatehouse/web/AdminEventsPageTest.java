package dev.gatehouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.account.User;
import dev.gatehouse.testing.Browser;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * /admin/events: the audit log as GET /admin/v1/events lists it, with its filters (type, outcome,
 * user, actor, client, time), its cursor and its permission; refused filters are a 400 page, never 500.
 */
class AdminEventsPageTest {
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

    private static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void filtersByTypeOutcomeAndUserAndLinksToTheUser() {
        String admin = name("eadmin");
        fixture.admin(admin);
        User u = fixture.user(name("euser"));
        server.http().login(u.username(), AdminFixture.PASSWORD);
        server.http().post("/api/v1/login", Map.of("username", u.username(), "password", "wrong"));
        server.gatehouse().services().audit().flush();
        Browser b = fixture.console(admin, "/admin/events");

        TestHttp.Response failures = b.get("/admin/events?type=login&outcome=failure&user_id=" + u.id());
        assertPage(failures, 200);
        assertThat(rows(failures.body())).isEqualTo(1);
        assertThat(failures.body()).contains("href=\"/admin/users/" + u.id() + "\"").contains("wrong_password")
                .contains("value=\"failure\"").contains("value=\"" + u.id() + "\"");
        TestHttp.Response all = b.get("/admin/events?user_id=" + u.id());
        assertThat(rows(all.body())).isGreaterThanOrEqualTo(2);
        // Newest first: the failure came after the success.
        assertThat(all.body().indexOf(">failure<")).isLessThan(all.body().indexOf(">success<"));
        assertPage(b.get("/admin/events"), 200);
    }

    @Test
    void filtersByActorClientAndTime() {
        String admin = name("eactor");
        User a = fixture.admin(admin);
        String token = fixture.token(admin);
        TestHttp.Response created = server.http().post("/admin/v1/clients",
                Map.of("name", "Events test", "grant_types", List.of("client_credentials")), token);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String clientId = created.json().path("client_id").asText();
        server.gatehouse().services().audit().flush();
        Browser b = fixture.console(admin, "/admin/events");

        TestHttp.Response byActor = b.get("/admin/events?actor=" + a.id());
        assertPage(byActor, 200);
        assertThat(byActor.body()).contains("client_create").contains(clientId);
        TestHttp.Response byClient = b.get("/admin/events?client_id=" + q(clientId));
        assertThat(rows(byClient.body())).isEqualTo(1);
        assertThat(byClient.body()).contains("client_create");
        // A client id that only begins like this one matches nothing.
        assertThat(rows(b.get("/admin/events?client_id=" + q(clientId.substring(0, clientId.length() - 1))).body())).isZero();

        String now = Instant.now().plusSeconds(60).toString();
        assertThat(rows(b.get("/admin/events?actor=" + a.id() + "&from=" + q(now)).body())).isZero();
        assertThat(rows(b.get("/admin/events?actor=" + a.id() + "&to=0").body())).isZero();
        assertThat(rows(b.get("/admin/events?actor=" + a.id() + "&from=0&to=" + q(now)).body())).isGreaterThanOrEqualTo(1);
        // The JSON API has the same filters.
        TestHttp.Response api = server.http().get("/admin/v1/events?client_id=" + q(clientId) + "&outcome=success", token);
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.json().path("items")).hasSize(1);
        assertThat(server.http().get("/admin/v1/events?outcome=" + q("a b"), token).status()).isEqualTo(400);
    }

    @Test
    void pagesWithTheCursorKeepingTheFilters() {
        String admin = name("epager");
        fixture.admin(admin);
        User u = fixture.user(name("epaged"));
        for (int i = 0; i < 55; i++) server.http().post("/api/v1/login", Map.of("username", u.username(), "password", "wrong" + i));
        server.gatehouse().services().audit().flush();
        Browser b = fixture.console(admin, "/admin/events");
        // Five failures, then the account throttle's refusals: 55 login events of the user.
        TestHttp.Response first = b.get("/admin/events?type=login&user_id=" + u.id());
        assertThat(rows(first.body())).isEqualTo(50);
        String next = Browser.unescape(first.body().replaceAll("(?s).*href=\"(/admin/events\\?[^\"]*cursor=[^\"]*)\".*", "$1"));
        assertThat(next).contains("type=login").contains("user_id=" + u.id());
        TestHttp.Response second = b.get(next);
        assertPage(second, 200);
        assertThat(rows(second.body())).isEqualTo(55 - 50);
        assertThat(second.body()).doesNotContain("cursor=");
        // The cursor belongs to its filters: with others it is refused.
        String cursor = next.replaceAll(".*cursor=", "");
        assertPage(b.get("/admin/events?outcome=success&cursor=" + cursor), 400);
    }

    @Test
    void hostileFiltersGetA400PageNeverAnError() {
        String admin = name("ehostile");
        fixture.admin(admin);
        Browser b = fixture.console(admin, "/admin/events");
        Map<String, Integer> cases = new LinkedHashMap<>();
        cases.put("type=" + q("a b"), 400);
        cases.put("outcome=" + q("x".repeat(65)), 400);
        cases.put("user_id=" + q("' OR 1=1 --"), 400);
        cases.put("actor=a%00b", 400);
        cases.put("client_id=%1b%5b31m", 400);
        cases.put("type=" + q("\u202e\uD835\uDD1E"), 400);
        cases.put("from=yesterday", 400);
        cases.put("to=2026-13-40T99:00:00Z", 400);
        cases.put("from=" + "9".repeat(15), 200); // epoch milliseconds in the year 33658: a time, with no events after it
        cases.put("from=" + "9".repeat(40), 400);
        cases.put("cursor=not-a-cursor", 400);
        cases.put("type=" + "x".repeat(5000), 400);
        cases.put("type=a&type=b", 400);
        cases.put("type=" + q("<script>alert(1)</script>"), 200); // printable, no space: a type nothing has
        cases.put("client_id=" + q("%_'\\"), 200);
        cases.put("unknown=1", 200);
        for (var c : cases.entrySet()) {
            TestHttp.Response r = b.get("/admin/events?" + c.getKey());
            assertThat(r.status()).as(c.getKey()).isEqualTo(c.getValue());
            assertPage(r, c.getValue());
            assertThat(r.body()).as(c.getKey()).doesNotContain("<script>alert");
            if (c.getValue() == 400 && !c.getKey().startsWith("type=a&") && !c.getKey().startsWith("type=xxx")) {
                assertThat(r.body()).as(c.getKey()).contains("role=\"alert\"");
            }
        }
    }

    @Test
    void withoutTheEventsPermissionThePageIsRefused() {
        String boss = name("eboss");
        String token = fixture.adminToken(boss);
        String role = name("erole");
        assertThat(server.http().post("/admin/v1/roles", Map.of("name", role, "permissions", List.of("admin:users:read")), token).status())
                .isEqualTo(201);
        String reader = name("ereader");
        server.gatehouse().services().accounts().create(reader, AdminFixture.PASSWORD, null, null, List.of("user", role), null);
        Browser r = fixture.console(reader, "/admin");
        assertPage(r.get("/admin/events"), 403);
        assertPage(r.get("/admin/events?type=login"), 403);
        // Without a console session: to the console's sign-in.
        TestHttp.Response anonymous = new Browser(server.baseUrl()).get("/admin/events?type=login");
        assertThat(anonymous.status()).isEqualTo(303);
        assertThat(anonymous.header("Location")).startsWith("/oauth2/authorize?client_id=gatehouse-console&");
        // A bearer token of an admin is no console session.
        assertThat(server.http().get("/admin/events", token).status()).isEqualTo(303);
    }

    @Test
    void twoTabsFilteringAtOnce() throws Exception {
        String admin = name("etabs");
        fixture.admin(admin);
        Browser b = fixture.console(admin, "/admin/events");
        String cookie = b.cookie("gatehouse_console");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                String path = i % 3 == 0 ? "/admin/events?type=login" : i % 3 == 1 ? "/admin/events?outcome=failure&from=0" : "/admin/events?type=a%20b";
                answers.add(pool.submit(() -> {
                    Browser tab = new Browser(server.baseUrl());
                    tab.cookie("gatehouse_console", cookie);
                    return tab.get(path).status();
                }));
            }
            for (int i = 0; i < answers.size(); i++) assertThat(answers.get(i).get(60, TimeUnit.SECONDS)).isEqualTo(i % 3 == 2 ? 400 : 200);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertPage(TestHttp.Response r, int status) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.header("Content-Type")).startsWith("text/html");
        assertThat(r.header("Content-Security-Policy")).contains("script-src 'self'").doesNotContain("unsafe-inline");
        assertThat(r.header("Cache-Control")).isEqualTo("no-store");
    }

    /** The event rows of the page's table. */
    private static int rows(String html) {
        return html.split("<tr><td><time ", -1).length - 1;
    }
}
