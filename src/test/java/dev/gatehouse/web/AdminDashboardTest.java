package dev.gatehouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatehouse.account.User;
import dev.gatehouse.metrics.Sampler;
import dev.gatehouse.testing.Browser;
import dev.gatehouse.testing.MutableClock;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The console's dashboard on a real server: after real sign-ins, failures, refreshes and throttled
 * attempts the charts (inline SVG, well-formed, labelled, no inline style) show them; each chart only
 * for its permission; the range switch refuses anything but hour and day with a page.
 */
class AdminDashboardTest {
    private static final AtomicInteger N = new AtomicInteger();
    private static final Pattern SVG = Pattern.compile("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\".*?</svg>", Pattern.DOTALL);
    /** Moved a minute on before each manual sample: the session COUNT runs on the first sample of a minute. */
    private static final MutableClock clock = MutableClock.startingNow();
    private static TestServer server;
    private static AdminFixture fixture;

    @BeforeAll
    static void start() {
        // A low per-account throttle, so a few wrong passwords make throttled attempts.
        server = TestServer.builder().set("login.throttle.free.attempts", "3").clock(clock).start();
        fixture = new AdminFixture(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String name(String prefix) {
        return prefix + N.incrementAndGet() + "x";
    }

    private static Sampler sampler() {
        return server.gatehouse().services().dashboard();
    }

    /** A sample in the next minute (the scheduled sampler runs beside it; the sums are the same). */
    private static void sampleNextMinute() {
        clock.advance(Duration.ofMinutes(1));
        sampler().sample();
    }

    @Test
    void afterRealSignInsTheChartsShowThemAsBarsWithTheirNumbers() throws Exception {
        String admin = name("dadmin");
        fixture.admin(admin);
        Browser b = fixture.console(admin, "/admin");
        String user = name("duser");
        fixture.user(user);
        sampleNextMinute();
        long before = total("chart-signins", b.get("/admin").body(), "Succeeded");

        JsonNode tokens = null;
        for (int i = 0; i < 3; i++) tokens = server.http().login(user, AdminFixture.PASSWORD);
        for (int i = 0; i < 2; i++) {
            assertThat(server.http().post("/api/v1/login", Map.of("username", user, "password", "wrong " + i)).status()).isEqualTo(401);
        }
        String victim = name("dvictim");
        fixture.user(victim);
        for (int i = 0; i < 6; i++) server.http().post("/api/v1/login", Map.of("username", victim, "password", "wrong " + i));
        assertThat(server.http().post("/api/v1/refresh", Map.of("refresh_token", tokens.path("refresh_token").asText())).status())
                .isEqualTo(200);
        sampleNextMinute();

        TestHttp.Response home = b.get("/admin");
        assertPage(home, 200);
        String html = home.body();
        assertThat(total("chart-signins", html, "Succeeded")).isGreaterThanOrEqualTo(before + 3);
        assertThat(total("chart-signins", html, "Failed")).isGreaterThanOrEqualTo(2);
        assertThat(total("chart-refreshes", html, "Succeeded")).isGreaterThanOrEqualTo(1);
        assertThat(total("chart-throttled", html, "Account paused after failed passwords")).isGreaterThanOrEqualTo(1);
        for (String id : List.of("chart-signins", "chart-refreshes", "chart-throttled", "chart-sessions")) {
            Document svg = svg(html, id);
            assertThat(bars(svg)).as(id).isNotEmpty();
            for (Element rect : bars(svg)) {
                assertThat(Integer.parseInt(rect.getAttribute("height"))).isPositive();
                assertThat(rect.getAttribute("fill")).matches("#[0-9a-f]{6}");
            }
        }
        // The hash pool chart is there with its capacity line, even when idle.
        assertThat(svg(html, "chart-hashes").getElementsByTagName("line").getLength()).isEqualTo(3);
        // The numbers are in a table as well, and the page says whose they are.
        assertThat(html).contains("<details>").contains("<th scope=\"row\">").contains(sampler().history().node());
        assertThat(html).doesNotContain("style=").doesNotContain("<script");

        TestHttp.Response day = b.get("/admin?range=day");
        assertPage(day, 200);
        assertThat(bars(svg(day.body(), "chart-signins"))).isNotEmpty();
        assertThat(day.body()).contains("href=\"/admin?range=day\" aria-current=\"page\"");
    }

    @Test
    void everySvgOnThePageIsWellFormedAndLabelled() throws Exception {
        String admin = name("dsvg");
        fixture.admin(admin);
        Browser b = fixture.console(admin, "/admin");
        sampler().sample();
        for (String range : List.of("hour", "day")) {
            String html = b.get("/admin?range=" + range).body();
            Matcher m = SVG.matcher(html);
            int charts = 0;
            while (m.find()) {
                Document d = parse(m.group());
                Element root = d.getDocumentElement();
                String[] labelledBy = root.getAttribute("aria-labelledby").split(" ");
                assertThat(labelledBy).hasSize(2);
                assertThat(d.getElementsByTagName("title").item(0).getTextContent()).isNotBlank();
                assertThat(d.getElementsByTagName("desc").item(0).getTextContent()).containsPattern("(in all|at most)");
                assertThat(html).contains("id=\"" + labelledBy[0] + "\"").contains("id=\"" + labelledBy[1] + "\"");
                charts++;
            }
            assertThat(charts).isEqualTo(5);
        }
    }

    @Test
    void eachChartShowsOnlyWithItsPermission() {
        String token = fixture.adminToken(name("dboss"));
        Map<String, String> roles = new LinkedHashMap<>();
        roles.put("admin:sessions:read", name("drole"));
        roles.put("admin:users:read", name("drole"));
        roles.put("admin:events:read", name("drole"));
        Map<String, Browser> browsers = new LinkedHashMap<>();
        for (var r : roles.entrySet()) {
            assertThat(server.http().post("/admin/v1/roles", Map.of("name", r.getValue(), "permissions", List.of(r.getKey())), token)
                    .status()).isEqualTo(201);
            String person = name("dperson");
            server.gatehouse().services().accounts().create(person, AdminFixture.PASSWORD, null, null, List.of("user", r.getValue()), null);
            browsers.put(r.getKey(), fixture.console(person, "/admin"));
        }
        String sessionsOnly = browsers.get("admin:sessions:read").get("/admin").body();
        assertThat(sessionsOnly).contains("id=\"chart-sessions-t\"").doesNotContain("chart-signins").doesNotContain("chart-hashes");
        String usersOnly = browsers.get("admin:users:read").get("/admin").body();
        assertThat(usersOnly).doesNotContain("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\"").contains("action=\"/admin/users\"");
        String eventsOnly = browsers.get("admin:events:read").get("/admin").body();
        assertThat(eventsOnly).contains("chart-signins-t").contains("chart-hashes-t").doesNotContain("chart-sessions")
                .doesNotContain("action=\"/admin/users\"");
        // Signed in, then without any console permission: the 403 page.
        String demoted = name("ddemoted");
        User d = fixture.admin(demoted);
        Browser db = fixture.console(demoted, "/admin");
        fixture.removeRole(d.id(), "admin");
        assertPage(db.get("/admin"), 403);
        assertPage(db.get("/admin?range=day"), 403);
    }

    @Test
    void anyRangeButHourOrDayIsABadRequestPage() {
        String admin = name("drange");
        fixture.admin(admin);
        Browser b = fixture.console(admin, "/admin");
        for (String bad : List.of("week", "HOUR", "", "hour%20", "%3Cscript%3Ealert(1)%3C/script%3E", "day%00", "x".repeat(3000))) {
            TestHttp.Response r = b.get("/admin?range=" + bad);
            assertPage(r, 400);
            assertThat(r.body()).as(bad).doesNotContain("<script>alert").doesNotContain("<svg");
        }
        assertPage(b.get("/admin?range=hour&range=day"), 400);
        assertPage(b.get("/admin?range=day&unknown=1"), 200);
    }

    @Test
    void manyTabsAtOnceWhileTheSamplerRuns() throws Exception {
        String admin = name("dtabs");
        fixture.admin(admin);
        Browser b = fixture.console(admin, "/admin");
        String cookie = b.cookie("gatehouse_console");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                int n = i;
                answers.add(pool.submit(() -> {
                    if (n % 4 == 0) sampler().sample();
                    Browser tab = new Browser(server.baseUrl());
                    tab.cookie("gatehouse_console", cookie);
                    return tab.get(n % 2 == 0 ? "/admin?range=hour" : "/admin?range=day").status();
                }));
            }
            for (Future<Integer> f : answers) assertThat(f.get(60, TimeUnit.SECONDS)).isEqualTo(200);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertPage(TestHttp.Response r, int status) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.header("Content-Type")).startsWith("text/html");
        assertThat(r.header("Content-Security-Policy")).contains("style-src 'self'").doesNotContain("unsafe-inline");
    }

    /** The chart's series total, as its text summary says it ("Succeeded: 12 in all."). */
    private static long total(String chartId, String html, String label) throws Exception {
        String desc = svg(html, chartId).getElementsByTagName("desc").item(0).getTextContent();
        Matcher m = Pattern.compile(Pattern.quote(label) + ": ([0-9,]+) in all").matcher(desc);
        assertThat(m.find()).as(desc).isTrue();
        return Long.parseLong(m.group(1).replace(",", ""));
    }

    private static Document svg(String html, String chartId) throws Exception {
        Matcher m = SVG.matcher(html);
        while (m.find()) {
            if (m.group().contains("aria-labelledby=\"" + chartId + "-t ")) return parse(m.group());
        }
        throw new AssertionError("no chart " + chartId + " in the page");
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> bars(Document svg) {
        List<Element> out = new ArrayList<>();
        var rects = svg.getElementsByTagName("rect");
        for (int i = 0; i < rects.getLength(); i++) out.add((Element) rects.item(i));
        return out;
    }
}
