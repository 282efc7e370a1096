package dev.gatehouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.testing.TestServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hostile requests to the management port (README "Management port"), byte for byte on a socket: unknown paths,
 * other methods, paths that try to climb out, huge headers and many at once answer 4xx, never 500, and nothing
 * leaks a version or a stack trace.
 */
class ManagementPortHostileTest {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private record Raw(int status, String text) {}

    private static Raw raw(String request) throws IOException {
        return raw(request.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static Raw raw(byte[] request) throws IOException {
        try (Socket s = new Socket("127.0.0.1", server.gatehouse().managementPort())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            try {
                out.write(request);
                out.flush();
            } catch (IOException e) {
                // the server may answer and close before it read everything
            }
            InputStream in = s.getInputStream();
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            try {
                for (int n; (n = in.read(buf)) > 0; ) got.write(buf, 0, n);
            } catch (IOException e) {
                // reset after the answer
            }
            String text = got.toString(StandardCharsets.ISO_8859_1);
            assertThat(text).as("an answer to " + new String(request, 0, Math.min(60, request.length), StandardCharsets.ISO_8859_1))
                    .startsWith("HTTP/1.1 ");
            return new Raw(Integer.parseInt(text.substring(9, 12)), text);
        }
    }

    private static String get(String target, String... headers) {
        return "GET " + target + " HTTP/1.1\r\nHost: localhost\r\n" + String.join("", headers) + "Connection: close\r\n\r\n";
    }

    @Test
    void unknownPathsAndOtherMethodsAre4xxNever500() throws IOException {
        for (String target : List.of("/", "/metrics.json", "/admin", "/api/v1/me", "/health", "/health/ready/x",
                "/%00", "/metrics%00", "/" + "a".repeat(4000))) {
            Raw r = raw(get(target));
            assertThat(r.status()).as(target).isBetween(400, 499).isIn(400, 404, 414, 431);
            assertThat(r.text()).as(target).doesNotContain("Exception", "at dev.gatehouse", "Jetty", "Server:");
        }
        assertThat(raw(get("/health/live?" + "x=1&".repeat(500))).status()).as("a query is ignored").isEqualTo(200);
        for (String method : List.of("POST", "PUT", "DELETE", "TRACE", "PATCH", "BREW")) {
            Raw r = raw(method + " /metrics HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            assertThat(r.status()).as(method).isBetween(400, 499);
            assertThat(r.text()).as(method).doesNotContain("Exception", "Server:");
        }
    }

    @Test
    void pathsThatClimbOrHideSegmentsAreRefusedOrNormalisedNever500() throws IOException {
        for (String target : List.of("/health/../metrics", "/health/%2e%2e/metrics", "/health/..%2fmetrics", "/health%2flive",
                "//metrics", "/./metrics", "/metrics;jsessionid=x", "/%2e/metrics", "/health/live/..;/ready", "http://evil/metrics",
                "*")) {
            Raw r = raw(get(target));
            assertThat(r.status()).as(target).isNotEqualTo(500).isIn(200, 400, 404);
            assertThat(r.text()).as(target).doesNotContain("Exception");
        }
    }

    @Test
    void hugeAndBrokenHeadersAre4xx() throws IOException {
        assertThat(raw(get("/health/live", "X-Big: " + "a".repeat(64 * 1024) + "\r\n")).status()).isEqualTo(431);
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 2000; i++) many.append("X-H").append(i).append(": v\r\n");
        assertThat(raw(get("/health/live", many.toString())).status()).isEqualTo(431);
        assertThat(raw(get("/health/live", "Broken header without colon\r\n")).status()).isEqualTo(400);
        assertThat(raw("GET /health/live HTTP/1.1\r\nConnection: close\r\n\r\n").status()).as("no Host").isEqualTo(400);
        assertThat(raw("GARBAGE\r\n\r\n").status()).isEqualTo(400);
        assertThat(raw(get("/metrics", "Accept: application/openmetrics-text; version=99; q=abc\r\n")).status()).isEqualTo(200);
    }

    @Test
    void manyScrapesAtOnceAllAnswer() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Raw>> scrapes = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                String target = i % 2 == 0 ? "/metrics" : "/health/ready";
                scrapes.add(pool.submit(() -> raw(get(target))));
            }
            for (Future<Raw> f : scrapes) assertThat(f.get().status()).isEqualTo(200);
        } finally {
            pool.shutdownNow();
        }
    }
}
