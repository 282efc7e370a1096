package dev.gatehouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.account.User;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The admin authorization check: who gets 401, who gets 403, and that no route or path spelling escapes it. */
class AdminAccessTest {
    private static TestServer server;
    private static TestHttp http;
    private static AdminFixture fx;
    private static String adminToken;
    private static String userToken;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        http = server.http();
        fx = new AdminFixture(server);
        fx.admin("root");
        fx.user("plain");
        adminToken = fx.token("root");
        userToken = fx.token("plain");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void keysWithoutTokenThen401() {
        TestHttp.Response r = http.get("/admin/v1/keys");
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.code()).isEqualTo("invalid_token");
        assertThat(r.header("WWW-Authenticate")).contains("invalid_token");
    }

    @Test
    void keysWithGarbageTokenThen401() {
        assertThat(http.get("/admin/v1/keys", "not.a.jwt").status()).isEqualTo(401);
    }

    @Test
    void keysWithPlainUserTokenThen403() {
        TestHttp.Response r = http.get("/admin/v1/keys", userToken);
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.code()).isEqualTo("forbidden");
    }

    @Test
    void refusedRequestsAreAudited() {
        User probe = fx.user("prober");
        String token = fx.token("prober");
        assertThat(http.get("/admin/v1/keys", token).status()).isEqualTo(403);
        server.gatehouse().services().audit().flush();
        var events = http.get("/admin/v1/events?type=admin_access&user_id=" + probe.id(), adminToken).json().path("items");
        assertThat(events).hasSize(1);
        assertThat(events.get(0).path("outcome").asText()).isEqualTo("denied");
        assertThat(events.get(0).path("detail").asText()).isEqualTo("permission=admin:keys:read");
        assertThat(events.get(0).path("ip").asText()).isEqualTo("127.0.0.1");
    }

    @Test
    void keysWithAdminTokenThenListed() {
        TestHttp.Response r = http.get("/admin/v1/keys", adminToken);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Cache-Control")).isEqualTo("no-store");
        var key = r.json().path("items").get(0);
        assertThat(key.path("kid").asText()).isNotEmpty();
        assertThat(key.path("alg").asText()).isEqualTo("RS256");
        assertThat(key.path("status").asText()).isEqualTo("active");
        assertThat(key.path("created_at").asText()).isNotEmpty();
        assertThat(r.body()).doesNotContain("private", "\"d\"");
    }

    @Test
    void adminTokenIssuedBeforeRoleRemovedThen403OnNextRequest() {
        User former = fx.admin("former-admin");
        String token = fx.token("former-admin");
        assertThat(http.get("/admin/v1/keys", token).status()).isEqualTo(200);
        fx.removeRole(former.id(), "admin");
        TestHttp.Response r = http.get("/admin/v1/keys", token);
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.code()).isEqualTo("forbidden");
    }

    @Test
    void adminTokenAfterLogoutThen401() {
        fx.admin("leaving-admin");
        String token = fx.token("leaving-admin");
        assertThat(http.send("POST", "/api/v1/logout", (String) null, null, token).status()).isEqualTo(204);
        assertThat(http.get("/admin/v1/keys", token).status()).isEqualTo(401);
    }

    @Test
    void disabledAdminThen401() {
        User u = fx.admin("disabled-admin");
        String token = fx.token("disabled-admin");
        server.gatehouse().stores().jdbi().useHandle(h -> h.createUpdate("UPDATE users SET disabled = :yes WHERE id = :id")
                .bind("yes", true).bind("id", u.id()).execute());
        assertThat(http.get("/admin/v1/keys", token).status()).isEqualTo(401);
    }

    @Test
    void tokenNarrowedByScopeCannotAdminister() {
        fx.admin("narrow-admin");
        var login = http.post("/api/v1/login", java.util.Map.of("username", "narrow-admin", "password", AdminFixture.PASSWORD,
                "scope", "admin:users:read"));
        String token = login.json().path("access_token").asText();
        assertThat(http.get("/admin/v1/keys", token).status()).isEqualTo(403);
    }

    @Test
    void everyAdminRouteRefusesAnonymousAndPlainUsers() {
        List<Routes.AdminRoute> routes = server.gatehouse().web().routes().adminRoutes();
        assertThat(routes).isNotEmpty();
        for (Routes.AdminRoute route : routes) {
            String path = AdminFixture.concrete(route.path());
            String method = route.method().name();
            TestHttp.Response anonymous = http.send(method, path, "{}", "application/json", null);
            assertThat(anonymous.status()).as(method + " " + path + " anonymous").isEqualTo(401);
            TestHttp.Response plain = http.send(method, path, "{}", "application/json", userToken);
            assertThat(plain.status()).as(method + " " + path + " plain user").isEqualTo(403);
            assertThat(route.permission()).as(route.path()).matches("admin:[a-z]+(-[a-z]+)*(:[a-z]+)+");
        }
    }

    /** The admin console's HTML pages (API.md §9): they check the same permissions inside, with a page for an answer (AdminConsoleTest). */
    private static final Set<String> CONSOLE_PAGES = Set.of("GET /admin", "GET /admin/users", "GET /admin/users/{id}",
            "POST /admin/users/{id}/sessions/revoke", "GET /admin/callback", "POST /admin/logout",
            // Clients, identity providers and signing keys (AdminClientPagesTest, AdminProviderPagesTest, AdminKeyPagesTest).
            "GET /admin/clients", "GET /admin/clients/new", "POST /admin/clients", "GET /admin/clients/{client_id}",
            "GET /admin/clients/{client_id}/edit", "POST /admin/clients/{client_id}/edit", "POST /admin/clients/{client_id}/secret",
            "GET /admin/clients/{client_id}/delete", "POST /admin/clients/{client_id}/delete",
            "GET /admin/providers", "GET /admin/providers/new", "POST /admin/providers", "GET /admin/providers/{id}",
            "GET /admin/providers/{id}/edit", "POST /admin/providers/{id}/edit", "POST /admin/providers/{id}/enable",
            "POST /admin/providers/{id}/disable", "GET /admin/providers/{id}/delete", "POST /admin/providers/{id}/delete",
            "GET /admin/keys", "POST /admin/keys/rotate",
            "GET /admin/events");
    /** The console's users and roles section (AdminUsersConsoleTest, AdminRolesConsoleTest). */
    private static final Set<String> USERS_AND_ROLES_PAGES = Set.of("GET /admin/users/new", "POST /admin/users",
            "POST /admin/users/{id}/disable", "POST /admin/users/{id}/enable", "GET /admin/users/{id}/delete",
            "POST /admin/users/{id}/delete", "POST /admin/users/{id}/password-reset", "POST /admin/users/{id}/verification-email",
            "POST /admin/users/{id}/verify-email", "POST /admin/users/{id}/sessions/end", "POST /admin/users/{id}/mfa/reset",
            "POST /admin/users/{id}/roles/grant", "POST /admin/users/{id}/roles/revoke", "POST /admin/users/{id}/consents/withdraw",
            "GET /admin/users/{id}/events", "GET /admin/roles", "POST /admin/roles", "GET /admin/roles/{name}",
            "POST /admin/roles/{name}", "GET /admin/roles/{name}/delete", "POST /admin/roles/{name}/delete");

    @Test
    void everyServedAdminPathIsRegisteredThroughAdmin() {
        Set<String> registered = server.gatehouse().web().routes().adminRoutes().stream()
                .map(r -> r.method().name() + " " + r.path()).collect(Collectors.toSet());
        List<String> served = server.gatehouse().web().servedRoutes();
        List<String> adminServed = served.stream()
                .filter(r -> r.substring(r.indexOf(' ') + 1).toLowerCase(Locale.ROOT).replace("/", "").startsWith("admin"))
                .filter(r -> !CONSOLE_PAGES.contains(r) && !USERS_AND_ROLES_PAGES.contains(r))
                .toList();
        assertThat(adminServed).isNotEmpty();
        assertThat(registered).containsAll(adminServed);
        assertThat(served).containsAll(registered);
    }

    @Test
    void pathVariantsNeverBypassTheCheck() {
        List<String> variants = List.of("/admin/v1/keys/", "/ADMIN/v1/keys", "/admin/V1/KEYS", "/admin/v1/%6Beys",
                "/admin/v1/keys;x=1", "/admin/v1;x=1/keys", "/api/v1/../../admin/v1/keys", "/admin/v1/./keys",
                "/admin//v1/keys", "/admin/v1/keys%2f", "/admin/v1/keys/..;/keys", "/%61dmin/v1/keys", "/admin/v1/keys?x=1",
                "/admin/v1/keys#x", "/admin/v1/keys%00");
        int reached = 0;
        for (String path : variants) {
            int anonymous = http.send(rawGet(path, null)).status();
            int plain = http.send(rawGet(path, userToken)).status();
            int admin = http.send(rawGet(path, adminToken)).status();
            assertThat(anonymous).as("anonymous " + path).isIn(400, 401, 404);
            assertThat(plain).as("plain user " + path).isIn(400, 403, 404);
            if (admin == 200) {
                // This spelling reaches the route: it must get exactly the canonical path's decisions.
                reached++;
                assertThat(anonymous).as("anonymous " + path).isEqualTo(401);
                assertThat(plain).as("plain user " + path).isEqualTo(403);
            } else {
                // Not routed at all: the same refusal whoever asks, so the spelling leaks nothing.
                assertThat(admin).as("admin " + path).isIn(400, 404);
                assertThat(plain).as("plain user " + path).isEqualTo(admin);
                assertThat(anonymous).as("anonymous " + path).isEqualTo(admin);
            }
        }
        assertThat(reached).as("the canonical path with a query string and the trailing slash reach the route").isGreaterThanOrEqualTo(2);
    }

    private static java.net.http.HttpRequest rawGet(String path, String bearer) {
        var b = java.net.http.HttpRequest.newBuilder(java.net.URI.create(http.baseUrl() + path.replace("#x", "%23x"))).GET();
        if (bearer != null) b.header("Authorization", "Bearer " + bearer);
        return b.build();
    }
}
