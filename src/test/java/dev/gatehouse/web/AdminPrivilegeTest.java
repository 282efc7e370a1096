package dev.gatehouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatehouse.account.User;
import dev.gatehouse.testing.TestDatabases;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An administrator acts on a user, or gives a permission away, only within the permissions it holds
 * itself (issue 12 item 2): a user administrator cannot take an admin's account over, nor mint one.
 */
class AdminPrivilegeTest {
    private record Call(String action, String method, String path, Object body) {}

    private static TestHttp.Response call(TestHttp http, String method, String path, Object body, String token) {
        return http.send(method, path, body == null ? null : TestHttp.json(body), body == null ? null : "application/json", token);
    }

    /** A user whose only role is {@code role}, created with {@code permissions} by the root admin; returns its token. */
    private static String userWithRole(TestServer server, AdminFixture fx, String rootToken, String username, String role,
                                       List<String> permissions) {
        TestHttp http = server.http();
        assertThat(call(http, "POST", "/admin/v1/roles", Map.of("name", role, "permissions", permissions), rootToken).status())
                .isEqualTo(201);
        User u = server.gatehouse().services().accounts().create(username, AdminFixture.PASSWORD, null, null, List.of("user", role), null);
        assertThat(u.id()).isNotEmpty();
        return fx.token(username);
    }

