package dev.gatehouse.web;

import static dev.gatehouse.web.AdminFixture.csrf;
import static dev.gatehouse.web.AdminFixture.fields;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.account.User;
import dev.gatehouse.rbac.Role;
import dev.gatehouse.testing.Browser;
import dev.gatehouse.testing.Concurrently;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Roles and permissions in the console (API.md §9) over HTTP: the list, a role's page, creating, changing
 * and deleting (after a confirmation page) with the permissions and the privilege rule of /admin/v1/roles.
 */
class AdminRolesConsoleTest {
    private static final AtomicInteger N = new AtomicInteger();
    private static TestServer server;
    private static AdminFixture fixture;
    private static String bossToken;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        fixture = new AdminFixture(server);
        bossToken = fixture.adminToken(name("boss"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String name(String prefix) {
        return prefix + N.incrementAndGet() + "x";
    }




    private static void assertPage(TestHttp.Response r, int status) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.header("Content-Type")).startsWith("text/html");
        assertThat(r.header("Content-Security-Policy")).contains("script-src 'self'");
    }

    private static Optional<Role> role(String name) {
        return server.gatehouse().stores().roles().find(name);
    }

    private static int events(String type, String identifier, String actor) {
        server.gatehouse().services().audit().flush();
        return server.gatehouse().stores().jdbi().withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM audit_events WHERE type = :t AND identifier = :i AND actor = :a")
                .bind("t", type).bind("i", identifier).bind("a", actor).mapTo(Integer.class).one());
    }

    @Test
    void anAdminCreatesChangesAndDeletesARoleAfterAConfirmationPage() {
        String admin = name("roler");
        User a = fixture.admin(admin);
        Browser b = fixture.console(admin, "/admin/roles");
        TestHttp.Response list = b.get("/admin/roles");
        assertPage(list, 200);
        assertThat(list.body()).contains("href=\"/admin/roles/admin\"").contains("href=\"/admin/roles/user\"").contains("action=\"/admin/roles\"");
        String token = csrf(b, "/admin/roles");
        String name = name("editors");
        TestHttp.Response created = b.post("/admin/roles", fields("csrf", token, "name", name, "description", "Edits notes",
                "permissions", "notes:read\r\nnotes:write, notes:read"));
        assertThat(created.status()).as(created.body()).isEqualTo(303);
        assertThat(created.header("Location")).isEqualTo("/admin/roles/" + name + "?done=created");
        assertThat(role(name).orElseThrow().permissions()).containsExactly("notes:read", "notes:write");
        TestHttp.Response page = b.get("/admin/roles/" + name);
        assertPage(page, 200);
        assertThat(page.body()).contains("Edits notes").contains("<li>notes:write</li>").contains("href=\"/admin/roles/" + name + "/delete\"");
        assertThat(events("admin_role_create", name, a.id())).isEqualTo(1);

        TestHttp.Response updated = b.post("/admin/roles/" + name, fields("csrf", token, "description", "", "permissions", "notes:read"));
        assertThat(updated.status()).as(updated.body()).isEqualTo(303);
        assertThat(role(name).orElseThrow().permissions()).containsExactly("notes:read");
        assertThat(role(name).orElseThrow().description()).isNull();
        assertThat(events("admin_role_update", name, a.id())).isEqualTo(1);

        TestHttp.Response confirm = b.get("/admin/roles/" + name + "/delete");
        assertPage(confirm, 200);
        assertThat(role(name)).as("asking deletes nothing").isPresent();
        assertThat(b.post("/admin/roles/" + name + "/delete", fields("csrf", csrf(b, "/admin/roles/" + name + "/delete"))).header("Location"))
                .isEqualTo("/admin/roles?done=deleted");
        assertThat(role(name)).isEmpty();
        assertThat(events("admin_role_delete", name, a.id())).isEqualTo(1);
        // The second tab: a page saying the role is gone, for every form and page of it.
        TestHttp.Response again = b.post("/admin/roles/" + name + "/delete", fields("csrf", token));
        assertPage(again, 404);
        assertThat(again.body()).contains("another tab");
        assertPage(b.post("/admin/roles/" + name, fields("csrf", token, "permissions", "notes:read")), 404);
        assertPage(b.get("/admin/roles/" + name), 404);
        assertPage(b.get("/admin/roles/" + name + "/delete"), 404);
    }

    @Test
    void refusedRolesComeBackAsTheFormWithTheReason() {
        String admin = name("refuser");
        fixture.admin(admin);
        Browser b = fixture.console(admin, "/admin/roles");
        String token = csrf(b, "/admin/roles");
        TestHttp.Response taken = b.post("/admin/roles", fields("csrf", token, "name", "ADMIN", "permissions", "notes:read"));
        assertPage(taken, 409);
        assertThat(taken.body()).contains("exists already").contains("value=\"ADMIN\"");
        TestHttp.Response invalid = b.post("/admin/roles", fields("csrf", token, "name", name("bad"), "permissions", "Notes:Read\nx"));
        assertPage(invalid, 400);
        assertThat(invalid.body()).contains("resource:action").contains("Notes:Read");
        for (String bad : List.of("", "1abc", "a b", "x".repeat(65), "a\u0000b", "<script>alert(1)</script>", "é")) {
            TestHttp.Response r = b.post("/admin/roles", fields("csrf", token, "name", bad, "permissions", "notes:read"));
            assertPage(r, 400);
            assertThat(r.body()).doesNotContain("<script>alert");
        }
        assertPage(b.post("/admin/roles", fields("csrf", token, "name", name("long"), "description", "d".repeat(600), "permissions", "")), 400);
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 101; i++) many.append("p").append(i).append(":read\n");
        assertPage(b.post("/admin/roles", fields("csrf", token, "name", name("many"), "permissions", many.toString())), 400);
        assertPage(b.postRaw("/admin/roles", "csrf=" + token + "&name=a&name=b", "application/x-www-form-urlencoded"), 400);

        // The admin role keeps every permission; built-in roles stay.
        TestHttp.Response protectedRole = b.post("/admin/roles/admin", fields("csrf", token, "permissions", "notes:read"));
        assertPage(protectedRole, 409);
        assertThat(protectedRole.body()).contains("admin role cannot lose");
        assertThat(role("admin").orElseThrow().permissions()).contains("admin:users:read");
        assertThat(b.get("/admin/roles/user").body()).doesNotContain("/admin/roles/user/delete");
        assertPage(b.post("/admin/roles/user/delete", fields("csrf", token)), 409);
        assertThat(role("user")).isPresent();
        for (String bad : List.of("no-such-role", "a%20b", "x".repeat(3000), "..%2Fadmin")) {
            assertPage(b.get("/admin/roles/" + bad), 404);
            assertPage(b.post("/admin/roles/" + bad, fields("csrf", token, "permissions", "notes:read")), 404);
        }
    }

    @Test
    void theRolePermissionsAndThePrivilegeRuleHoldInTheConsole() {
        String reader = fixture.operator(bossToken, "admin:roles:read");
        Browser r = fixture.console(reader, "/admin/roles");
        TestHttp.Response list = r.get("/admin/roles");
        assertPage(list, 200);
        assertThat(list.body()).doesNotContain("action=\"/admin/roles\"").doesNotContain("name=\"permissions\"");
        assertThat(r.get("/admin/roles/admin").body()).doesNotContain("<textarea");
        String readerCsrf = csrf(r, "/admin/roles"); // the navigation's sign-out form
        assertPage(r.post("/admin/roles", fields("csrf", readerCsrf, "name", name("nope"), "permissions", "notes:read")), 403);
        assertPage(r.get("/admin/roles/user/delete"), 403);

        // admin:roles:write but not admin:keys:write: no role carrying it, neither new nor changed, and no deleting one.
        String writer = fixture.operator(bossToken, "admin:roles:read", "admin:roles:write", "notes:read");
        Browser w = fixture.console(writer, "/admin/roles");
        String token = csrf(w, "/admin/roles");
        String escalated = name("escalated");
        assertPage(w.post("/admin/roles", fields("csrf", token, "name", escalated, "permissions", "admin:keys:write")), 403);
        assertThat(role(escalated)).isEmpty();
        String mine = name("mine");
        assertThat(w.post("/admin/roles", fields("csrf", token, "name", mine, "permissions", "notes:read")).status()).isEqualTo(303);
        assertPage(w.post("/admin/roles/" + mine, fields("csrf", token, "permissions", "notes:read\nadmin:keys:write")), 403);
        assertThat(role(mine).orElseThrow().permissions()).containsExactly("notes:read");
        assertPage(w.post("/admin/roles/admin", fields("csrf", token, "permissions", "notes:read")), 403);
        String theirs = name("theirs");
        server.http().post("/admin/v1/roles", Map.of("name", theirs, "permissions", List.of("admin:keys:write")), bossToken);
        assertPage(w.post("/admin/roles/" + theirs + "/delete", fields("csrf", token)), 403);
        assertThat(role(theirs)).isPresent();

        // CSRF: missing, or another browser's.
        String admin = name("csrfer");
        fixture.admin(admin);
        Browser b = fixture.console(admin, "/admin/roles");
        assertPage(b.post("/admin/roles", fields("name", name("nocsrf"), "permissions", "notes:read")), 403);
        assertPage(b.post("/admin/roles/" + mine, fields("csrf", token, "permissions", "notes:write")), 403);
        assertPage(b.post("/admin/roles/" + mine + "/delete", fields("csrf", token)), 403);
        assertThat(role(mine)).isPresent();
        // Not signed in: to the sign-in, nothing done.
        TestHttp.Response anonymous = new Browser(server.baseUrl()).post("/admin/roles/" + mine + "/delete", fields("csrf", "x"));
        assertThat(anonymous.header("Location")).startsWith("/oauth2/authorize?client_id=gatehouse-console&");
    }

    @Test
    void twoTabsCreatingTheSameRoleAtOnceGetOneRoleAndAPage() throws Exception {
        String admin = name("racer");
        fixture.admin(admin);
        Browser b = fixture.console(admin, "/admin/roles");
        String token = csrf(b, "/admin/roles");
        String name = name("raced");
        List<Integer> statuses = Concurrently.run(4, () -> b.post("/admin/roles", fields("csrf", token, "name", name,
                "permissions", "notes:read")).status());
        assertThat(statuses).containsOnly(303, 409).containsOnlyOnce(303);
        assertThat(role(name)).isPresent();
        List<Integer> deletes = Concurrently.run(4, () -> b.post("/admin/roles/" + name + "/delete", fields("csrf", token)).status());
        assertThat(deletes).containsOnly(303, 404).contains(303);
        assertThat(role(name)).isEmpty();
    }
}
