package dev.gatehouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Grafana dashboard shipped in deploy/grafana reads only what a started server exposes: every
 * metric name its queries (panels and variables) use is in a real scrape of /metrics after sign-ins,
 * refreshes and a GC, and every exact label matcher ({@code area="heap"}) matches a sample.
 */
class GrafanaDashboardTest {
    private static final Path DASHBOARD = Path.of("deploy/grafana/gatehouse.json");
    /** PromQL words that look like names but are not metrics. */
    private static final Set<String> KEYWORDS = Set.of("by", "without", "on", "ignoring", "group_left", "group_right", "bool",
            "and", "or", "unless", "offset", "le", "inf", "nan");
    private static final Pattern SELECTOR = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)\\{([^}]*)}");
    private static final Pattern EXACT_MATCHER = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)\\s*=\\s*\"([^\"$]*)\"");

    private static JsonNode dashboard;
    private static String scrape;
    private static TestServer server;

    @BeforeAll
    static void scrapeAServerAfterTraffic() throws Exception {
        dashboard = new ObjectMapper().readTree(Files.readString(DASHBOARD));
        server = TestServer.start();
        TestHttp http = server.http();
        JsonNode tokens = http.signupAndLogin("dashboard-user", "correct horse battery staple");
        assertThat(http.post("/api/v1/refresh", Map.of("refresh_token", tokens.path("refresh_token").asText())).status()).isEqualTo(200);
        assertThat(http.get("/api/v1/me", tokens.path("access_token").asText()).status()).isEqualTo(200);
        // The GC pause timer exists once a collection has been reported; the JVM meters are bound beside start-up.
        long deadline = System.nanoTime() + 30_000_000_000L;
        do {
            System.gc();
            Thread.sleep(100);
            scrape = server.management().get("/metrics").body();
        } while (!(scrape.contains("jvm_gc_pause_seconds_count{") && scrape.contains("process_files_open_files "))
                && System.nanoTime() < deadline);
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    @Test
    void dashboardWhenParsedThenPanelsHaveQueriesAndUniqueIdsOnTheDataSourceVariable() {
        assertThat(dashboard.path("uid").asText()).isEqualTo("gatehouse");
        Set<Integer> ids = new HashSet<>();
        int queries = 0;
        for (JsonNode panel : dashboard.path("panels")) {
            assertThat(ids.add(panel.path("id").asInt())).as("unique panel id %s", panel.path("id")).isTrue();
            if ("row".equals(panel.path("type").asText())) continue;
            assertThat(panel.path("datasource").path("uid").asText()).isEqualTo("${datasource}");
            assertThat(panel.path("targets")).as(panel.path("title").asText()).isNotEmpty();
            queries += panel.path("targets").size();
        }
        assertThat(queries).isGreaterThan(20);
        List<String> titles = new ArrayList<>();
        dashboard.path("panels").forEach(p -> titles.add(p.path("title").asText()));
        assertThat(titles).contains("Sign-ins by outcome", "Refreshes by outcome", "p50 by route", "p99 by route", "Password hash pool",
                "Database pool", "Cache hit ratio", "Heap", "GC");
    }

    @Test
    void everyMetricTheDashboardQueriesWhenScrapedThenExposed() {
        Set<String> names = new LinkedHashSet<>();
        expressions().forEach(e -> names.addAll(metricNames(e)));
        assertThat(names).contains("http_server_requests_seconds_bucket", "gatehouse_logins_total", "hikaricp_connections_active",
                "jvm_gc_pause_seconds_sum", "cache_gets_total");
        for (String name : names) {
            assertThat(scrape.lines().anyMatch(l -> l.startsWith(name + "{") || l.startsWith(name + " ")))
                    .as("%s, queried by the dashboard, is not in /metrics", name).isTrue();
        }
    }

    @Test
    void everyExactLabelMatcherWhenScrapedThenMatchesASample() {
        for (String expr : expressions()) {
            Matcher selector = SELECTOR.matcher(expr);
            while (selector.find()) {
                String name = selector.group(1);
                Matcher m = EXACT_MATCHER.matcher(selector.group(2));
                while (m.find()) {
                    String label = m.group(1) + "=\"" + m.group(2) + "\"";
                    assertThat(scrape.lines().anyMatch(l -> l.startsWith(name + "{") && l.contains(label)))
                            .as("%s{%s} in %s", name, label, expr).isTrue();
                }
            }
        }
    }

    @Test
    void metricNamesWhenReadFromPromqlThenFunctionsLabelsAndRangesLeftOut() {
        assertThat(metricNames("histogram_quantile(0.99, sum by (le, route) (rate(http_server_requests_seconds_bucket"
                + "{job=~\"$job\", status=\"200\"}[$__rate_interval]))) / 1e9"))
                .containsExactly("http_server_requests_seconds_bucket");
        assertThat(metricNames("sum(a_total) / sum without (x) (b_count offset 5m) and on (instance) up"))
                .containsExactly("a_total", "b_count", "up");
    }

    /** Every PromQL expression in the dashboard: panel targets and query variables. */
    private static List<String> expressions() {
        List<String> exprs = new ArrayList<>();
        for (JsonNode panel : dashboard.path("panels")) {
            for (JsonNode target : panel.path("targets")) exprs.add(target.path("expr").asText());
        }
        for (JsonNode variable : dashboard.path("templating").path("list")) {
            if ("query".equals(variable.path("type").asText())) {
                String q = variable.path("query").path("query").asText();
                Matcher m = Pattern.compile("label_values\\((.*),\\s*[a-z_]+\\)").matcher(q);
                assertThat(m.matches()).as(q).isTrue();
                exprs.add(m.group(1));
            }
        }
        assertThat(exprs).isNotEmpty().doesNotContain("");
        return exprs;
    }

    /** The metric names of a PromQL expression: identifiers that are not functions, keywords, labels, strings or ranges. */
    static Set<String> metricNames(String expr) {
        String bare = expr.replaceAll("\"[^\"]*\"", "\"\"") // string literals
                .replaceAll("\\{[^}]*}", " ") // label matchers
                .replaceAll("\\[[^]]*]", " ") // ranges
                .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ") // label lists
                .replaceAll("\\boffset\\s+\\S+", " ");
        Set<String> names = new LinkedHashSet<>();
        Matcher m = Pattern.compile("(?<![\\w.$])([a-zA-Z_:][a-zA-Z0-9_:]*)\\b(\\s*\\()?").matcher(bare);
        while (m.find()) {
            if (m.group(2) != null) continue; // a function
            String word = m.group(1);
            if (!KEYWORDS.contains(word.toLowerCase(java.util.Locale.ROOT))) names.add(word);
        }
        return names;
    }
}
