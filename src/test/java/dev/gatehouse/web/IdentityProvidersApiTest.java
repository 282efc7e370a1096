package dev.gatehouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatehouse.account.User;
import dev.gatehouse.federation.LinkedIdentity;
import dev.gatehouse.testing.Concurrently;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * /admin/v1/identity-providers and the admin view of a user's identities (API.md §6) over HTTP: who
 * may call them, every type with its defaults, a secret that never comes back, and bodies that are
 * malformed, huge or hostile (400 or 413, never 500).
 */
class IdentityProvidersApiTest {
    private static final String BASE = "/admin/v1/identity-providers";
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private static TestServer server;
    private static TestHttp http;
    private static AdminFixture fx;
    private static String adminToken;
    private static String userToken;
    private static String readerToken;
    private static String userWriterToken;

    @BeforeAll
    static void start() {
        server = TestServer.builder().set("idp.envcorp.client.secret", "secret-from-the-environment").start();
        http = server.http();
        fx = new AdminFixture(server);
        fx.admin("idpadmin");
        fx.user("idpplain");
        adminToken = fx.token("idpadmin");
        userToken = fx.token("idpplain");
        readerToken = tokenWithRole("idpreader", "idp-reader", List.of("admin:identity-providers:read"));
        userWriterToken = tokenWithRole("idpuserwriter", "user-writer", List.of("admin:users:read", "admin:users:write"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String tokenWithRole(String username, String role, List<String> permissions) {
        User u = fx.user(username);
        assertThat(http.post("/admin/v1/roles", Map.of("name", role, "permissions", permissions), adminToken).status()).isEqualTo(201);
        assertThat(http.send("PUT", "/admin/v1/users/" + u.id() + "/roles", TestHttp.json(Map.of("roles", List.of("user", role))),
                "application/json", adminToken).status()).isEqualTo(200);
        return fx.token(username);
    }

    private static String newId() {
        return "p" + COUNTER.incrementAndGet() + "-" + Long.toString(System.nanoTime() % 100000, 36);
    }

    private static TestHttp.Response create(Map<String, Object> body) {
        return http.post(BASE, body, adminToken);
    }

    private static TestHttp.Response patch(String id, Object body, String token) {
        return http.send("PATCH", BASE + "/" + id, TestHttp.json(body), "application/json", token);
    }

    private static TestHttp.Response delete(String path, String token) {
        return http.send("DELETE", path, (String) null, null, token);
    }

    private static Map<String, Object> body(String id, String type, Object... more) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("type", type);
        m.put("client_id", "client-" + id);
        for (int i = 0; i < more.length; i += 2) m.put((String) more[i], more[i + 1]);
        return m;
    }

    private static String applePem() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp256r1"));
        return "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(g.generateKeyPair().getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
    }

    @Test
    void withoutATokenEveryRouteIs401() {
        assertThat(http.get(BASE).status()).isEqualTo(401);
        assertThat(http.post(BASE, body("x", "github")).status()).isEqualTo(401);
        assertThat(http.get(BASE + "/x").status()).isEqualTo(401);
        assertThat(http.send("PATCH", BASE + "/x", "{}", "application/json", null).status()).isEqualTo(401);
        assertThat(delete(BASE + "/x", null).status()).isEqualTo(401);
    }

    @Test
    void aUserWithoutThePermissionGets403AndTheReaderCannotWrite() {
        String id = newId();
        assertThat(create(body(id, "github")).status()).isEqualTo(201);
        for (String token : List.of(userToken, userWriterToken)) {
            assertThat(http.get(BASE, token).code()).isEqualTo("forbidden");
            assertThat(http.get(BASE + "/" + id, token).status()).isEqualTo(403);
            assertThat(http.post(BASE, body(newId(), "github"), token).status()).isEqualTo(403);
            assertThat(patch(id, Map.of("name", "Owned"), token).status()).isEqualTo(403);
            assertThat(delete(BASE + "/" + id, token).status()).isEqualTo(403);
        }
        assertThat(http.get(BASE, readerToken).status()).isEqualTo(200);
        assertThat(http.get(BASE + "/" + id, readerToken).status()).isEqualTo(200);
        assertThat(http.post(BASE, body(newId(), "github"), readerToken).status()).isEqualTo(403);
        assertThat(patch(id, Map.of("name", "Owned"), readerToken).status()).isEqualTo(403);
        assertThat(delete(BASE + "/" + id, readerToken).status()).isEqualTo(403);
        assertThat(http.get(BASE + "/" + id, adminToken).json().path("name").asText()).isEqualTo("GitHub");
    }

    @Test
    void everyTypeIsCreatedWithItsDefaultsInTheAnswer() throws Exception {
        Map<String, Map<String, Object>> bodies = new LinkedHashMap<>();
        bodies.put("oidc", body(newId(), "oidc", "issuer", "https://93.184.216.34/realms/corp"));
        bodies.put("google", body(newId(), "google", "client_secret", "g-secret"));
        bodies.put("microsoft", body(newId(), "microsoft", "client_secret", "m-secret"));
        bodies.put("apple", body(newId(), "apple", "team_id", "TEAM123456", "key_id", "KEY1234567", "client_secret", applePem()));
        bodies.put("facebook", body(newId(), "facebook", "client_secret", "f-secret"));
        bodies.put("github", body(newId(), "github", "client_secret", "gh-secret"));
        bodies.put("gitlab", body(newId(), "gitlab", "client_secret", "gl-secret"));
        for (var e : bodies.entrySet()) {
            TestHttp.Response r = create(e.getValue());
            assertThat(r.status()).as(e.getKey() + ": " + r.body()).isEqualTo(201);
            assertThat(r.header("Cache-Control")).isEqualTo("no-store");
            JsonNode p = r.json();
            String type = e.getKey();
            assertThat(p.path("type").asText()).isEqualTo(type);
            assertThat(p.path("enabled").asBoolean()).isTrue();
            assertThat(p.path("create_users").asBoolean()).isTrue();
            assertThat(p.path("link_policy").asText()).isEqualTo("confirm");
            assertThat(p.path("trust_email").asBoolean()).as(type).isEqualTo(List.of("google", "microsoft", "apple").contains(type));
            assertThat(p.path("has_client_secret").asBoolean()).as(type).isEqualTo(!type.equals("oidc"));
            assertThat(p.has("client_secret")).isFalse();
            assertThat(r.body()).doesNotContain("\"client_secret\"", "BEGIN PRIVATE KEY").doesNotContain((String) e.getValue().getOrDefault("client_secret", "none"));
            for (String field : List.of("id", "name", "issuer", "client_id", "scopes", "audiences", "tenant", "team_id", "key_id",
                    "endpoints", "redirect_uri", "created_at", "updated_at")) {
                assertThat(p.has(field)).as(type + " " + field).isTrue();
            }
            assertThat(p.path("redirect_uri").asText()).isEqualTo("http://localhost:8080/login/idp/" + p.path("id").asText() + "/callback");
            List<String> scopes = new java.util.ArrayList<>();
            p.path("scopes").forEach(s -> scopes.add(s.asText()));
            switch (type) {
                case "github" -> assertThat(scopes).containsExactly("read:user", "user:email");
                case "facebook" -> assertThat(scopes).containsExactly("email", "public_profile");
                case "apple" -> assertThat(scopes).containsExactly("openid", "email", "name");
                default -> assertThat(scopes).containsExactly("openid", "email", "profile");
            }
            assertThat(p.path("tenant").isNull()).isEqualTo(!type.equals("microsoft"));
            if (type.equals("microsoft")) assertThat(p.path("tenant").asText()).isEqualTo("common");
        }
        TestHttp.Response list = http.get(BASE, adminToken);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().has("next_cursor")).isTrue();
        assertThat(list.body()).doesNotContain("g-secret", "gh-secret", "BEGIN PRIVATE KEY");
        // Nor in the audit log.
        server.gatehouse().services().audit().flush();
        assertThat(http.get("/admin/v1/events?type=identity_provider_create&limit=100", adminToken).body())
                .contains("identity_provider_create").doesNotContain("g-secret", "gh-secret");
    }

