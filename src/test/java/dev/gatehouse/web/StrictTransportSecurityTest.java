package dev.gatehouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * RFC 6797: with an https issuer (TLS here or at the proxy in front) every answer carries
 * {@code Strict-Transport-Security}, also errors Jetty writes before any route runs; with a plain
 * http issuer none does (§7.2: never over an insecure transport).
 */
class StrictTransportSecurityTest {

    @Test
    void everyAnswerWhenHttpsIssuerThenCarriesHsts() {
        try (TestServer server = TestServer.builder().set("issuer", "https://login.example.com").start()) {
            for (TestHttp.Response r : answers(server.http())) {
                assertThat(r.header("Strict-Transport-Security")).as("status %s: %s", r.status(), r.body())
                        .isEqualTo("max-age=31536000; includeSubDomains");
            }
        }
    }

    @Test
    void noAnswerWhenHttpIssuerThenCarriesHsts() {
        try (TestServer server = TestServer.start()) {
            for (TestHttp.Response r : answers(server.http())) {
                assertThat(r.header("Strict-Transport-Security")).as("status %s: %s", r.status(), r.body()).isNull();
            }
        }
    }

    /** One answer of each kind: JSON, problem, page, redirect, OAuth error, and Jetty's own 431. */
    private static List<TestHttp.Response> answers(TestHttp http) {
        List<TestHttp.Response> out = new ArrayList<>();
        out.add(http.get("/health/live"));
        out.add(http.get("/.well-known/openid-configuration"));
        out.add(http.get("/api/v1/me"));
        out.add(http.post("/api/v1/login", Map.of("username", "nobody", "password", "a wrong password here")));
        out.add(http.get("/login"));
        out.add(http.get("/signed-in"));
        out.add(http.send("POST", "/oauth2/token", "grant_type=nope", "application/x-www-form-urlencoded", null));
        out.add(http.get("/no/such/path"));
        out.add(http.send(HttpRequest.newBuilder(URI.create(http.baseUrl() + "/health/live"))
                .header("X-Padding", "a".repeat(20_000)).GET().build()));
        assertThat(out.stream().map(TestHttp.Response::status)).contains(200, 401, 303, 400, 404, 431);
        return out;
    }
}
