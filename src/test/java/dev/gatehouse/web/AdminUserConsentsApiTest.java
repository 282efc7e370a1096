package dev.gatehouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatehouse.account.User;
import dev.gatehouse.testing.Concurrently;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The admin API's view of a user's consents (GET /admin/v1/users/{id}/consents, DELETE .../consents/{client_id})
 * and ending one session (DELETE /admin/v1/users/{id}/sessions/{session_id}): the privilege rule, the audit
 * event with the admin as actor, a second call's 404, and hostile ids.
 */
class AdminUserConsentsApiTest {
    private static TestServer server;
    private static TestHttp http;
    private static AdminFixture fixture;
    private static String admin;
    private static String adminId;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        http = server.http();
        fixture = new AdminFixture(server);
        adminId = fixture.admin("capi").id();
        admin = fixture.token("capi");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static TestHttp.Response delete(String path, String token) {
        return http.send("DELETE", path, (byte[]) null, null, token);
    }

    private static int events(String type, String userId) {
        server.gatehouse().services().audit().flush();
        return server.gatehouse().stores().jdbi().withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM audit_events WHERE type = :t AND user_id = :u AND actor = :a")
                .bind("t", type).bind("u", userId).bind("a", adminId).mapTo(Integer.class).one());
    }

    @Test
    void consentsAreListedAndWithdrawnOnceEndingThatApplicationsSessions() throws Exception {
        User u = fixture.user("allower");
        server.gatehouse().services().consents().grant(u.id(), "notes-app", List.of("openid", "email"));
        server.gatehouse().services().consents().grant(u.id(), "files-app", List.of("openid"));
        var notes = server.gatehouse().services().sessions().start(u.id(), "notes-app", List.of("openid"), null, null);
        var files = server.gatehouse().services().sessions().start(u.id(), "files-app", List.of("openid"), null, null);
        TestHttp.Response list = http.get("/admin/v1/users/" + u.id() + "/consents", admin);
        assertThat(list.status()).isEqualTo(200);
        JsonNode items = list.json().path("items");
        assertThat(items).hasSize(2);
        assertThat(items.toString()).contains("\"client_id\":\"notes-app\"").contains("granted_at");
        JsonNode notesItem = items.get(0).path("client_id").asText().equals("notes-app") ? items.get(0) : items.get(1);
        assertThat(List.of(notesItem.path("scopes").get(0).asText(), notesItem.path("scopes").get(1).asText()))
                .containsExactlyInAnyOrder("email", "openid");

        List<Integer> statuses = Concurrently.run(3, () -> delete("/admin/v1/users/" + u.id() + "/consents/notes-app", admin).status());
        assertThat(statuses).containsOnlyOnce(204).containsOnly(204, 404);
        assertThat(server.gatehouse().services().sessions().isLive(notes.session().id())).isFalse();
        assertThat(server.gatehouse().services().sessions().isLive(files.session().id())).isTrue();
        assertThat(events("admin_consent_revoke", u.id())).isEqualTo(1);
        assertThat(http.get("/admin/v1/users/" + u.id() + "/consents", admin).json().path("items")).hasSize(1);
        for (String bad : List.of("no-such-app", "%25", "x".repeat(3000), "a%20b")) {
            TestHttp.Response r = delete("/admin/v1/users/" + u.id() + "/consents/" + bad, admin);
            assertThat(r.status()).as(bad).isEqualTo(404);
            assertThat(r.code()).isEqualTo("not_found");
        }
        assertThat(http.get("/admin/v1/users/00000000-0000-7000-8000-000000000000/consents", admin).status()).isEqualTo(404);
        assertThat(delete("/admin/v1/users/not-an-id/consents/files-app", admin).status()).isEqualTo(404);
    }

    @Test
    void onlyWithinTheAdminsReachAndWithThePermission() {
        String role = "consent-helper";
        assertThat(http.post("/admin/v1/roles", Map.of("name", role, "permissions",
                List.of("admin:users:read", "admin:users:write", "admin:sessions:write")), admin).status()).isEqualTo(201);
        server.gatehouse().services().accounts().create("chelper", AdminFixture.PASSWORD, null, null, List.of("user", role), null);
        String helper = fixture.token("chelper");
        User target = fixture.admin("ctarget");
        server.gatehouse().services().consents().grant(target.id(), "notes-app", List.of("openid"));
        var session = server.gatehouse().services().sessions().start(target.id(), "notes-app", List.of("openid"), null, null);
        TestHttp.Response denied = delete("/admin/v1/users/" + target.id() + "/consents/notes-app", helper);
        assertThat(denied.status()).isEqualTo(403);
        assertThat(denied.code()).isEqualTo("forbidden");
        assertThat(delete("/admin/v1/users/" + target.id() + "/sessions/" + session.session().id(), helper).status()).isEqualTo(403);
        assertThat(server.gatehouse().services().consents().list(target.id())).hasSize(1);
        assertThat(server.gatehouse().services().sessions().isLive(session.session().id())).isTrue();

        String plain = fixture.user("cplainapi").username();
        String plainToken = fixture.token(plain);
        assertThat(http.get("/admin/v1/users/" + target.id() + "/consents", plainToken).status()).isEqualTo(403);
        assertThat(http.get("/admin/v1/users/" + target.id() + "/consents").status()).isEqualTo(401);
    }

    @Test
    void oneSessionEndsAndOnlyThatUsersOne() {
        User u = fixture.user("sessioned");
        JsonNode first = http.login("sessioned", AdminFixture.PASSWORD);
        JsonNode second = http.login("sessioned", AdminFixture.PASSWORD);
        String firstId = server.gatehouse().services().sessions().findByRefreshToken(first.path("refresh_token").asText()).orElseThrow().id();
        assertThat(delete("/admin/v1/users/" + u.id() + "/sessions/" + firstId, admin).status()).isEqualTo(204);
        assertThat(http.post("/api/v1/refresh", Map.of("refresh_token", first.path("refresh_token").asText())).status()).isEqualTo(401);
        assertThat(http.get("/api/v1/me", second.path("access_token").asText()).status()).isEqualTo(200);
        assertThat(delete("/admin/v1/users/" + u.id() + "/sessions/" + firstId, admin).status()).isEqualTo(404);
        assertThat(events("admin_sessions_revoke", u.id())).isEqualTo(1);
        // Another user's session under this user's id: not found, and it lives on.
        User other = fixture.user("othersession");
        JsonNode theirs = http.login("othersession", AdminFixture.PASSWORD);
        String theirId = server.gatehouse().services().sessions().findByRefreshToken(theirs.path("refresh_token").asText()).orElseThrow().id();
        assertThat(delete("/admin/v1/users/" + u.id() + "/sessions/" + theirId, admin).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/me", theirs.path("access_token").asText()).status()).isEqualTo(200);
        for (String bad : List.of("x".repeat(3000), "a%20b", "%27%3B--")) {
            assertThat(delete("/admin/v1/users/" + u.id() + "/sessions/" + bad, admin).status()).as(bad).isEqualTo(404);
        }
        assertThat(delete("/admin/v1/users/" + other.id() + "/sessions/" + theirId, admin).status()).isEqualTo(204);
    }
}
