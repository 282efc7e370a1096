package dev.gatehouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatehouse.account.User;
import dev.gatehouse.federation.LinkedIdentity;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The admin API (API.md §4) over HTTP on a real server: every route, every refusal, the rules on roles and admins. */
class AdminApiTest {
    private static final AtomicInteger SEQ = new AtomicInteger();
    private static TestServer server;
    private static TestHttp http;
    private static AdminFixture fx;
    private static String admin;
    private static String adminId;
    private static String plain;
    private static String stale;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        http = server.http();
        fx = new AdminFixture(server);
        adminId = fx.admin("root").id();
        fx.user("plain");
        User former = fx.admin("stale");
        admin = fx.token("root");
        plain = fx.token("plain");
        stale = fx.token("stale");
        fx.removeRole(former.id(), "admin");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String unique(String base) {
        return base + SEQ.incrementAndGet();
    }

    private static TestHttp.Response call(String method, String path, Object body, String token) {
        return http.send(method, path, body == null ? null : TestHttp.json(body), body == null ? null : "application/json", token);
    }

    private static String newUser() {
        TestHttp.Response r = call("POST", "/admin/v1/users", Map.of("username", unique("member"), "password", AdminFixture.PASSWORD), admin);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().path("id").asText();
    }

    /** A new user with an identity of provider {@code admin-api} (created once), linked through the store. */
    private static String newLinkedUser() {
        if (server.gatehouse().stores().identityProviders().find("admin-api").isEmpty()) {
            TestHttp.Response p = call("POST", "/admin/v1/identity-providers", Map.of("id", "admin-api", "name", "A",
                    "type", "github", "client_id", "c"), admin);
            assertThat(p.status()).as(p.body()).isEqualTo(201);
        }
        String id = newUser();
        server.gatehouse().stores().identities().link(new LinkedIdentity("admin-api", "s-" + id, id, null, Instant.now(), null));
        return id;
    }

    private static String newUserWithEmail() {
        String name = unique("mailed");
        TestHttp.Response r = call("POST", "/admin/v1/users", Map.of("username", name, "email", name + "@example.com",
                "password", AdminFixture.PASSWORD), admin);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().path("id").asText();
    }

    /** A new user who allowed the client {@code notes-app} the scope openid. */
    private static String newUserWithConsent() {
        String id = newUser();
        server.gatehouse().services().consents().grant(id, "notes-app", List.of("openid"));
        return id;
    }

    private static String newRole() {
        String name = unique("role");
        TestHttp.Response r = call("POST", "/admin/v1/roles", Map.of("name", name, "permissions", List.of("notes:read")), admin);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return name;
    }

    private record Case(String method, Supplier<String> path, Supplier<Object> body, int success) {}

