package dev.gatehouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatehouse.testing.TestDatabases;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The README walkthrough, on both databases: signup, login, /me, refresh, logout. */
class ApiFlowTest {
    private static final String PASSWORD = "correct horse battery staple";

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void walkthroughWorksEndToEnd(TestDatabases.Kind kind) {
        try (TestServer server = TestServer.builder().database(kind).start()) {
            TestHttp http = server.http();
            TestHttp.Response signup = http.post("/api/v1/signup",
                    Map.of("username", "alice", "password", PASSWORD, "email", "alice@example.com"));
            assertThat(signup.status()).isEqualTo(201);
            assertThat(signup.json().path("username").asText()).isEqualTo("alice");
            assertThat(signup.body()).doesNotContain("password");

            TestHttp.Response login = http.post("/api/v1/login", Map.of("username", "alice@example.com", "password", PASSWORD));
            assertThat(login.status()).isEqualTo(200);
            assertThat(login.header("Cache-Control")).isEqualTo("no-store");
            JsonNode tokens = login.json();
            assertThat(tokens.path("token_type").asText()).isEqualTo("Bearer");
            assertThat(tokens.path("expires_in").asInt()).isEqualTo(900);

            TestHttp.Response me = http.get("/api/v1/me", tokens.path("access_token").asText());
            assertThat(me.status()).isEqualTo(200);
            assertThat(me.json().path("roles").get(0).asText()).isEqualTo("user");

            TestHttp.Response refreshed = http.post("/api/v1/refresh", Map.of("refresh_token", tokens.path("refresh_token").asText()));
            assertThat(refreshed.status()).isEqualTo(200);
            String newRefresh = refreshed.json().path("refresh_token").asText();
            assertThat(newRefresh).isNotEqualTo(tokens.path("refresh_token").asText());

            assertThat(http.post("/api/v1/logout", Map.of("refresh_token", newRefresh)).status()).isEqualTo(204);
            assertThat(http.post("/api/v1/refresh", Map.of("refresh_token", newRefresh)).status()).isEqualTo(401);
            TestHttp.Response afterLogout = http.get("/api/v1/me", refreshed.json().path("access_token").asText());
            assertThat(afterLogout.status()).isEqualTo(401);
            assertThat(afterLogout.header("WWW-Authenticate")).contains("error=\"invalid_token\"");
        }
    }
}