    @Test
    void aSecretFromTheEnvironmentCountsAndIsNeverShown() {
        JsonNode p = create(body("envcorp", "oidc", "issuer", "https://93.184.216.34")).json();
        assertThat(p.path("has_client_secret").asBoolean()).isTrue();
        assertThat(p.path("client_secret_source").asText()).isEqualTo("configuration");
        assertThat(http.get(BASE + "/envcorp", adminToken).body()).doesNotContain("secret-from-the-environment");
    }

    @Test
    void invalidFieldsAre400WithEveryProblem() {
        TestHttp.Response r = create(body("Bad_Id", "oidc", "link_policy", "sometimes"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.code()).isEqualTo("invalid_request");
        assertThat(r.body()).contains("\"id\"", "link_policy");
        TestHttp.Response oidc = create(body(newId(), "oidc"));
        assertThat(oidc.status()).isEqualTo(400);
        assertThat(oidc.json().path("errors").toString()).contains("issuer", "required");
        TestHttp.Response ssrf = create(body(newId(), "oidc", "issuer", "https://169.254.169.254/latest"));
        assertThat(ssrf.json().path("errors").toString()).contains("forbidden_address");
        TestHttp.Response http1 = create(body(newId(), "oidc", "issuer", "http://93.184.216.34"));
        assertThat(http1.json().path("errors").toString()).contains("https_required");
        TestHttp.Response apple = create(body(newId(), "apple", "team_id", "T", "key_id", "K", "client_secret", "nope"));
        assertThat(apple.json().path("errors").toString()).contains("invalid_private_key");
        TestHttp.Response endpoints = create(body(newId(), "github", "endpoints", Map.of("evil_endpoint", "https://93.184.216.34")));
        assertThat(endpoints.json().path("errors").toString()).contains("endpoints.evil_endpoint");
    }

    @Test
    void malformedHugeAndHostileBodiesAreNeverAServerError() {
        List<String> bodies = List.of("", "{", "[]", "null", "42", "\"x\"", "{\"id\":1,\"type\":\"github\",\"client_id\":\"c\"}",
                "{\"id\":\"x\",\"type\":[\"github\"],\"client_id\":\"c\"}", "{\"id\":\"x\",\"type\":\"github\",\"client_id\":\"c\",\"unknown\":1}",
                "{\"id\":\"x\",\"type\":\"github\",\"client_id\":\"c\",\"scopes\":\"openid\"}",
                "{\"id\":\"x\",\"type\":\"github\",\"client_id\":\"c\",\"scopes\":[null]}",
                "{\"id\":\"x\",\"type\":\"github\",\"client_id\":\"c\",\"endpoints\":{\"jwks_uri\":null}}",
                "{\"id\":\"x\",\"type\":\"github\",\"client_id\":\"c\",\"endpoints\":{\"jwks_uri\":42}}",
                "{\"id\":\"x\",\"type\":\"github\",\"client_id\":\"c\",\"endpoints\":[]}",
                "{\"id\":\"x\",\"type\":\"github\",\"client_id\":\"c\",\"enabled\":\"yes\"}",
                "{\"id\":\"x\",\"id\":\"y\",\"type\":\"github\",\"client_id\":\"c\"}",
                "{\"id\":\"\\u0000\",\"type\":\"github\",\"client_id\":\"c\"}",
                "{\"id\":\"x\",\"type\":\"github\",\"client_id\":\"\\u202e\\u0000\"}",
                "{\"id\":\"x\",\"type\":\"github\",\"client_id\":\"c\",\"name\":\"" + "n".repeat(5000) + "\"}",
                "{\"id\":\"x\",\"type\":\"github\",\"client_id\":\"c\",\"client_secret\":\"" + "s".repeat(20000) + "\"}");
        for (String b : bodies) {
            TestHttp.Response r = http.send("POST", BASE, b, "application/json", adminToken);
            assertThat(r.status()).as(b.length() > 80 ? b.substring(0, 80) : b).isEqualTo(400);
            TestHttp.Response p = http.send("PATCH", BASE + "/x", b, "application/json", adminToken);
            assertThat(p.status()).as(b.length() > 80 ? b.substring(0, 80) : b).isIn(400, 404);
        }
        assertThat(http.send("POST", BASE, "{\"id\":\"x\",\"name\":\"" + "n".repeat(200_000) + "\"}", "application/json", adminToken)
                .status()).isEqualTo(413);
        assertThat(http.send("POST", BASE, "id=x", "application/x-www-form-urlencoded", adminToken).status()).isEqualTo(415);
    }

    @Test
    void unknownOrHostileIdsAre404() {
        for (String id : List.of("nope", "..%2F..%2Fadmin", "%00", "NOPE", "x".repeat(300), "%E2%80%AE")) {
            // Jetty refuses some encodings (an encoded slash or NUL) before any route: 400, never 500.
            assertThat(http.get(BASE + "/" + id, adminToken).status()).as(id).isIn(400, 404);
            assertThat(patch(id, Map.of("name", "x"), adminToken).status()).as(id).isIn(400, 404);
            assertThat(delete(BASE + "/" + id, adminToken).status()).as(id).isIn(400, 404);
        }
    }

    @Test
    void duplicateIdIs409EvenWhenCreatesRace() throws Exception {
        String id = newId();
        List<Integer> statuses = Concurrently.run(6, () -> create(body(id, "gitlab")).status());
        assertThat(statuses).containsOnlyOnce(201).containsOnly(201, 409);
        TestHttp.Response again = create(body(id, "github"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("provider_id_taken");
    }

    @Test
    void patchChangesFieldsKeepsTheSecretAndRefusesATypeChange() {
        String id = newId();
        create(body(id, "gitlab", "client_secret", "first-secret"));
        TestHttp.Response r = patch(id, Map.of("name", "Work GitLab", "enabled", false, "link_policy", "never"), adminToken);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().path("name").asText()).isEqualTo("Work GitLab");
        assertThat(r.json().path("enabled").asBoolean()).isFalse();
        assertThat(r.json().path("link_policy").asText()).isEqualTo("never");
        assertThat(r.json().path("has_client_secret").asBoolean()).isTrue();
        assertThat(server.gatehouse().services().federation().providers().get(id).settings().clientSecret().value())
                .isEqualTo("first-secret");
        assertThat(patch(id, Map.of("client_secret", "second-secret"), adminToken).body()).doesNotContain("second-secret");
        assertThat(server.gatehouse().services().federation().providers().get(id).settings().clientSecret().value())
                .isEqualTo("second-secret");
        assertThat(patch(id, Map.of("client_secret", ""), adminToken).json().path("has_client_secret").asBoolean()).isFalse();
        TestHttp.Response type = patch(id, Map.of("type", "github"), adminToken);
        assertThat(type.status()).isEqualTo(400);
        assertThat(type.body()).contains("immutable");
    }

    @Test
    void deleteIs204ThenNotFoundAndRacingDeletesSucceedOnce() throws Exception {
        String id = newId();
        create(body(id, "github"));
        List<Integer> statuses = Concurrently.run(4, () -> delete(BASE + "/" + id, adminToken).status());
        assertThat(statuses).containsOnlyOnce(204).containsOnly(204, 404);
        assertThat(http.get(BASE + "/" + id, adminToken).status()).isEqualTo(404);
        server.gatehouse().services().audit().flush();
        assertThat(http.get("/admin/v1/events?type=identity_provider_delete&limit=100", adminToken).body()).contains(id);
    }

    @Test
    void deletingAProviderUnlinksItsIdentities() {
        String id = newId();
        create(body(id, "github"));
        User u = fx.user("unlinked" + id.replace("-", ""));
        server.gatehouse().stores().identities().link(new LinkedIdentity(id, "42", u.id(), null, Instant.now(), null));
        assertThat(delete(BASE + "/" + id, adminToken).status()).isEqualTo(204);
        assertThat(server.gatehouse().stores().identities().forUser(u.id())).isEmpty();
    }

    @Test
    void adminListsAndUnlinksAUsersIdentities() {
        String id = newId();
        create(body(id, "github"));
        User u = fx.user("linked" + id.replace("-", ""));
        server.gatehouse().stores().identities().link(new LinkedIdentity(id, "gh-7", u.id(), "u@mail.example", Instant.now(), null));
        String path = "/admin/v1/users/" + u.id() + "/identities";
        TestHttp.Response list = http.get(path, adminToken);
        assertThat(list.status()).isEqualTo(200);
        JsonNode item = list.json().path("items").get(0);
        assertThat(item.path("provider").asText()).isEqualTo(id);
        assertThat(item.path("subject").asText()).isEqualTo("gh-7");
        assertThat(item.path("email").asText()).isEqualTo("u@mail.example");
        assertThat(item.has("created_at") && item.has("last_used_at")).isTrue();
        // The user view carries the same items; the other answers about the user stay as they were.
        TestHttp.Response user = http.get("/admin/v1/users/" + u.id(), adminToken);
        assertThat(user.status()).isEqualTo(200);
        assertThat(user.json().path("identities")).containsExactly(item);
        assertThat(user.json().path("username").asText()).isEqualTo(u.username());
        assertThat(http.get("/admin/v1/users?query=" + u.username(), adminToken).json().path("items").get(0).has("identities")).isFalse();
        assertThat(http.get(path, readerToken).status()).isEqualTo(403);
        assertThat(http.get(path, userWriterToken).status()).isEqualTo(200);
        assertThat(delete(path + "/" + id, userToken).status()).isEqualTo(403);
        assertThat(delete(path + "/" + id, readerToken).status()).isEqualTo(403);
        assertThat(delete(path + "/" + id, userWriterToken).status()).isEqualTo(204);
        assertThat(delete(path + "/" + id, userWriterToken).status()).isEqualTo(404);
        assertThat(http.get(path, adminToken).json().path("items").size()).isZero();
        assertThat(http.get("/admin/v1/users/" + u.id(), adminToken).json().path("identities").isArray()).isTrue();
        assertThat(http.get("/admin/v1/users/" + u.id(), adminToken).json().path("identities").size()).isZero();
        assertThat(http.get("/admin/v1/users/00000000-0000-7000-8000-000000000000/identities", adminToken).status()).isEqualTo(404);
        assertThat(delete("/admin/v1/users/" + u.id() + "/identities/%00", adminToken).status()).isIn(400, 404);
        assertThat(delete("/admin/v1/users/" + u.id() + "/identities/" + "x".repeat(500), adminToken).status()).isEqualTo(404);
    }

    @Test
    void adminCannotUnlinkTheLastWayToSignIn() {
        String id = newId();
        create(body(id, "github"));
        User u = fx.user("lastway" + id.replace("-", ""));
        server.gatehouse().stores().identities().link(new LinkedIdentity(id, "last-1", u.id(), null, Instant.now(), null));
        server.gatehouse().stores().jdbi().useHandle(h -> h.createUpdate("UPDATE users SET password_hash = NULL WHERE id = :id")
                .bind("id", u.id()).execute());
        TestHttp.Response r = delete("/admin/v1/users/" + u.id() + "/identities/" + id, adminToken);
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.code()).isEqualTo("last_login_method");
        assertThat(server.gatehouse().stores().identities().forUser(u.id())).hasSize(1);
        // Once the user has a password again, the identity may go.
        server.gatehouse().stores().jdbi().useHandle(h -> h.createUpdate("UPDATE users SET password_hash = 'x' WHERE id = :id")
                .bind("id", u.id()).execute());
        assertThat(delete("/admin/v1/users/" + u.id() + "/identities/" + id, adminToken).status()).isEqualTo(204);
    }

    @Test
    void aLesserAdminCannotUnlinkAnAdminsIdentity() {
        String id = newId();
        create(body(id, "github"));
        User boss = fx.admin("boss" + id.replace("-", ""));
        server.gatehouse().stores().identities().link(new LinkedIdentity(id, "boss", boss.id(), null, Instant.now(), null));
        TestHttp.Response r = delete("/admin/v1/users/" + boss.id() + "/identities/" + id, userWriterToken);
        assertThat(r.status()).isEqualTo(403);
        assertThat(server.gatehouse().stores().identities().forUser(boss.id())).hasSize(1);
    }
}