    /** One success case per admin route of this API; each builds what it needs so that order does not matter. */
    private static Map<String, Case> cases() {
        Map<String, Case> c = new LinkedHashMap<>();
        c.put("GET /admin/v1/users", new Case("GET", () -> "/admin/v1/users?query=ro", () -> null, 200));
        c.put("POST /admin/v1/users", new Case("POST", () -> "/admin/v1/users",
                () -> Map.of("username", unique("created"), "email", unique("c") + "@example.com"), 201));
        c.put("GET /admin/v1/users/{id}", new Case("GET", () -> "/admin/v1/users/" + adminId, () -> null, 200));
        c.put("PATCH /admin/v1/users/{id}", new Case("PATCH", () -> "/admin/v1/users/" + newUser(), () -> Map.of("name", "N"), 200));
        c.put("DELETE /admin/v1/users/{id}", new Case("DELETE", () -> "/admin/v1/users/" + newUser(), () -> null, 204));
        c.put("PUT /admin/v1/users/{id}/roles", new Case("PUT", () -> "/admin/v1/users/" + newUser() + "/roles",
                () -> Map.of("roles", List.of("user")), 200));
        c.put("GET /admin/v1/users/{id}/sessions", new Case("GET", () -> "/admin/v1/users/" + adminId + "/sessions", () -> null, 200));
        c.put("DELETE /admin/v1/users/{id}/sessions", new Case("DELETE", () -> "/admin/v1/users/" + newUser() + "/sessions", () -> null, 204));
        c.put("GET /admin/v1/users/{id}/identities", new Case("GET", () -> "/admin/v1/users/" + newLinkedUser() + "/identities",
                () -> null, 200));
        c.put("DELETE /admin/v1/users/{id}/identities/{provider}", new Case("DELETE",
                () -> "/admin/v1/users/" + newLinkedUser() + "/identities/admin-api", () -> null, 204));
        c.put("DELETE /admin/v1/users/{id}/mfa", new Case("DELETE", () -> "/admin/v1/users/" + newUser() + "/mfa", () -> null, 204));
        c.put("POST /admin/v1/users/{id}/verification-email", new Case("POST",
                () -> "/admin/v1/users/" + newUserWithEmail() + "/verification-email", () -> null, 202));
        c.put("POST /admin/v1/users/{id}/password-reset", new Case("POST",
                () -> "/admin/v1/users/" + newUserWithEmail() + "/password-reset", () -> null, 202));
        c.put("POST /admin/v1/users/{id}/verify-email", new Case("POST",
                () -> "/admin/v1/users/" + newUserWithEmail() + "/verify-email", () -> null, 204));
        c.put("DELETE /admin/v1/users/{id}/sessions/{session_id}", new Case("DELETE", () -> {
            String id = newUser();
            String name = call("GET", "/admin/v1/users/" + id, null, admin).json().path("username").asText();
            http.login(name, AdminFixture.PASSWORD);
            String session = call("GET", "/admin/v1/users/" + id + "/sessions", null, admin).json().path("items").get(0).path("id").asText();
            return "/admin/v1/users/" + id + "/sessions/" + session;
        }, () -> null, 204));
        c.put("GET /admin/v1/users/{id}/consents", new Case("GET", () -> "/admin/v1/users/" + newUserWithConsent() + "/consents",
                () -> null, 200));
        c.put("DELETE /admin/v1/users/{id}/consents/{client_id}", new Case("DELETE",
                () -> "/admin/v1/users/" + newUserWithConsent() + "/consents/notes-app", () -> null, 204));
        c.put("GET /admin/v1/roles", new Case("GET", () -> "/admin/v1/roles", () -> null, 200));
        c.put("POST /admin/v1/roles", new Case("POST", () -> "/admin/v1/roles",
                () -> Map.of("name", unique("r"), "permissions", List.of("notes:read")), 201));
        c.put("GET /admin/v1/roles/{name}", new Case("GET", () -> "/admin/v1/roles/admin", () -> null, 200));
        c.put("PATCH /admin/v1/roles/{name}", new Case("PATCH", () -> "/admin/v1/roles/" + newRole(),
                () -> Map.of("description", "d"), 200));
        c.put("DELETE /admin/v1/roles/{name}", new Case("DELETE", () -> "/admin/v1/roles/" + newRole(), () -> null, 204));
        c.put("GET /admin/v1/keys", new Case("GET", () -> "/admin/v1/keys", () -> null, 200));
        c.put("POST /admin/v1/keys/rotate", new Case("POST", () -> "/admin/v1/keys/rotate", () -> null, 201));
        c.put("GET /admin/v1/keys/{kid}", new Case("GET", () -> "/admin/v1/keys/" + anyKid(), () -> null, 200));
        c.put("GET /admin/v1/events", new Case("GET", () -> "/admin/v1/events?type=login", () -> null, 200));
        return c;
    }

    @Test
    void everyRouteAnswers401Then403ThenSuccessThen403ForARemovedAdmin() {
        Map<String, Case> cases = cases();
        Set<String> covered = new HashSet<>();
        for (Routes.AdminRoute route : server.gatehouse().web().routes().adminRoutes()) {
            String key = route.method().name() + " " + route.path();
            Case c = cases.get(key);
            if (c == null) {
                // Routes of other areas (clients, mail) carry their own success tests; this one owns these.
                assertThat(route.path()).as(key + " needs a case here").doesNotStartWith("/admin/v1/users")
                        .doesNotStartWith("/admin/v1/roles").doesNotStartWith("/admin/v1/keys").doesNotStartWith("/admin/v1/events");
                continue;
            }
            covered.add(key);
            String path = c.path().get();
            Object body = c.body().get();
            assertThat(call(c.method(), path, body, null).status()).as(key + " anonymous").isEqualTo(401);
            assertThat(call(c.method(), path, body, plain).status()).as(key + " plain user").isEqualTo(403);
            assertThat(call(c.method(), path, body, stale).status()).as(key + " admin removed after the token was issued").isEqualTo(403);
            TestHttp.Response ok = call(c.method(), path, body, admin);
            assertThat(ok.status()).as(key + " admin: " + ok.body()).isEqualTo(c.success());
        }
        assertThat(covered).containsExactlyInAnyOrderElementsOf(cases.keySet());
    }

    private static String anyKid() {
        return call("GET", "/admin/v1/keys", null, admin).json().path("items").get(0).path("kid").asText();
    }

