package dev.gatehouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatehouse.account.User;
import dev.gatehouse.admin.Actor;
import dev.gatehouse.testing.TestDatabases;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * With the session caches on (and a TTL of a minute, so only invalidation can explain a change),
 * every way of ending a session or changing a user shows on the very next request of a token
 * whose session was just served from the cache: /me and another Bearer route.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionCacheTest {
    private static final String PASSWORD = AdminFixture.PASSWORD;
    /** /me reads user and session in one cached query; the other Bearer routes check the session's liveness (cached too). */
    private static final List<String> PATHS = List.of("/api/v1/me", "/api/v1/me/sessions");

    private final Map<TestDatabases.Kind, TestServer> servers = new java.util.EnumMap<>(TestDatabases.Kind.class);
    private int counter;

    @AfterAll
    void close() {
        servers.values().forEach(TestServer::close);
    }

    private synchronized TestServer server(TestDatabases.Kind kind) {
        return servers.computeIfAbsent(kind, k -> TestServer.builder().database(k).set("session.cache.ttl", "1m").start());
    }

    /** A fresh user, logged in twice; /me has been served once for the first token (now cached). */
    private record Victim(User user, JsonNode first, JsonNode second) {
        String access() {
            return first.path("access_token").asText();
        }
    }

    private Victim victim(TestServer server) {
        User user = new AdminFixture(server).user("cached" + (++counter) + System.nanoTime() % 100_000);
        JsonNode first = server.http().login(user.username(), PASSWORD);
        JsonNode second = server.http().login(user.username(), PASSWORD);
        Victim v = new Victim(user, first, second);
        for (String path : PATHS) {
            assertThat(server.http().get(path, v.access()).status()).isEqualTo(200);
            assertThat(server.http().get(path, v.access()).status()).isEqualTo(200);
        }
        return v;
    }

    private void assertEnds(TestDatabases.Kind kind, String how, BiConsumer<TestServer, Victim> action) {
        TestServer server = server(kind);
        Victim v = victim(server);
        action.accept(server, v);
        for (String path : PATHS) {
            TestHttp.Response r = server.http().get(path, v.access());
            assertThat(r.status()).as(how + ", " + path + ": " + r.body()).isEqualTo(401);
        }
    }

    private static String sessionId(String accessToken) {
        try {
            return com.nimbusds.jwt.SignedJWT.parse(accessToken).getJWTClaimsSet().getStringClaim("sid");
        } catch (java.text.ParseException e) {
            throw new AssertionError(e);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void everyRevocationEndsACachedSessionAtOnce(TestDatabases.Kind kind) {
        assertEnds(kind, "logout", (s, v) -> assertThat(s.http().post("/api/v1/logout",
                Map.of("refresh_token", v.first().path("refresh_token").asText())).status()).isEqualTo(204));
        assertEnds(kind, "logout everywhere from another session", (s, v) -> assertThat(s.http().post("/api/v1/logout",
                Map.of("all", true), v.second().path("access_token").asText()).status()).isEqualTo(204));
        assertEnds(kind, "password change from another session", (s, v) -> assertThat(s.http().post("/api/v1/me/password",
                Map.of("current_password", PASSWORD, "new_password", "an entirely different passphrase"),
                v.second().path("access_token").asText()).status()).isEqualTo(204));
        assertEnds(kind, "refresh token reuse", (s, v) -> {
            Map<String, String> old = Map.of("refresh_token", v.first().path("refresh_token").asText());
            TestHttp.Response next = s.http().post("/api/v1/refresh", old);
            assertThat(next.status()).isEqualTo(200);
            assertThat(s.http().post("/api/v1/refresh", Map.of("refresh_token", next.json().path("refresh_token").asText())).status())
                    .isEqualTo(200);
            // Two rotations old: reuse even within the reuse interval.
            assertThat(s.http().post("/api/v1/refresh", old).status()).isEqualTo(401);
        });
        assertEnds(kind, "session deleted by its user", (s, v) -> {
            String sid = sessionId(v.access());
            assertThat(s.http().send("DELETE", "/api/v1/me/sessions/" + sid, (String) null, null,
                    v.second().path("access_token").asText()).status()).isEqualTo(204);
        });
        assertEnds(kind, "admin disables the user", (s, v) -> {
            AdminFixture admins = new AdminFixture(s);
            String admin = "admin" + (++counter) + System.nanoTime() % 100_000;
            admins.admin(admin);
            assertThat(s.http().send("PATCH", "/admin/v1/users/" + v.user().id(), TestHttp.json(Map.of("disabled", true)),
                    "application/json", admins.token(admin)).status()).isEqualTo(200);
        });
        assertEnds(kind, "admin revokes every session", (s, v) -> {
            AdminFixture admins = new AdminFixture(s);
            String admin = "admin" + (++counter) + System.nanoTime() % 100_000;
            admins.admin(admin);
            assertThat(s.http().send("DELETE", "/admin/v1/users/" + v.user().id() + "/sessions", (String) null, null,
                    admins.token(admin)).status()).isEqualTo(204);
        });
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void profileAndRoleChangesShowOnTheNextRequest(TestDatabases.Kind kind) {
        TestServer s = server(kind);
        Victim v = victim(s);
        assertThat(s.http().send("PATCH", "/api/v1/me", TestHttp.json(Map.of("name", "Renamed")), "application/json", v.access())
                .status()).isEqualTo(200);
        assertThat(s.http().get("/api/v1/me", v.access()).json().path("name").asText()).isEqualTo("Renamed");

        s.gatehouse().services().roles().create(Actor.operator("test"), "auditor", "reads audit logs", List.of("audit:read"));
        AdminFixture admins = new AdminFixture(s);
        String admin = "admin" + (++counter) + System.nanoTime() % 100_000;
        admins.admin(admin);
        assertThat(s.http().send("PUT", "/admin/v1/users/" + v.user().id() + "/roles", TestHttp.json(Map.of("roles",
                List.of("user", "auditor"))), "application/json", admins.token(admin)).status()).isEqualTo(200);
        assertThat(s.http().get("/api/v1/me", v.access()).json().path("roles").toString()).contains("auditor");
    }
}
