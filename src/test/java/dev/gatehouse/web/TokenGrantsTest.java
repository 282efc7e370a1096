package dev.gatehouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gatehouse.account.User;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Role changes and the tokens that follow them: the next login, and the next refresh, which carries the
 * user's current permissions when the login asked for no scope and stays within the login's grant when it did.
 */
class TokenGrantsTest {
    private static TestServer server;
    private static TestHttp http;
    private static AdminFixture fx;
    private static String admin;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        http = server.http();
        fx = new AdminFixture(server);
        fx.admin("root");
        admin = fx.token("root");
        role("editor", List.of("notes:read", "notes:write"));
        role("reader", List.of("notes:read"));
    }

    private static void role(String name, List<String> permissions) {
        TestHttp.Response r = http.send("POST", "/admin/v1/roles", TestHttp.json(Map.of("name", name, "permissions", permissions)),
                "application/json", admin);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static void setRoles(String userId, List<String> roles) {
        TestHttp.Response r = http.send("PUT", "/admin/v1/users/" + userId + "/roles", TestHttp.json(Map.of("roles", roles)),
                "application/json", admin);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    private static JsonNode claims(JsonNode tokenResponse) {
        String jwt = tokenResponse.path("access_token").asText();
        try {
            return new ObjectMapper().readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> list(JsonNode claims, String name) {
        List<String> out = new ArrayList<>();
        if (claims.path(name).isArray()) claims.path(name).forEach(n -> out.add(n.asText()));
        else if (!claims.path(name).asText().isEmpty()) out.addAll(List.of(claims.path(name).asText().split(" ")));
        return out;
    }

    private static JsonNode refresh(JsonNode tokens) {
        TestHttp.Response r = http.post("/api/v1/refresh", Map.of("refresh_token", tokens.path("refresh_token").asText()));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    @Test
    void roleGrantedShowsInTheNextLoginsToken() {
        User u = fx.user("ella");
        assertThat(list(claims(http.login("ella", AdminFixture.PASSWORD)), "scope")).doesNotContain("notes:read");
        setRoles(u.id(), List.of("user", "editor"));
        JsonNode claims = claims(http.login("ella", AdminFixture.PASSWORD));
        assertThat(list(claims, "roles")).containsExactlyInAnyOrder("user", "editor");
        assertThat(list(claims, "scope")).contains("notes:read", "notes:write");
    }

    @Test
    void roleRemovedIsGoneFromTheNextRefresh() {
        User u = fx.user("finn");
        setRoles(u.id(), List.of("user", "editor"));
        JsonNode tokens = http.login("finn", AdminFixture.PASSWORD);
        assertThat(list(claims(tokens), "scope")).contains("notes:write");
        setRoles(u.id(), List.of("user"));
        JsonNode refreshed = refresh(tokens);
        assertThat(list(claims(refreshed), "roles")).containsExactly("user");
        assertThat(list(claims(refreshed), "scope")).doesNotContain("notes:read", "notes:write");
        assertThat(refreshed.path("scope").asText()).doesNotContain("notes");

        // Given back later: the login asked for no scope, so a refresh carries it again.
        setRoles(u.id(), List.of("user", "editor"));
        assertThat(list(claims(refresh(refreshed)), "scope")).contains("notes:write");
    }

    @Test
    void loginWithoutScopeThenRoleGrantedShowsAtTheNextRefresh() {
        User u = fx.user("gus");
        JsonNode tokens = http.login("gus", AdminFixture.PASSWORD);
        assertThat(list(claims(tokens), "scope")).doesNotContain("notes:read", "notes:write");
        setRoles(u.id(), List.of("user", "editor"));
        JsonNode refreshed = refresh(tokens);
        assertThat(list(claims(refreshed), "roles")).contains("editor");
        assertThat(list(claims(refreshed), "scope")).contains("notes:read", "notes:write");
        assertThat(List.of(refreshed.path("scope").asText().split(" "))).contains("notes:read", "notes:write");
    }

    @Test
    void loginWithoutScopeThenMadeAdminReachesTheAdminApiAfterARefresh() {
        User u = fx.user("gwen");
        JsonNode tokens = http.login("gwen", AdminFixture.PASSWORD);
        assertThat(http.get("/admin/v1/keys", tokens.path("access_token").asText()).status()).isEqualTo(403);
        setRoles(u.id(), List.of("user", "admin"));
        JsonNode refreshed = refresh(tokens);
        assertThat(list(claims(refreshed), "scope")).contains("admin:keys:read");
        assertThat(http.get("/admin/v1/keys", refreshed.path("access_token").asText()).status()).isEqualTo(200);
    }

    @Test
    void loginWithScopeThenRoleGrantedStaysWithinThatScopeAtRefresh() {
        User u = fx.user("gil");
        setRoles(u.id(), List.of("user", "reader"));
        TestHttp.Response login = http.post("/api/v1/login", Map.of("username", "gil", "password", AdminFixture.PASSWORD,
                "scope", "notes:read"));
        assertThat(login.json().path("scope").asText()).isEqualTo("notes:read");
        setRoles(u.id(), List.of("user", "reader", "editor"));
        JsonNode refreshed = refresh(login.json());
        assertThat(list(claims(refreshed), "roles")).as("roles are current").contains("editor");
        assertThat(list(claims(refreshed), "scope")).as("scope stays within the login's grant").containsExactly("notes:read");
        assertThat(refreshed.path("scope").asText()).isEqualTo("notes:read");
    }

    @Test
    void loginWithScopeKeepsWhatItGrantedNotWhatItAskedForAtRefresh() {
        User u = fx.user("gia");
        setRoles(u.id(), List.of("user", "reader"));
        TestHttp.Response login = http.post("/api/v1/login", Map.of("username", "gia", "password", AdminFixture.PASSWORD,
                "scope", "notes:read notes:write"));
        assertThat(login.json().path("scope").asText()).isEqualTo("notes:read");
        // Asked for but not held at login: not granted, so a role that brings it later does not add it (RFC 6749 §6).
        setRoles(u.id(), List.of("user", "editor"));
        assertThat(list(claims(refresh(login.json())), "scope")).containsExactly("notes:read");
    }

    @Test
    void loginWithScopeThenRoleRemovedIsGoneFromTheNextRefresh() {
        User u = fx.user("gabe");
        setRoles(u.id(), List.of("user", "editor"));
        TestHttp.Response login = http.post("/api/v1/login", Map.of("username", "gabe", "password", AdminFixture.PASSWORD,
                "scope", "notes:read notes:write"));
        assertThat(login.json().path("scope").asText()).isEqualTo("notes:read notes:write");
        setRoles(u.id(), List.of("user"));
        JsonNode refreshed = refresh(login.json());
        assertThat(list(claims(refreshed), "scope")).isEmpty();
        assertThat(refreshed.path("scope").asText()).isEmpty();

        // Given back later: within the login's grant, so a refresh may carry it again.
        setRoles(u.id(), List.of("user", "editor"));
        assertThat(list(claims(refresh(refreshed)), "scope")).containsExactly("notes:read", "notes:write");
    }

    @Test
    void narrowedLoginStaysNarrowOnRefresh() {
        User u = fx.user("hana");
        setRoles(u.id(), List.of("user", "editor"));
        TestHttp.Response login = http.post("/api/v1/login", Map.of("username", "hana", "password", AdminFixture.PASSWORD,
                "scope", "notes:read admin:users:read"));
        assertThat(login.json().path("scope").asText()).isEqualTo("notes:read");
        assertThat(list(claims(refresh(login.json())), "scope")).containsExactly("notes:read");
    }

    @Test
    void demotedAdminRefreshLosesAdminPermissions() {
        User u = fx.admin("ivy");
        JsonNode tokens = http.login("ivy", AdminFixture.PASSWORD);
        assertThat(list(claims(tokens), "scope")).contains("admin:users:read");
        setRoles(u.id(), List.of("user"));
        JsonNode refreshed = refresh(tokens);
        assertThat(list(claims(refreshed), "scope")).noneMatch(p -> p.startsWith("admin:"));
        assertThat(list(claims(refreshed), "roles")).doesNotContain("admin");
        assertThat(http.get("/admin/v1/keys", refreshed.path("access_token").asText()).status()).isEqualTo(403);
    }
}