    /**
     * The admin_action_denied events, once {@code expected} of them are stored: flush() writes what is
     * queued, while a batch the background writer already took may still be on its way.
     */
    private static JsonNode deniedEvents(TestServer server, String rootToken, String filter, int expected) {
        JsonNode items = null;
        for (int i = 0; i < 50; i++) {
            server.gatehouse().services().audit().flush();
            items = call(server.http(), "GET", "/admin/v1/events?type=admin_action_denied&limit=50" + filter, null, rootToken)
                    .json().path("items");
            if (items.size() >= expected) return items;
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return items;
    }

    private static List<Call> actionsOn(String id) {
        String u = "/admin/v1/users/" + id;
        return List.of(
                new Call("update", "PATCH", u, Map.of("email", "attacker@example.com")),
                new Call("update", "PATCH", u, Map.of("disabled", true)),
                new Call("update", "PATCH", u, Map.of("email_verified", true)),
                new Call("password_reset", "POST", u + "/password-reset", null),
                new Call("verify_email", "POST", u + "/verify-email", null),
                new Call("verification_email", "POST", u + "/verification-email", null),
                new Call("end_sessions", "DELETE", u + "/sessions", null),
                new Call("delete", "DELETE", u, null));
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void userAdminActingOnAnAdminThenForbiddenAuditedAndNothingChanged(TestDatabases.Kind kind) {
        try (TestServer server = TestServer.builder().database(kind).start()) {
            TestHttp http = server.http();
            AdminFixture fx = new AdminFixture(server);
            fx.admin("root");
            String root = fx.token("root");
            User boss = server.gatehouse().services().accounts().create("boss", AdminFixture.PASSWORD, "boss@example.com", null,
                    List.of("user", "admin"), null);
            String bossToken = fx.token("boss");
            String helper = userWithRole(server, fx, root, "helper", "helpdesk",
                    List.of("admin:users:read", "admin:users:write", "admin:sessions:write"));
            String helperId = http.get("/api/v1/me", helper).json().path("id").asText();

            for (Call c : actionsOn(boss.id())) {
                TestHttp.Response r = call(http, c.method(), c.path(), c.body(), helper);
                assertThat(r.status()).as(c + " " + r.body()).isEqualTo(403);
                assertThat(r.code()).as(c.toString()).isEqualTo("forbidden");
            }

            JsonNode after = call(http, "GET", "/admin/v1/users/" + boss.id(), null, root).json();
            assertThat(after.path("email").asText()).isEqualTo("boss@example.com");
            assertThat(after.path("email_verified").asBoolean()).isFalse();
            assertThat(after.path("disabled").asBoolean()).isFalse();
            assertThat(after.path("roles").toString()).contains("admin");
            assertThat(http.get("/api/v1/me", bossToken).status()).as("the admin's session still lives").isEqualTo(200);

            JsonNode events = deniedEvents(server, root, "&user_id=" + boss.id(), actionsOn(boss.id()).size());
            assertThat(events).hasSize(actionsOn(boss.id()).size());
            List<String> details = new ArrayList<>();
            for (JsonNode e : events) {
                assertThat(e.path("actor").asText()).isEqualTo(helperId);
                assertThat(e.path("outcome").asText()).isEqualTo("denied");
                details.add(e.path("detail").asText());
            }
            for (Call c : actionsOn(boss.id())) {
                assertThat(details).as(c.action()).anyMatch(d -> d.startsWith("action=" + c.action() + " "));
            }
            assertThat(details).allMatch(d -> d.contains("admin:keys:write"));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void userAdminActingOnAnOrdinaryUserThenSucceeds(TestDatabases.Kind kind) {
        try (TestServer server = TestServer.builder().database(kind).start()) {
            TestHttp http = server.http();
            AdminFixture fx = new AdminFixture(server);
            fx.admin("root");
            String root = fx.token("root");
            User member = server.gatehouse().services().accounts().create("member", AdminFixture.PASSWORD, "member@example.com", null,
                    List.of("user"), null);
            String helper = userWithRole(server, fx, root, "helper", "helpdesk",
                    List.of("admin:users:read", "admin:users:write", "admin:sessions:write"));
            String u = "/admin/v1/users/" + member.id();

            assertThat(call(http, "POST", u + "/verification-email", null, helper).status()).isEqualTo(202);
            assertThat(call(http, "POST", u + "/password-reset", null, helper).status()).isEqualTo(202);
            assertThat(call(http, "POST", u + "/verify-email", null, helper).status()).isEqualTo(204);
            assertThat(call(http, "PATCH", u, Map.of("email", "member2@example.com", "email_verified", true), helper).status())
                    .isEqualTo(200);
            assertThat(call(http, "DELETE", u + "/sessions", null, helper).status()).isEqualTo(204);
            assertThat(call(http, "PATCH", u, Map.of("disabled", true), helper).status()).isEqualTo(200);
            assertThat(call(http, "DELETE", u, null, helper).status()).isEqualTo(204);
            // Acting on oneself: every permission of the target is the actor's own.
            String helperId = http.get("/api/v1/me", helper).json().path("id").asText();
            assertThat(call(http, "PATCH", "/admin/v1/users/" + helperId, Map.of("name", "Helper"), helper).status()).isEqualTo(200);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void roleAdminCannotGrantOrCarryAPermissionItLacks(TestDatabases.Kind kind) {
        try (TestServer server = TestServer.builder().database(kind).start()) {
            TestHttp http = server.http();
            AdminFixture fx = new AdminFixture(server);
            User rootUser = fx.admin("root");
            String root = fx.token("root");
            User member = fx.user("member");
            String granter = userWithRole(server, fx, root, "granter", "rolesdesk",
                    List.of("admin:roles:read", "admin:roles:write", "admin:users:read", "admin:users:write"));
            String granterId = http.get("/api/v1/me", granter).json().path("id").asText();
            assertThat(call(http, "POST", "/admin/v1/roles", Map.of("name", "keys", "permissions", List.of("admin:keys:write")), root)
                    .status()).isEqualTo(201);

            List<Call> refused = List.of(
                    new Call("set_roles", "PUT", "/admin/v1/users/" + granterId + "/roles", Map.of("roles", List.of("rolesdesk", "admin"))),
                    new Call("set_roles", "PUT", "/admin/v1/users/" + member.id() + "/roles", Map.of("roles", List.of("user", "admin"))),
                    new Call("set_roles", "PUT", "/admin/v1/users/" + rootUser.id() + "/roles", Map.of("roles", List.of("user"))),
                    new Call("create", "POST", "/admin/v1/users", Map.of("username", "minted", "roles", List.of("user", "keys"))),
                    new Call("role_create", "POST", "/admin/v1/roles", Map.of("name", "sneaky", "permissions", List.of("admin:keys:write"))),
                    new Call("role_update", "PATCH", "/admin/v1/roles/rolesdesk",
                            Map.of("permissions", List.of("admin:roles:read", "admin:roles:write", "admin:users:read",
                                    "admin:users:write", "admin:keys:write"))),
                    new Call("role_update", "PATCH", "/admin/v1/roles/admin", Map.of("description", "mine now")),
                    new Call("role_update", "PATCH", "/admin/v1/roles/keys", Map.of("permissions", List.of())),
                    new Call("role_delete", "DELETE", "/admin/v1/roles/keys", null));
            for (Call c : refused) {
                TestHttp.Response r = call(http, c.method(), c.path(), c.body(), granter);
                assertThat(r.status()).as(c + " " + r.body()).isEqualTo(403);
                assertThat(r.code()).as(c.toString()).isEqualTo("forbidden");
            }

            assertThat(call(http, "GET", "/admin/v1/users/" + granterId, null, root).json().path("roles").toString())
                    .isEqualTo("[\"rolesdesk\",\"user\"]");
            assertThat(call(http, "GET", "/admin/v1/users/" + member.id(), null, root).json().path("roles").toString())
                    .isEqualTo("[\"user\"]");
            assertThat(call(http, "GET", "/admin/v1/users/" + rootUser.id(), null, root).json().path("roles").toString())
                    .contains("admin");
            assertThat(call(http, "GET", "/admin/v1/users?query=minted", null, root).json().path("items")).isEmpty();
            assertThat(call(http, "GET", "/admin/v1/roles/sneaky", null, root).status()).isEqualTo(404);
            assertThat(call(http, "GET", "/admin/v1/roles/rolesdesk", null, root).json().path("permissions").toString())
                    .doesNotContain("admin:keys:write");
            assertThat(call(http, "GET", "/admin/v1/roles/keys", null, root).json().path("permissions").toString())
                    .isEqualTo("[\"admin:keys:write\"]");
            assertThat(call(http, "GET", "/admin/v1/roles/admin", null, root).json().path("description").asText())
                    .isNotEqualTo("mine now");

            JsonNode events = deniedEvents(server, root, "", refused.size());
            assertThat(events).hasSize(refused.size());
            assertThat(events.findValuesAsText("actor")).containsOnly(granterId);
            assertThat(events.findValuesAsText("identifier")).contains("sneaky", "rolesdesk", "admin", "keys");

            // Within its own permissions the same actor succeeds.
            assertThat(call(http, "POST", "/admin/v1/roles", Map.of("name", "reader", "permissions", List.of("admin:users:read")),
                    granter).status()).isEqualTo(201);
            assertThat(call(http, "PUT", "/admin/v1/users/" + member.id() + "/roles", Map.of("roles", List.of("user", "reader")),
                    granter).status()).isEqualTo(200);
            assertThat(call(http, "POST", "/admin/v1/users", Map.of("username", "made", "roles", List.of("user", "reader")),
                    granter).status()).isEqualTo(201);
            assertThat(call(http, "PATCH", "/admin/v1/roles/reader", Map.of("description", "reads users"), granter).status())
                    .isEqualTo(200);
            assertThat(call(http, "PUT", "/admin/v1/users/" + member.id() + "/roles", Map.of("roles", List.of("user")),
                    granter).status()).isEqualTo(200);
            assertThat(call(http, "DELETE", "/admin/v1/roles/reader", null, granter).status()).isEqualTo(204);
        }
    }
}
