package dev.gatehouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The operations endpoints after real traffic: Prometheus text on the management port only,
 * readiness on both ports, the OpenAPI document.
 */
class MetricsTest {
    private static TestServer server;
    private static TestHttp http;
    private static TestHttp management;

    @BeforeAll
    static void traffic() {
        server = TestServer.start();
        http = server.http();
        management = server.management();
        JsonNode tokens = http.signupAndLogin("metrics-user", "correct horse battery staple");
        TestHttp.Response refreshed = http.post("/api/v1/refresh", Map.of("refresh_token", tokens.path("refresh_token").asText()));
        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(http.post("/api/v1/login", Map.of("username", "metrics-user", "password", "wrong password here!")).status())
                .isEqualTo(401);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void metricsAreServedAsPrometheusText() {
        TestHttp.Response r = management.get("/metrics");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("text/plain");
        String text = r.body();

        // Route labels are the route templates, not raw paths (bounded cardinality).
        assertThat(sample(text, "http_server_requests_seconds_count", "route=\"/api/v1/login\"", "status=\"200\"", "method=\"POST\""))
                .isEqualTo(1.0);
        assertThat(sample(text, "http_server_requests_seconds_count", "route=\"/api/v1/login\"", "status=\"401\"")).isEqualTo(1.0);
        assertThat(sample(text, "http_server_requests_seconds_count", "route=\"/api/v1/refresh\"", "status=\"200\"")).isEqualTo(1.0);
        assertThat(sample(text, "http_server_requests_seconds_count", "route=\"/api/v1/signup\"", "status=\"201\"")).isEqualTo(1.0);

        assertThat(sample(text, "gatehouse_logins_total", "outcome=\"success\"")).isEqualTo(1.0);
        assertThat(sample(text, "gatehouse_logins_total", "outcome=\"failure\"")).isEqualTo(1.0);
        assertThat(sample(text, "gatehouse_refreshes_total", "outcome=\"success\"")).isEqualTo(1.0);
        assertThat(sample(text, "gatehouse_hash_pool_queued")).isZero();
        assertThat(sample(text, "gatehouse_db_statements_total")).isGreaterThan(5.0);
    }

    @Test
    void requestLatencyWhenScrapedThenAHistogramWithFixedBucketsByRouteTemplate() {
        String rawId = "raw-id-" + System.nanoTime();
        assertThat(http.get("/admin/v1/users/" + rawId).status()).isEqualTo(401);
        String text = management.get("/metrics").body();

        assertThat(text).contains("# TYPE http_server_requests_seconds histogram").doesNotContainPattern("le=\"[^\"]*E");
        // Buckets that add up across nodes: p99 over a fleet is histogram_quantile of their sum.
        for (String le : List.of("0.001", "0.01", "0.1", "1.0", "10.0", "+Inf")) {
            assertThat(sample(text, "http_server_requests_seconds_bucket", "route=\"/api/v1/login\"", "status=\"200\"",
                    "le=\"" + le + "\"")).as(le).isBetween(0.0, 1.0);
        }
        assertThat(sample(text, "http_server_requests_seconds_bucket", "route=\"/api/v1/login\"", "status=\"200\"", "le=\"+Inf\""))
                .isEqualTo(1.0);
        // The template, not the path the caller typed: no series per id.
        assertThat(sample(text, "http_server_requests_seconds_count", "method=\"GET\"", "route=\"/admin/v1/users/{id}\"",
                "status=\"401\"")).isEqualTo(1.0);
        assertThat(text).doesNotContain(rawId);
    }

    @Test
    void jvmProcessPoolAndCacheMetricsAreExposed() throws InterruptedException {
        // The JVM and process meters are bound beside start-up, not before readiness: they come a moment later.
        String text = management.get("/metrics").body();
        for (long deadline = System.nanoTime() + 30_000_000_000L; !text.contains("process_files_open_files ") && System.nanoTime() < deadline; ) {
            Thread.sleep(50);
            text = management.get("/metrics").body();
        }
        for (String name : List.of("jvm_memory_used_bytes", "jvm_memory_max_bytes", "jvm_gc_memory_allocated_bytes_total",
                "jvm_threads_live_threads", "jvm_threads_states_threads", "jvm_classes_loaded_classes", "jvm_info",
                "process_cpu_usage", "process_cpu_time_ns_total", "process_uptime_seconds", "process_start_time_seconds",
                "process_files_open_files", "process_files_max_files", "system_cpu_count")) {
            assertThat(text.lines().anyMatch(l -> l.startsWith(name + "{") || l.startsWith(name + " "))).as(name).isTrue();
        }
        // One pool alone may be empty (a survivor space after a collection, the old generation before the
        // first promotion): the heap as a whole is not.
        assertThat(heapUsed(text)).isPositive();
        assertThat(sample(text, "process_files_open_files")).isPositive();
        // The database pool, named gatehouse-db.
        assertThat(sample(text, "hikaricp_connections_max", "pool=\"gatehouse-db\"")).isPositive();
        assertThat(sample(text, "hikaricp_connections_active", "pool=\"gatehouse-db\"")).isGreaterThanOrEqualTo(0.0);
        assertThat(sample(text, "hikaricp_connections_pending", "pool=\"gatehouse-db\"")).isZero();
        assertThat(sample(text, "hikaricp_connections_timeout_total", "pool=\"gatehouse-db\"")).isZero();
        assertThat(sample(text, "hikaricp_connections_acquire_seconds_count", "pool=\"gatehouse-db\"")).isPositive();
        // Every bounded cache, the clients' remote key sets included.
        for (String cache : List.of("clients", "verified_tokens", "client_jwks", "ip_limiter_buckets")) {
            assertThat(sample(text, "cache_gets_total", "cache=\"" + cache + "\"", "result=\"miss\"")).as(cache).isGreaterThanOrEqualTo(0.0);
        }
    }

    private static double heapUsed(String text) {
        return text.lines().filter(l -> l.startsWith("jvm_memory_used_bytes{") && l.contains("area=\"heap\""))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    @Test
    void sessionCacheHitsAndMissesAreCounted() {
        String access = http.signupAndLogin("metrics-cache", "correct horse battery staple").path("access_token").asText();
        String before = management.get("/metrics").body();
        for (int i = 0; i < 5; i++) assertThat(http.get("/api/v1/me", access).status()).isEqualTo(200);
        String after = management.get("/metrics").body();
        assertThat(sample(after, "gatehouse_session_cache_requests_total", "cache=\"me\"", "result=\"miss\"")
                - sample(before, "gatehouse_session_cache_requests_total", "cache=\"me\"", "result=\"miss\"")).isPositive();
        assertThat(sample(after, "gatehouse_session_cache_requests_total", "cache=\"me\"", "result=\"hit\"")
                - sample(before, "gatehouse_session_cache_requests_total", "cache=\"me\"", "result=\"hit\"")).isPositive();
    }

    @Test
    void boundedCachesReportTheirSizeHitsAndEvictions() {
        try (TestServer own = TestServer.start()) { // its own traffic: the counts above stay exact
            String access = own.http().signupAndLogin("metrics-tokens", "correct horse battery staple").path("access_token").asText();
            for (int i = 0; i < 3; i++) assertThat(own.http().get("/api/v1/me", access).status()).isEqualTo(200);
            String text = own.management().get("/metrics").body();
            assertThat(sample(text, "cache_gets_total", "cache=\"verified_tokens\"", "result=\"hit\"")).isGreaterThanOrEqualTo(2.0);
            assertThat(sample(text, "cache_size", "cache=\"verified_tokens\"")).isPositive();
            assertThat(sample(text, "cache_size", "cache=\"ip_limiter_buckets\"")).isPositive();
            for (String cache : List.of("clients", "ip_limiter_refused", "mail_ip_limiter_buckets", "mail_ip_limiter_refused")) {
                assertThat(sample(text, "cache_evictions_total", "cache=\"" + cache + "\"")).as(cache).isZero();
            }
        }
    }

    @Test
    void unmatchedPathsShareOneRouteLabel() {
        assertThat(http.get("/no/such/path/" + System.nanoTime()).status()).isEqualTo(404);
        String text = management.get("/metrics").body();
        assertThat(text.lines().filter(l -> l.startsWith("http_server_requests") && l.contains("/no/such/path")))
                .as("raw paths must not become label values").isEmpty();
    }

    @Test
    void readinessReportsDatabaseAndKeys() {
        TestHttp.Response r = http.get("/health/ready");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("status").asText()).isEqualTo("UP");
        assertThat(r.json().path("checks").path("database").asText()).isEqualTo("UP");
        assertThat(r.json().path("checks").path("keys").asText()).isEqualTo("UP");
        assertThat(http.get("/health/live").status()).isEqualTo(200);
    }

    @Test
    void metricsWhenAskedOnThePublicPortThen404() {
        assertThat(server.gatehouse().managementPort()).isNotEqualTo(server.gatehouse().port());
        TestHttp.Response r = http.get("/metrics");
        ProblemAssert.assertProblem(r, dev.gatehouse.core.ErrorCode.NOT_FOUND);
        assertThat(r.body()).doesNotContain("gatehouse_");
        assertThat(http.send("HEAD", "/metrics", (String) null, null, null).status()).isEqualTo(404);
    }

    @Test
    void healthWhenAskedOnEitherPortThenAnswers() {
        for (TestHttp port : List.of(http, management)) {
            assertThat(port.get("/health/live").status()).isEqualTo(200);
            assertThat(port.get("/health/live").json().path("status").asText()).isEqualTo("UP");
            assertThat(port.get("/health/ready").status()).isEqualTo(200);
            assertThat(port.get("/health/ready").json().path("checks").path("database").asText()).isEqualTo("UP");
        }
        // The management port serves operations only: no API, no pages.
        assertThat(management.post("/api/v1/login", Map.of("username", "metrics-user", "password", "x")).status()).isEqualTo(404);
        assertThat(management.get("/login").status()).isEqualTo(404);
    }

    @Test
    void openApiIsServed() {
        assertThat(http.get("/openapi.yaml").status()).isEqualTo(200);
    }

    /** The value of the one sample named {@code name} whose labels contain every given {@code key="value"}. */
    private static double sample(String text, String name, String... labels) {
        List<String> lines = text.lines()
                .filter(l -> l.startsWith(name + "{") || l.startsWith(name + " "))
                .filter(l -> List.of(labels).stream().allMatch(l::contains))
                .toList();
        assertThat(lines).as("samples of %s %s in:%n%s", name, List.of(labels), text).hasSize(1);
        String line = lines.get(0);
        return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
    }
}