    @Test
    void oneKeyByKidAndAnUnknownKidIs404() {
        JsonNode listed = call("GET", "/admin/v1/keys", null, admin).json().path("items").get(0);
        assertThat(call("GET", "/admin/v1/keys/" + listed.path("kid").asText(), null, admin).json()).isEqualTo(listed);
        TestHttp.Response unknown = call("GET", "/admin/v1/keys/no-such-kid", null, admin);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("not_found");
    }

    // Users

    @Test
    void createdUserHasExactlyTheGivenRolesAndNoPasswordEcho() {
        TestHttp.Response r = call("POST", "/admin/v1/users", Map.of("username", "carol", "email", "carol@example.com",
                "password", AdminFixture.PASSWORD, "email_verified", true, "name", "Carol", "roles", List.of("user", "Admin")), admin);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        JsonNode u = r.json();
        assertThat(u.path("email_verified").asBoolean()).isTrue();
        assertThat(u.path("disabled").asBoolean()).isFalse();
        assertThat(u.path("roles").toString()).isEqualTo("[\"admin\",\"user\"]");
        assertThat(r.body()).doesNotContain("password", AdminFixture.PASSWORD);
        JsonNode got = call("GET", "/admin/v1/users/" + u.path("id").asText(), null, admin).json();
        assertThat(got.path("roles").toString()).isEqualTo("[\"admin\",\"user\"]");
        assertThat(got.path("permissions").toString()).contains("admin:users:read");
        assertThat(http.login("carol", AdminFixture.PASSWORD).path("access_token").asText()).isNotEmpty();
    }

    @Test
    void createdUserWithoutPasswordCannotLogIn() {
        assertThat(call("POST", "/admin/v1/users", Map.of("username", "nopass"), admin).status()).isEqualTo(201);
        assertThat(http.post("/api/v1/login", Map.of("username", "nopass", "password", AdminFixture.PASSWORD)).status()).isEqualTo(401);
    }

    @Test
    void createUserRefusesBadInputWithClearCodes() {
        assertThat(call("POST", "/admin/v1/users", Map.of("username", "root"), admin).code()).isEqualTo("username_taken");
        assertThat(call("POST", "/admin/v1/users", Map.of("username", "weakling", "password", "password"), admin).code())
                .isEqualTo("weak_password");
        assertThat(call("POST", "/admin/v1/users", Map.of("username", "x1", "roles", List.of("nope")), admin).code())
                .isEqualTo("unknown_role");
        assertThat(call("POST", "/admin/v1/users", Map.of("username", "x2", "roles", "admin"), admin).status()).isEqualTo(400);
        assertThat(call("POST", "/admin/v1/users", "{\"username\":\"x3\",\"roles\":[null]}", admin).status()).isEqualTo(400);
        assertThat(call("POST", "/admin/v1/users", Map.of("username", "x4", "email_verified", "yes"), admin).status()).isEqualTo(400);
    }

    @Test
    void massAssignmentIsRefusedNotIgnored() {
        String id = newUser();
        for (String field : List.of("id", "disabled", "password_hash", "created_at", "permissions")) {
            TestHttp.Response r = call("POST", "/admin/v1/users", Map.of("username", unique("mass"), field, "x"), admin);
            assertThat(r.status()).as("POST users with " + field).isEqualTo(400);
        }
        for (String field : List.of("id", "username", "roles", "password", "password_hash", "created_at")) {
            TestHttp.Response r = call("PATCH", "/admin/v1/users/" + id, Map.of(field, "x"), admin);
            assertThat(r.status()).as("PATCH user " + field).isEqualTo(400);
            assertThat(r.code()).isEqualTo("unknown_field");
        }
        assertThat(call("PATCH", "/admin/v1/roles/admin", Map.of("name", "boss"), admin).code()).isEqualTo("unknown_field");
        assertThat(call("PATCH", "/admin/v1/roles/admin", Map.of("built_in", false), admin).code()).isEqualTo("unknown_field");
        assertThat(call("POST", "/admin/v1/roles", Map.of("name", unique("r"), "permissions", List.of(), "built_in", true), admin)
                .code()).isEqualTo("unknown_field");
    }

