package dev.gatehouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatehouse.account.User;
import dev.gatehouse.testing.Authenticator;
import dev.gatehouse.testing.MutableClock;
import dev.gatehouse.testing.TestDatabases;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code DELETE /admin/v1/users/{id}/mfa} (API.md §7): removes every factor and recovery code, needs
 * admin:users:write, stays within the acting admin's own permissions, and is audited as mfa_reset.
 */
class MfaAdminResetTest {
    private static final String PASSWORD = AdminFixture.PASSWORD;

    private static TestHttp.Response reset(TestHttp http, String userId, String token) {
        return http.send("DELETE", "/admin/v1/users/" + userId + "/mfa", (String) null, null, token);
    }

    /** Signs {@code username} in and confirms TOTP; returns the user's id. */
    private static String enrol(TestServer server, MutableClock clock, String username) {
        TestHttp http = server.http();
        String access = http.login(username, PASSWORD).path("access_token").asText();
        Authenticator app = new Authenticator(http.post("/api/v1/me/mfa/totp", Map.of(), access).json().path("secret").asText(), clock);
        assertThat(http.post("/api/v1/me/mfa/totp/confirm", Map.of("code", app.code()), access).status()).isEqualTo(200);
        return http.get("/api/v1/me", access).json().path("id").asText();
    }

    @Test
    void onlyAnAdminWhoMayActOnTheUserResetsEveryFactorAndItIsAudited() throws Exception {
        MutableClock clock = MutableClock.startingNow();
        try (TestServer server = TestServer.builder().clock(clock).start()) {
            TestHttp http = server.http();
            AdminFixture fx = new AdminFixture(server);
            fx.admin("root");
            String root = fx.token("root");
            server.gatehouse().services().accounts().create("member", PASSWORD, null, null, List.of("user"), null);
            User boss = server.gatehouse().services().accounts().create("boss", PASSWORD, null, null, List.of("user", "admin"), null);
            String member = enrol(server, clock, "member");
            String bossId = enrol(server, clock, "boss");
            assertThat(boss.id()).isEqualTo(bossId);

            assertThat(http.post("/admin/v1/roles", Map.of("name", "helpdesk", "permissions", List.of("admin:users:read", "admin:users:write")),
                    root).status()).isEqualTo(201);
            assertThat(http.post("/admin/v1/roles", Map.of("name", "reader", "permissions", List.of("admin:users:read")), root).status())
                    .isEqualTo(201);
            server.gatehouse().services().accounts().create("helper", PASSWORD, null, null, List.of("user", "helpdesk"), null);
            server.gatehouse().services().accounts().create("viewer", PASSWORD, null, null, List.of("user", "reader"), null);
            String helper = fx.token("helper");
            String viewer = fx.token("viewer");
            String plain = http.post("/api/v1/login", Map.of("username", "member", "password", PASSWORD)).json().path("mfa_token").asText();
            assertThat(plain).as("the member needs the second step").isNotEmpty();

            assertThat(reset(http, member, null).status()).isEqualTo(401);
            assertThat(reset(http, member, viewer).code()).isEqualTo("forbidden");
            // The helpdesk may act on a member, but not on an admin holding permissions it lacks.
            assertThat(reset(http, bossId, helper).code()).isEqualTo("forbidden");
            assertThat(http.post("/api/v1/login", Map.of("username", "boss", "password", PASSWORD)).json().path("mfa_token").asText()).as("boss keeps the factor").isNotEmpty();
            assertThat(reset(http, "00000000-0000-0000-0000-000000000000", helper).status()).isEqualTo(404);
            assertThat(reset(http, "not%20a%20user%20id", helper).status()).isEqualTo(404);

            TestHttp.Response ok = reset(http, member, helper);
            assertThat(ok.status()).as(ok.body()).isEqualTo(204);
            JsonNode tokens = http.post("/api/v1/login", Map.of("username", "member", "password", PASSWORD)).json();
            assertThat(tokens.path("access_token").asText()).as("password alone signs in again").isNotEmpty();
            assertThat(http.get("/api/v1/me/mfa", tokens.path("access_token").asText()).json().toString())
                    .isEqualTo("{\"totp\":false,\"passkeys\":[],\"recovery_codes_left\":0}");
            assertThat(reset(http, bossId, root).status()).isEqualTo(204);

            server.gatehouse().services().audit().flush();
            JsonNode events = http.get("/admin/v1/events?type=mfa_reset&user_id=" + member, root).json().path("items");
            for (int i = 0; i < 50 && events.isEmpty(); i++) {
                Thread.sleep(100);
                server.gatehouse().services().audit().flush();
                events = http.get("/admin/v1/events?type=mfa_reset&user_id=" + member, root).json().path("items");
            }
            assertThat(events).hasSize(1);
            assertThat(events.get(0).path("actor").asText()).isEqualTo(http.get("/api/v1/me", helper).json().path("id").asText());
        }
    }
}