    @Test
    void disablingEndsEverySessionAtOnceAndBlocksLogin() {
        fx.user("dora");
        JsonNode tokens = http.login("dora", AdminFixture.PASSWORD);
        String id = call("GET", "/admin/v1/users?query=dora", null, admin).json().path("items").get(0).path("id").asText();
        assertThat(http.get("/api/v1/me", tokens.path("access_token").asText()).status()).isEqualTo(200);
        TestHttp.Response r = call("PATCH", "/admin/v1/users/" + id, Map.of("disabled", true), admin);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().path("disabled").asBoolean()).isTrue();
        assertThat(http.get("/api/v1/me", tokens.path("access_token").asText()).status()).isEqualTo(401);
        assertThat(http.post("/api/v1/refresh", Map.of("refresh_token", tokens.path("refresh_token").asText())).status()).isEqualTo(401);
        assertThat(http.post("/api/v1/login", Map.of("username", "dora", "password", AdminFixture.PASSWORD)).status()).isEqualTo(401);
        assertThat(call("GET", "/admin/v1/users/" + id + "/sessions", null, admin).json().path("items")).isEmpty();
        assertThat(call("PATCH", "/admin/v1/users/" + id, Map.of("disabled", false), admin).status()).isEqualTo(200);
        assertThat(http.login("dora", AdminFixture.PASSWORD).path("access_token").asText()).isNotEmpty();
    }

    @Test
    void patchSetsEmailVerifiedNameAndEmail() {
        String id = newUser();
        TestHttp.Response r = call("PATCH", "/admin/v1/users/" + id, Map.of("email", unique("e") + "@example.com",
                "email_verified", true, "name", "Eve"), admin);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().path("email_verified").asBoolean()).isTrue();
        assertThat(r.json().path("name").asText()).isEqualTo("Eve");
        assertThat(call("PATCH", "/admin/v1/users/" + id, "{\"name\":null}", admin).json().path("name").isNull()).isTrue();
        assertThat(call("PATCH", "/admin/v1/users/" + id, Map.of("disabled", "yes"), admin).status()).isEqualTo(400);
        assertThat(call("PATCH", "/admin/v1/users/" + id, "{\"email\":null}", admin).status()).isEqualTo(400);
        assertThat(call("PATCH", "/admin/v1/users/" + id, "[]", admin).status()).isEqualTo(400);
        assertThat(call("PATCH", "/admin/v1/users/nobody", Map.of("name", "x"), admin).status()).isEqualTo(404);
    }

    @Test
    void deleteRemovesTheUserAndItsSessions() {
        fx.user("gone");
        JsonNode tokens = http.login("gone", AdminFixture.PASSWORD);
        String id = call("GET", "/admin/v1/users?query=gone", null, admin).json().path("items").get(0).path("id").asText();
        assertThat(call("DELETE", "/admin/v1/users/" + id, null, admin).status()).isEqualTo(204);
        assertThat(call("GET", "/admin/v1/users/" + id, null, admin).status()).isEqualTo(404);
        assertThat(call("DELETE", "/admin/v1/users/" + id, null, admin).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/me", tokens.path("access_token").asText()).status()).isEqualTo(401);
        assertThat(http.post("/api/v1/refresh", Map.of("refresh_token", tokens.path("refresh_token").asText())).status()).isEqualTo(401);
        int sessions = server.gatehouse().stores().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM sessions WHERE user_id = :u")
                .bind("u", id).mapTo(Integer.class).one());
        assertThat(sessions).isZero();
    }

    @Test
    void sessionsArePagedWithASignedCursorBoundToTheUser() {
        fx.user("pia");
        for (int i = 0; i < 5; i++) http.login("pia", AdminFixture.PASSWORD);
        String id = call("GET", "/admin/v1/users?query=pia", null, admin).json().path("items").get(0).path("id").asText();
        java.util.List<String> seen = new java.util.ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = call("GET", "/admin/v1/users/" + id + "/sessions?limit=2" + (cursor == null ? "" : "&cursor=" + cursor),
                    null, admin).json();
            page.path("items").forEach(s -> seen.add(s.path("id").asText()));
            cursor = page.path("next_cursor").isNull() ? null : page.path("next_cursor").asText();
            pages++;
        } while (cursor != null && pages < 10);
        assertThat(pages).isEqualTo(3);
        assertThat(seen).hasSize(5).doesNotHaveDuplicates();

        String second = call("GET", "/admin/v1/users/" + id + "/sessions?limit=2", null, admin).json().path("next_cursor").asText();
        assertThat(call("GET", "/admin/v1/users/" + adminId + "/sessions?cursor=" + second, null, admin).status())
                .as("a cursor is bound to its user").isEqualTo(400);
        assertThat(call("GET", "/admin/v1/users/" + id + "/sessions?cursor=" + second.substring(1), null, admin).status()).isEqualTo(400);
        assertThat(call("GET", "/admin/v1/users/" + id + "/sessions?limit=0", null, admin).status()).isEqualTo(400);
    }

    @Test
    void sessionsAreListedAndRevokedTogether() {
        fx.user("sam");
        JsonNode one = http.login("sam", AdminFixture.PASSWORD);
        http.login("sam", AdminFixture.PASSWORD);
        dev.gatehouse.testing.Browser browser = new dev.gatehouse.testing.Browser(http.baseUrl());
        assertThat(browser.submit("/login", "/login", java.util.Map.of("username", "sam", "password", AdminFixture.PASSWORD)).status())
                .isEqualTo(303);
        assertThat(browser.get("/signed-in").status()).isEqualTo(200);
        String id = call("GET", "/admin/v1/users?query=sam", null, admin).json().path("items").get(0).path("id").asText();
        JsonNode list = call("GET", "/admin/v1/users/" + id + "/sessions", null, admin).json();
        assertThat(list.path("items")).hasSize(2);
        assertThat(list.path("items").get(0).path("client_id").asText()).isEqualTo("gatehouse");
        assertThat(list.toString()).doesNotContain("refresh");
        assertThat(call("DELETE", "/admin/v1/users/" + id + "/sessions", null, admin).status()).isEqualTo(204);
        assertThat(call("GET", "/admin/v1/users/" + id + "/sessions", null, admin).json().path("items")).isEmpty();
        assertThat(http.get("/api/v1/me", one.path("access_token").asText()).status()).isEqualTo(401);
        // The browser's sign-in at the hosted pages ends as well: back to the login page.
        assertThat(browser.get("/signed-in").status()).isEqualTo(303);
        assertThat(call("GET", "/admin/v1/users/nobody/sessions", null, admin).status()).isEqualTo(404);
    }

    @Test
    void putRolesReplacesTheRolesAndTheNextRequestSeesIt() {
        fx.user("promoted");
        String id = call("GET", "/admin/v1/users?query=promoted", null, admin).json().path("items").get(0).path("id").asText();
        TestHttp.Response r = call("PUT", "/admin/v1/users/" + id + "/roles", Map.of("roles", List.of("user", "admin")), admin);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().path("roles").toString()).isEqualTo("[\"admin\",\"user\"]");
        String token = fx.token("promoted");
        assertThat(call("GET", "/admin/v1/keys", null, token).status()).isEqualTo(200);
        assertThat(call("PUT", "/admin/v1/users/" + id + "/roles", Map.of("roles", List.of("user")), admin).status()).isEqualTo(200);
        assertThat(call("GET", "/admin/v1/keys", null, token).status()).as("demoted: the same token is refused").isEqualTo(403);
        assertThat(call("PUT", "/admin/v1/users/" + id + "/roles", Map.of("roles", List.of("ghost")), admin).code()).isEqualTo("unknown_role");
        assertThat(call("PUT", "/admin/v1/users/" + id + "/roles", Map.of(), admin).status()).isEqualTo(400);
        assertThat(call("PUT", "/admin/v1/users/nobody/roles", Map.of("roles", List.of("user")), admin).status()).isEqualTo(404);
    }

    // Roles

    @Test
    void rolesAreCreatedReadChangedAndDeleted() {
        TestHttp.Response created = call("POST", "/admin/v1/roles", Map.of("name", "Editor", "description", "edits notes",
                "permissions", List.of("notes:write", "notes:read")), admin);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().path("permissions").toString()).isEqualTo("[\"notes:read\",\"notes:write\"]");
        assertThat(created.json().path("built_in").asBoolean()).isFalse();
        assertThat(call("GET", "/admin/v1/roles/editor", null, admin).json().path("name").asText()).isEqualTo("Editor");
        assertThat(call("GET", "/admin/v1/roles", null, admin).json().path("items").findValuesAsText("name")).contains("Editor", "admin", "user");

        String id = newUser();
        assertThat(call("PUT", "/admin/v1/users/" + id + "/roles", Map.of("roles", List.of("user", "EDITOR")), admin).json()
                .path("permissions").toString()).contains("notes:write");
        TestHttp.Response patched = call("PATCH", "/admin/v1/roles/Editor", Map.of("permissions", List.of("notes:read")), admin);
        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        assertThat(patched.json().path("description").asText()).isEqualTo("edits notes");
        assertThat(call("GET", "/admin/v1/users/" + id, null, admin).json().path("permissions").toString()).doesNotContain("notes:write");

        assertThat(call("DELETE", "/admin/v1/roles/EDITOR", null, admin).status()).isEqualTo(204);
        assertThat(call("GET", "/admin/v1/roles/Editor", null, admin).status()).isEqualTo(404);
        assertThat(call("GET", "/admin/v1/users/" + id, null, admin).json().path("roles").toString()).isEqualTo("[\"user\"]");
    }

    @Test
    void roleNamesDifferingOnlyInCaseConflict() {
        assertThat(call("POST", "/admin/v1/roles", Map.of("name", "auditor", "permissions", List.of("logs:read")), admin).status())
                .isEqualTo(201);
        TestHttp.Response dup = call("POST", "/admin/v1/roles", Map.of("name", "AUDITOR", "permissions", List.of("logs:read")), admin);
        assertThat(dup.status()).isEqualTo(409);
        assertThat(dup.code()).isEqualTo("role_exists");
        assertThat(call("POST", "/admin/v1/roles", Map.of("name", "Admin", "permissions", List.of()), admin).code()).isEqualTo("role_exists");
    }

    @Test
    void malformedPermissionsAndNamesAre400() {
        for (String bad : List.of("notes", "Notes:read", "notes:", ":read", "notes:read ", "notes read", "notes:*", "*", "",
                "notes::read", "nötes:read", "notes:read:x:y:z", "a".repeat(200) + ":read", "notes:read\n")) {
            TestHttp.Response r = call("POST", "/admin/v1/roles", Map.of("name", unique("p"), "permissions", List.of(bad)), admin);
            assertThat(r.status()).as(bad).isEqualTo(400);
            assertThat(r.code()).as(bad).isEqualTo("invalid_permission");
        }
        assertThat(call("POST", "/admin/v1/roles", "{\"name\":\"q1\",\"permissions\":[1]}", admin).status()).isEqualTo(400);
        assertThat(call("POST", "/admin/v1/roles", "{\"name\":\"q2\",\"permissions\":[null]}", admin).code()).isEqualTo("invalid_permission");
        assertThat(call("POST", "/admin/v1/roles", Map.of("name", "q3"), admin).status()).isEqualTo(400);
        for (String name : List.of("", "1role", "ro le", "röle", "r/x", "a".repeat(65), "..", "x%2f")) {
            assertThat(call("POST", "/admin/v1/roles", Map.of("name", name, "permissions", List.of()), admin).status()).as(name).isEqualTo(400);
        }
        assertThat(call("PATCH", "/admin/v1/roles/user", Map.of("permissions", List.of("BAD")), admin).code()).isEqualTo("invalid_permission");
        assertThat(call("PATCH", "/admin/v1/roles/user", Map.of("permissions", "notes:read"), admin).status()).isEqualTo(400);
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 101; i++) many.add("p" + i + ":read");
        assertThat(call("POST", "/admin/v1/roles", Map.of("name", unique("m"), "permissions", many), admin).status()).isEqualTo(400);
    }

    @Test
    void builtInRolesStayAndAdminKeepsItsPermissions() {
        assertThat(call("DELETE", "/admin/v1/roles/admin", null, admin).code()).isEqualTo("built_in_role");
        assertThat(call("DELETE", "/admin/v1/roles/USER", null, admin).code()).isEqualTo("built_in_role");
        TestHttp.Response shrink = call("PATCH", "/admin/v1/roles/admin", Map.of("permissions", List.of("admin:users:read")), admin);
        assertThat(shrink.status()).isEqualTo(409);
        assertThat(shrink.code()).isEqualTo("admin_role_protected");
        List<String> all = new ArrayList<>();
        call("GET", "/admin/v1/roles/admin", null, admin).json().path("permissions").forEach(p -> all.add(p.asText()));
        all.add("reports:read");
        assertThat(call("PATCH", "/admin/v1/roles/admin", Map.of("permissions", all), admin).status()).as("adding is fine").isEqualTo(200);
        assertThat(call("PATCH", "/admin/v1/roles/admin", Map.of("description", "ops"), admin).status()).isEqualTo(200);
        assertThat(call("GET", "/admin/v1/roles/nosuch", null, admin).status()).isEqualTo(404);
        assertThat(call("GET", "/admin/v1/roles/%2e%2e", null, admin).status()).isIn(400, 404);
        assertThat(call("DELETE", "/admin/v1/roles/nosuch", null, admin).status()).isEqualTo(404);
    }

    // Keys

    @Test
    void rotateRotatesEveryActiveAlgorithmAndAnswersTheAccessTokenKey() {
        server.gatehouse().services().keys().ensureActiveKey("ES256"); // as a client registered with ES256 ID tokens does
        List<String> activeBefore = keys(true, "kid");

        TestHttp.Response r = call("POST", "/admin/v1/keys/rotate", null, admin);

        assertThat(r.status()).isEqualTo(201);
        assertThat(r.json().path("alg").asText()).isEqualTo("RS256");
        assertThat(r.json().path("status").asText()).isEqualTo("active");
        assertThat(keys(true, "alg")).containsExactlyInAnyOrder("RS256", "ES256");
        assertThat(keys(true, "kid")).doesNotContainAnyElementsOf(activeBefore).contains(r.json().path("kid").asText());
        assertThat(keys(false, "kid")).as("the old keys stay published").containsAll(activeBefore);
    }

    /** One member of each listed key, of the active ones only or of all. */
    private List<String> keys(boolean activeOnly, String member) {
        List<String> out = new ArrayList<>();
        call("GET", "/admin/v1/keys", null, admin).json().path("items").forEach(k -> {
            if (!activeOnly || k.path("status").asText().equals("active")) out.add(k.path(member).asText());
        });
        return out;
    }

    // Paging and events

    @Test
    void cursorsAreTamperProofAndLimitsCapped() {
        for (int i = 0; i < 3; i++) fx.user("pager" + i);
        JsonNode first = call("GET", "/admin/v1/users?query=pager&limit=2", null, admin).json();
        assertThat(first.path("items")).hasSize(2);
        String cursor = first.path("next_cursor").asText();
        JsonNode second = call("GET", "/admin/v1/users?query=pager&limit=2&cursor=" + cursor, null, admin).json();
        assertThat(second.path("items")).hasSize(1);
        assertThat(second.path("items").get(0).path("username").asText()).isEqualTo("pager2");
        assertThat(second.path("next_cursor").isNull()).isTrue();

        char flipped = cursor.charAt(0) == 'A' ? 'B' : 'A';
        for (String bad : List.of(flipped + cursor.substring(1), cursor + "x", "garbage", ".", cursor.replace(".", ""), "%00",
                "a".repeat(5000))) {
            TestHttp.Response r = call("GET", "/admin/v1/users?query=pager&limit=2&cursor=" + bad, null, admin);
            assertThat(r.status()).as(bad).isEqualTo(400);
            assertThat(r.code()).as(bad).isIn("invalid_cursor", "uri_too_long");
        }
        assertThat(call("GET", "/admin/v1/users?query=pag&cursor=" + cursor, null, admin).code()).as("another query").isEqualTo("invalid_cursor");
        assertThat(call("GET", "/admin/v1/events?cursor=" + cursor, null, admin).code()).as("another list").isEqualTo("invalid_cursor");

        assertThat(call("GET", "/admin/v1/users?limit=100000", null, admin).status()).isEqualTo(200);
        assertThat(call("GET", "/admin/v1/users?limit=99999999999999999999", null, admin).status()).isEqualTo(200);
        for (String bad : List.of("0", "-1", "abc", "1.5", "%20")) {
            assertThat(call("GET", "/admin/v1/users?limit=" + bad, null, admin).status()).as(bad).isEqualTo(400);
        }
        assertThat(call("GET", "/admin/v1/users?query=" + "a".repeat(400), null, admin).status()).isEqualTo(400);
        assertThat(call("GET", "/admin/v1/users?query=%F0%9F%98%80", null, admin).status()).isEqualTo(200);
        assertThat(call("GET", "/admin/v1/users?query=ROOT", null, admin).json().path("items").get(0).path("username").asText())
                .isEqualTo("root");
    }

    @Test
    void emailQueriesSearchByEmailPrefix() {
        call("POST", "/admin/v1/users", Map.of("username", "wendy", "email", "Wendy.W@Example.org"), admin);
        JsonNode r = call("GET", "/admin/v1/users?query=wendy.w@ex", null, admin).json();
        assertThat(r.path("items")).hasSize(1);
        assertThat(r.path("items").get(0).path("username").asText()).isEqualTo("wendy");
    }

    @Test
    void adminActionsAreAuditedWithActorTargetAndNoSecrets() {
        TestHttp.Response created = call("POST", "/admin/v1/users", Map.of("username", "audited", "password", AdminFixture.PASSWORD), admin);
        String id = created.json().path("id").asText();
        call("PATCH", "/admin/v1/users/" + id, Map.of("disabled", true), admin);
        call("DELETE", "/admin/v1/roles/admin", null, admin);
        server.gatehouse().services().audit().flush();
        JsonNode events = call("GET", "/admin/v1/events?user_id=" + id, null, admin).json().path("items");
        assertThat(events.findValuesAsText("type")).contains("admin_user_create", "admin_user_update");
        JsonNode update = events.get(0);
        assertThat(update.path("type").asText()).as("newest first").isEqualTo("admin_user_update");
        assertThat(update.path("actor").asText()).isEqualTo(adminId);
        assertThat(update.path("ip").asText()).isEqualTo("127.0.0.1");
        assertThat(update.path("outcome").asText()).isEqualTo("success");
        JsonNode refused = call("GET", "/admin/v1/events?type=admin_role_delete", null, admin).json().path("items").get(0);
        assertThat(refused.path("outcome").asText()).isEqualTo("failure");
        assertThat(refused.path("detail").asText()).isEqualTo("built_in_role");
        String all = call("GET", "/admin/v1/events?limit=200", null, admin).body();
        assertThat(all).doesNotContain(AdminFixture.PASSWORD).doesNotContain(admin);
    }

    @Test
    void eventFiltersAndPagingNewestFirst() {
        server.gatehouse().services().audit().flush();
        JsonNode page1 = call("GET", "/admin/v1/events?type=login&limit=2", null, admin).json();
        assertThat(page1.path("items")).hasSize(2);
        assertThat(page1.path("items").findValuesAsText("type")).containsOnly("login");
        JsonNode page2 = call("GET", "/admin/v1/events?type=login&limit=2&cursor=" + page1.path("next_cursor").asText(), null, admin).json();
        assertThat(page2.path("items").get(0).path("created_at").asText())
                .isLessThanOrEqualTo(page1.path("items").get(1).path("created_at").asText());
        assertThat(page2.path("items").get(0).path("id").asText()).isNotEqualTo(page1.path("items").get(1).path("id").asText());
        assertThat(call("GET", "/admin/v1/events?type=login&limit=2&cursor=" + page1.path("next_cursor").asText() + "&user_id=x", null, admin)
                .code()).isEqualTo("invalid_cursor");
        assertThat(call("GET", "/admin/v1/events?from=2999-01-01T00:00:00Z", null, admin).json().path("items")).isEmpty();
        assertThat(call("GET", "/admin/v1/events?to=0", null, admin).json().path("items")).isEmpty();
        assertThat(call("GET", "/admin/v1/events?from=yesterday", null, admin).status()).isEqualTo(400);
        assertThat(call("GET", "/admin/v1/events?type=%00", null, admin).status()).isEqualTo(400);
    }

    @Test
    void grantingRolesAtCreationNeedsTheRoleGrantingPermission() {
        // A role that may manage users but not grant roles cannot mint an admin through POST /users.
        call("POST", "/admin/v1/roles", Map.of("name", "helpdesk", "permissions", List.of("admin:users:write", "admin:users:read")), admin);
        fx.user("helper");
        String id = call("GET", "/admin/v1/users?query=helper", null, admin).json().path("items").get(0).path("id").asText();
        call("PUT", "/admin/v1/users/" + id + "/roles", Map.of("roles", List.of("user", "helpdesk")), admin);
        String token = fx.token("helper");
        assertThat(call("POST", "/admin/v1/users", Map.of("username", unique("helped")), token).status()).isEqualTo(201);
        assertThat(call("POST", "/admin/v1/users", Map.of("username", unique("helped"), "roles", List.of("admin")), token).status()).isEqualTo(403);
        assertThat(call("PUT", "/admin/v1/users/" + id + "/roles", Map.of("roles", List.of("admin")), token).status()).isEqualTo(403);
    }

    @Test
    void grantingEvenARoleTheCallerHoldsAtCreationNeedsTheRoleGrantingPermission() {
        // The caller holds every permission of the role it grants, so only the route's second check
        // (admin:roles:write, as PUT /users/{id}/roles demands) stands between it and a new user with that role.
        String role = unique("desk");
        call("POST", "/admin/v1/roles", Map.of("name", role, "permissions", List.of("admin:users:write", "admin:users:read")), admin);
        String helper = unique("deskhelper");
        fx.user(helper);
        String id = call("GET", "/admin/v1/users?query=" + helper, null, admin).json().path("items").get(0).path("id").asText();
        call("PUT", "/admin/v1/users/" + id + "/roles", Map.of("roles", List.of("user", role)), admin);
        String token = fx.token(helper);
        TestHttp.Response r = call("POST", "/admin/v1/users", Map.of("username", unique("deskmade"), "roles", List.of(role)), token);
        assertThat(r.status()).as(r.body()).isEqualTo(403);
        assertThat(r.code()).isEqualTo("forbidden");
        assertThat(call("POST", "/admin/v1/users", Map.of("username", unique("deskmade"), "roles", List.of("user")), token).status())
                .isEqualTo(201);
    }
}
