package dev.gatehouse.web;

import static dev.gatehouse.web.AdminFixture.csrf;
import static dev.gatehouse.web.AdminFixture.fields;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatehouse.account.User;
import dev.gatehouse.testing.Browser;
import dev.gatehouse.testing.Concurrently;
import dev.gatehouse.testing.Mailbox;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The console's actions on users (API.md §9) over HTTP, as a browser without JavaScript sends them: each
 * action with the permission, the privilege rule and the audit event of its admin API route, the CSRF
 * token on every form, and a page (never JSON, never a 500) for whatever is refused, gone or hostile.
 */
class AdminUsersConsoleTest {
    private static final AtomicInteger N = new AtomicInteger();
    private static final String UNKNOWN = "00000000-0000-7000-8000-000000000000";
    private static Mailbox mailbox;
    private static TestServer server;
    private static AdminFixture fixture;
    private static String bossToken;

    @BeforeAll
    static void start() {
        mailbox = Mailbox.start();
        server = mailbox.configure(TestServer.builder()).start();
        fixture = new AdminFixture(server);
        bossToken = fixture.adminToken(name("boss"));
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        if (mailbox != null) mailbox.close();
    }

    private static String name(String prefix) {
        return prefix + N.incrementAndGet() + "x";
    }


    private static User userWithEmail() {
        String n = name("member");
        return server.gatehouse().services().accounts().create(n, AdminFixture.PASSWORD, n + "@example.com", null, List.of("user"), null);
    }



    private static void assertPage(TestHttp.Response r, int status) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.header("Content-Type")).startsWith("text/html");
        assertThat(r.header("Content-Security-Policy")).contains("script-src 'self'").doesNotContain("unsafe-inline");
    }

    private static void assertDone(TestHttp.Response r, String location) {
        assertThat(r.status()).as(r.body()).isEqualTo(303);
        assertThat(r.header("Location")).isEqualTo(location);
    }

    private static int events(String type, String userId, String actor, int expected) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (true) {
            server.gatehouse().services().audit().flush();
            int n = server.gatehouse().stores().jdbi().withHandle(h -> h.createQuery(
                    "SELECT COUNT(*) FROM audit_events WHERE type = :t AND user_id = :u AND (:a IS NULL OR actor = :a)")
                    .bind("t", type).bind("u", userId).bind("a", actor).mapTo(Integer.class).one());
            if (n >= expected || System.nanoTime() > deadline) return n;
            Mailbox.sleep(50);
        }
    }

    private static List<String> roles(String userId) {
        return server.gatehouse().services().userAdmin().get(userId).grants().roles();
    }

    private static boolean exists(String userId) {
        return server.gatehouse().stores().users().findById(userId).isPresent();
    }

    private static String newRole(String... permissions) {
        String role = name("grole");
        assertThat(server.http().post("/admin/v1/roles", Map.of("name", role, "permissions", List.of(permissions)), bossToken).status())
                .isEqualTo(201);
        return role;
    }

    @Test
    void anAdminCreatesAUserWithRolesAndAResetMailInsteadOfAPassword() {
        String admin = name("creator");
        User a = fixture.admin(admin);
        Browser b = fixture.console(admin, "/admin/users");
        assertThat(b.get("/admin/users").body()).contains("href=\"/admin/users/new\"");
        String role = newRole("notes:read");
        TestHttp.Response form = b.get("/admin/users/new");
        assertPage(form, 200);
        assertThat(form.body()).contains("name=\"roles\" value=\"" + role + "\"").contains("name=\"send_reset\"");

        String username = name("fresh");
        String email = username + "@example.com";
        String token = csrf(b, "/admin/users/new");
        TestHttp.Response created = b.postRaw("/admin/users", Browser.encode(fields("csrf", token, "username", username, "email", email,
                "send_reset", "on")) + "&roles=user&roles=" + role, "application/x-www-form-urlencoded");
        assertThat(created.status()).as(created.body()).isEqualTo(303);
        String location = created.header("Location");
        assertThat(location).startsWith("/admin/users/").endsWith("?done=created_reset_sent");
        String id = location.substring("/admin/users/".length(), location.indexOf('?'));
        assertThat(roles(id)).containsExactlyInAnyOrder("user", role);
        TestHttp.Response page = b.get(location);
        assertPage(page, 200);
        assertThat(page.body()).contains("class=\"notice\"").contains(username);
        assertThat(mailbox.await(email, 1).text()).contains("/password/reset");
        assertThat(events("admin_user_create", id, a.id(), 1)).isEqualTo(1);

        // The same name again (a second tab, a double click): the form again saying so, nothing created twice.
        TestHttp.Response again = b.post("/admin/users", fields("csrf", token, "username", username, "email", name("o") + "@example.com"));
        assertPage(again, 409);
        assertThat(again.body()).contains("This username is taken").contains("value=\"" + username + "\"");
        // A reset mail needs an address; a weak password is refused with the policy's words; no role at all means the default one.
        assertPage(b.post("/admin/users", fields("csrf", token, "username", name("nomail"), "send_reset", "on")), 400);
        TestHttp.Response weak = b.post("/admin/users", fields("csrf", token, "username", name("weak"), "password", "123"));
        assertPage(weak, 400);
        assertThat(weak.body()).contains("password policy");
        String plainName = name("plainly");
        TestHttp.Response plain = b.post("/admin/users", fields("csrf", token, "username", plainName, "password", AdminFixture.PASSWORD));
        String plainId = plain.header("Location").replaceAll(".*/admin/users/([^?]+).*", "$1");
        assertThat(roles(plainId)).containsExactly("user");
        assertThat(server.http().login(plainName, AdminFixture.PASSWORD).path("access_token").asText()).isNotEmpty();
        // An unknown role: the form again.
        assertPage(b.post("/admin/users", fields("csrf", token, "username", name("unk"), "roles", "no-such-role")), 400);
    }

    @Test
    void creatingWithRolesNeedsTheRolePermissionAndOnlyRolesWithinTheOperatorsReach() {
        String clerk = fixture.operator(bossToken, "admin:users:read", "admin:users:write");
        Browser b = fixture.console(clerk, "/admin/users");
        TestHttp.Response form = b.get("/admin/users/new");
        assertPage(form, 200);
        assertThat(form.body()).as("no roles to pick without admin:roles:write").doesNotContain("name=\"roles\"");
        String token = csrf(b, "/admin/users/new");
        String refused = name("refused");
        TestHttp.Response r = b.post("/admin/users", fields("csrf", token, "username", refused, "roles", "admin"));
        assertPage(r, 403);
        assertThat(server.gatehouse().stores().users().findByLogin(refused)).isEmpty();
        assertDone303(b.post("/admin/users", fields("csrf", token, "username", name("defaulted"))));

        // With admin:roles:write but without what the admin role carries: the privilege rule refuses, audited.
        String granter = fixture.operator(bossToken, "admin:users:read", "admin:users:write", "admin:roles:write");
        Browser g = fixture.console(granter, "/admin/users");
        String gToken = csrf(g, "/admin/users/new");
        String escalated = name("escalated");
        assertPage(g.post("/admin/users", fields("csrf", gToken, "username", escalated, "roles", "admin")), 403);
        assertThat(server.gatehouse().stores().users().findByLogin(escalated)).isEmpty();
        String mine = newRole("admin:users:read");
        assertDone303(g.post("/admin/users", fields("csrf", gToken, "username", name("within"), "roles", mine)));
    }

    private static void assertDone303(TestHttp.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(303);
        assertThat(r.header("Location")).matches("/admin/users/[0-9a-f-]{36}\\?done=created");
    }

    @Test
    void disableEnableAndDeleteAfterAConfirmationPageAndDeletingTwiceSaysSo() {
        String admin = name("keeper");
        User a = fixture.admin(admin);
        User v = userWithEmail();
        String access = fixture.token(v.username());
        Browser b = fixture.console(admin, "/admin");
        String page = "/admin/users/" + v.id();
        String token = csrf(b, page);

        assertDone(b.post(page + "/disable", fields("csrf", token)), page + "?done=disabled");
        assertThat(server.http().get("/api/v1/me", access).status()).as("disabling ends the sessions").isEqualTo(401);
        assertThat(b.get(page).body()).contains("Disabled").contains("action=\"" + page + "/enable\"");
        assertThat(events("admin_user_update", v.id(), a.id(), 1)).isEqualTo(1);
        assertDone(b.post(page + "/enable", fields("csrf", token)), page + "?done=enabled");
        assertThat(server.http().login(v.username(), AdminFixture.PASSWORD).path("access_token").asText()).isNotEmpty();

        TestHttp.Response confirm = b.get(page + "/delete");
        assertPage(confirm, 200);
        assertThat(confirm.body()).contains(v.username()).contains("action=\"" + page + "/delete\"").contains("href=\"" + page + "\"");
        assertThat(exists(v.id())).as("the confirmation page deletes nothing").isTrue();
        String confirmToken = Browser.hiddenInputs(confirm.body()).get("csrf");
        assertDone(b.post(page + "/delete", fields("csrf", confirmToken)), "/admin/users?done=deleted");
        assertThat(exists(v.id())).isFalse();
        assertThat(b.get("/admin/users?done=deleted").body()).contains("The user was deleted.");
        assertThat(events("admin_user_delete", v.id(), a.id(), 1)).isEqualTo(1);

        // The second tab: the same form again, and every other action on the deleted user, say it is gone.
        for (String action : List.of("/delete", "/disable", "/enable", "/password-reset", "/mfa/reset", "/sessions/revoke")) {
            TestHttp.Response gone = b.post(page + action, fields("csrf", token));
            assertPage(gone, 404);
            assertThat(gone.body()).as(action).contains("deleted in another tab");
        }
        assertPage(b.get(page + "/delete"), 404);
        assertPage(b.get(page), 404);
    }

    @Test
    void everyActionWantsTheCsrfTokenThePermissionAndASignIn() {
        String admin = name("guard");
        fixture.admin(admin);
        User v = userWithEmail();
        String page = "/admin/users/" + v.id();
        List<String> actions = List.of("/disable", "/enable", "/delete", "/password-reset", "/verification-email", "/verify-email",
                "/sessions/end", "/mfa/reset", "/roles/grant", "/roles/revoke", "/consents/withdraw");
        Browser b = fixture.console(admin, "/admin");
        Browser other = fixture.console(fixture.admin(name("otheradmin")).username(), "/admin");
        String foreign = csrf(other, page);
        // An operator who may open the console but change nothing, with the CSRF token of its own console page.
        Browser p = fixture.console(fixture.operator(bossToken, "admin:sessions:read"), "/admin");
        String plainCsrf = csrf(p, "/admin");
        Browser anonymous = new Browser(server.baseUrl());
        for (String action : actions) {
            assertPage(b.post(page + action, Map.of()), 403);
            assertPage(b.post(page + action, fields("csrf", foreign)), 403);
            assertPage(b.post(page + action, fields("csrf", "x".repeat(43))), 403);
            assertPage(p.post(page + action, fields("csrf", plainCsrf)), 403);
            TestHttp.Response toLogin = anonymous.post(page + action, fields("csrf", "x"));
            assertThat(toLogin.status()).isEqualTo(303);
            assertThat(toLogin.header("Location")).startsWith("/oauth2/authorize?client_id=gatehouse-console&");
        }
        assertPage(b.post("/admin/users", Map.of("username", name("nocsrf"))), 403);
        assertPage(p.get("/admin/users/new"), 403);
        assertPage(p.get(page + "/delete"), 403);
        assertThat(exists(v.id())).isTrue();
        assertThat(server.gatehouse().services().userAdmin().get(v.id()).user().disabled()).isFalse();
        assertThat(events("admin_user_update", v.id(), null, 0)).isZero();

        // Ids no user has, in every shape: the 404 page.
        String token = csrf(b, page);
        for (String id : List.of(UNKNOWN, "not-a-uuid", "..%2F..%2Fetc", "z".repeat(3000))) {
            for (String action : List.of("/disable", "/delete", "/sessions/end", "/roles/grant", "/consents/withdraw")) {
                assertPage(b.post("/admin/users/" + id + action, fields("csrf", token, "role", "user", "session", "s", "client_id", "c")), 404);
            }
            assertPage(b.get("/admin/users/" + id + "/delete"), 404);
            assertPage(b.get("/admin/users/" + id + "/events"), 404);
        }
        // Control characters in the path (a NUL Jetty refuses before any route runs: BadRequestTest) name no user.
        assertPage(b.post("/admin/users/a%0d%0ab/disable", fields("csrf", token)), 404);
    }

    @Test
    void anOperatorCannotActOnAUserHoldingMoreThanThey() {
        String helper = fixture.operator(bossToken, "admin:users:read", "admin:users:write", "admin:sessions:read", "admin:sessions:write",
                "admin:roles:write");
        User target = fixture.admin(name("mightier"));
        server.gatehouse().services().consents().grant(target.id(), "notes-app", List.of("openid"));
        fixture.token(target.username());
        String session = server.gatehouse().services().userAdmin().sessions(target.id(), null, null).items().get(0).id();
        Browser b = fixture.console(helper, "/admin");
        String page = "/admin/users/" + target.id();
        String token = csrf(b, page);
        Map<String, Map<String, String>> actions = new LinkedHashMap<>();
        actions.put("/disable", fields("csrf", token));
        actions.put("/delete", fields("csrf", token));
        actions.put("/password-reset", fields("csrf", token));
        actions.put("/verify-email", fields("csrf", token));
        actions.put("/mfa/reset", fields("csrf", token));
        actions.put("/sessions/end", fields("csrf", token, "session", session));
        actions.put("/sessions/revoke", fields("csrf", token));
        actions.put("/roles/revoke", fields("csrf", token, "role", "admin"));
        actions.put("/roles/grant", fields("csrf", token, "role", "user"));
        actions.put("/consents/withdraw", fields("csrf", token, "client_id", "notes-app"));
        for (var e : actions.entrySet()) {
            TestHttp.Response r = b.post(page + e.getKey(), e.getValue());
            assertPage(r, 403);
            assertThat(r.body()).as(e.getKey()).contains("href=\"" + page + "\"");
        }
        assertThat(exists(target.id())).isTrue();
        assertThat(roles(target.id())).contains("admin");
        assertThat(server.gatehouse().services().userAdmin().sessions(target.id(), null, null).items()).hasSize(1);
        assertThat(server.gatehouse().services().consents().list(target.id())).hasSize(1);
        assertThat(events("admin_action_denied", target.id(), null, actions.size())).isGreaterThanOrEqualTo(actions.size());

        // Granting a role carrying a permission the operator lacks: refused too, even on a plain user.
        User plain = fixture.user(name("plainer"));
        String secret = newRole("admin:keys:write");
        assertPage(b.post("/admin/users/" + plain.id() + "/roles/grant", fields("csrf", token, "role", secret)), 403);
        assertThat(roles(plain.id())).containsExactly("user");
    }

    @Test
    void mailLinksAndVerificationFromTheUserPage() {
        String admin = name("mailer");
        User a = fixture.admin(admin);
        User v = userWithEmail();
        Browser b = fixture.console(admin, "/admin");
        String page = "/admin/users/" + v.id();
        TestHttp.Response shown = b.get(page);
        assertThat(shown.body()).contains(page + "/password-reset").contains(page + "/verification-email").contains(page + "/verify-email");
        String token = csrf(b, page);
        String email = v.email();
        assertDone(b.post(page + "/password-reset", fields("csrf", token)), page + "?done=reset_sent");
        assertThat(mailbox.await(email, 1).text()).contains("/password/reset");
        assertDone(b.post(page + "/verification-email", fields("csrf", token)), page + "?done=verification_sent");
        mailbox.await(email, 2);
        assertDone(b.post(page + "/verify-email", fields("csrf", token)), page + "?done=verified");
        assertThat(server.gatehouse().services().userAdmin().get(v.id()).user().emailVerified()).isTrue();
        assertThat(b.get(page).body()).doesNotContain(page + "/verification-email");
        // Asked again from a stale tab: the API's 409, as a page with the way back.
        TestHttp.Response again = b.post(page + "/verification-email", fields("csrf", token));
        assertPage(again, 409);
        assertThat(again.body()).contains("href=\"" + page + "\"");
        assertDone(b.post(page + "/mfa/reset", fields("csrf", token)), page + "?done=mfa_reset");
        assertThat(events("mfa_reset", v.id(), a.id(), 1)).isEqualTo(1);
        // A notice no action names is no notice; a repeated one is a bad request.
        assertThat(b.get(page + "?done=%3Cscript%3E").body()).doesNotContain("class=\"notice\"").doesNotContain("<script>");
        assertPage(b.get(page + "?done=verified&done=verified"), 400);
    }

    @Test
    void endingOneSessionEndsOnlyThatOneAndASecondTabHearsItEndedAlready() throws Exception {
        String admin = name("ender");
        User a = fixture.admin(admin);
        User v = fixture.user(name("twice"));
        JsonNode first = server.http().login(v.username(), AdminFixture.PASSWORD);
        JsonNode second = server.http().login(v.username(), AdminFixture.PASSWORD);
        Browser b = fixture.console(admin, "/admin");
        String page = "/admin/users/" + v.id();
        var sessions = server.gatehouse().services().userAdmin().sessions(v.id(), null, null).items();
        assertThat(sessions).hasSize(2);
        String body = b.get(page).body();
        assertThat(body).contains("action=\"" + page + "/sessions/end\"").contains("value=\"" + sessions.get(0).id() + "\"");
        String firstId = server.gatehouse().services().sessions().findByRefreshToken(first.path("refresh_token").asText()).orElseThrow().id();
        String token = csrf(b, page);

        assertDone(b.post(page + "/sessions/end", fields("csrf", token, "session", firstId)), page + "?done=session_ended");
        assertThat(server.http().post("/api/v1/refresh", Map.of("refresh_token", first.path("refresh_token").asText())).status()).isEqualTo(401);
        assertThat(server.http().get("/api/v1/me", second.path("access_token").asText()).status()).isEqualTo(200);
        assertThat(events("admin_sessions_revoke", v.id(), a.id(), 1)).isEqualTo(1);
        TestHttp.Response again = b.post(page + "/sessions/end", fields("csrf", token, "session", firstId));
        assertPage(again, 404);
        assertThat(again.body()).contains("ended already");
        // Session ids of others, made up or hostile: never a 500, never another user's session.
        User other = fixture.user(name("bystander"));
        JsonNode theirs = server.http().login(other.username(), AdminFixture.PASSWORD);
        String theirId = server.gatehouse().services().sessions().findByRefreshToken(theirs.path("refresh_token").asText()).orElseThrow().id();
        for (String s : List.of(theirId, "", "x".repeat(5000), "a\u0000b", "'; DROP TABLE sessions; --", "\u202e")) {
            assertPage(b.post(page + "/sessions/end", fields("csrf", token, "session", s)), 404);
        }
        assertThat(server.http().get("/api/v1/me", theirs.path("access_token").asText()).status()).isEqualTo(200);
        assertPage(b.postRaw(page + "/sessions/end", "csrf=" + token + "&session=a&session=b", "application/x-www-form-urlencoded"), 400);

        // Two tabs end the last session at once: one ends it, the other hears it ended; nothing fails.
        String secondId = server.gatehouse().services().sessions().findByRefreshToken(second.path("refresh_token").asText()).orElseThrow().id();
        List<Integer> statuses = Concurrently.run(4, () -> b.post(page + "/sessions/end", fields("csrf", token, "session", secondId)).status());
        assertThat(statuses).containsOnly(303, 404).contains(303);
        assertThat(server.http().get("/api/v1/me", second.path("access_token").asText()).status()).isEqualTo(401);
    }

    @Test
    void rolesAreGrantedAndRevokedOneByOneAndConcurrentGrantsAllLand() throws Exception {
        String admin = name("granter");
        User a = fixture.admin(admin);
        User v = fixture.user(name("grantee"));
        Browser b = fixture.console(admin, "/admin");
        String page = "/admin/users/" + v.id();
        String role = newRole("notes:read");
        assertThat(b.get(page).body()).contains("<option value=\"" + role + "\">");
        String token = csrf(b, page);
        assertDone(b.post(page + "/roles/grant", fields("csrf", token, "role", role)), page + "?done=role_granted");
        assertThat(roles(v.id())).containsExactlyInAnyOrder("user", role);
        assertThat(events("admin_user_roles", v.id(), a.id(), 1)).isEqualTo(1);
        // Granting it again (a double click) changes nothing and fails nothing.
        assertDone(b.post(page + "/roles/grant", fields("csrf", token, "role", role.toUpperCase())), page + "?done=role_granted");
        assertThat(roles(v.id())).containsExactlyInAnyOrder("user", role);
        assertDone(b.post(page + "/roles/revoke", fields("csrf", token, "role", role)), page + "?done=role_revoked");
        assertDone(b.post(page + "/roles/revoke", fields("csrf", token, "role", role)), page + "?done=role_revoked");
        assertThat(roles(v.id())).containsExactly("user");

        // Four roles granted at the same instant from four tabs: every one lands (no read-modify-write loss).
        List<String> four = List.of(newRole("notes:read"), newRole("notes:write"), newRole("files:read"), newRole("files:write"));
        AtomicInteger next = new AtomicInteger();
        List<Integer> statuses = Concurrently.run(4, () -> b.post(page + "/roles/grant",
                fields("csrf", token, "role", four.get(next.getAndIncrement()))).status());
        assertThat(statuses).containsOnly(303);
        assertThat(roles(v.id())).containsAll(four).contains("user");

        // Unknown, malformed and hostile role names: a page, nothing changed.
        for (String bad : List.of("no-such-role", "", "x".repeat(5000), "a\u0000b", "a b", "<script>", "admin'--")) {
            TestHttp.Response r = b.post(page + "/roles/grant", fields("csrf", token, "role", bad));
            assertThat(r.status()).as(bad).isEqualTo(400);
            assertThat(r.body()).doesNotContain("<script>");
        }
        assertPage(b.postRaw(page + "/roles/grant", "csrf=" + token + "&role=user&role=admin", "application/x-www-form-urlencoded"), 400);
        assertThat(roles(v.id())).doesNotContain("admin");

        // The last enabled admin keeps the role: the API's 409 as a page.
        String lone = name("lone");
        User only = fixture.admin(lone);
        server.gatehouse().stores().jdbi().useHandle(h -> h.createUpdate(
                "UPDATE users SET disabled = TRUE WHERE id IN (SELECT user_id FROM user_roles WHERE role_name = 'admin') AND id <> :id")
                .bind("id", only.id()).execute());
        try {
            Browser ob = fixture.console(lone, "/admin");
            String own = "/admin/users/" + only.id();
            TestHttp.Response last = ob.post(own + "/roles/revoke", fields("csrf", csrf(ob, own), "role", "admin"));
            assertPage(last, 409);
            assertThat(last.body()).contains("admin role");
            assertThat(roles(only.id())).contains("admin");
        } finally {
            server.gatehouse().stores().jdbi().useHandle(h -> h.createUpdate("UPDATE users SET disabled = FALSE").execute());
        }
    }

    @Test
    void aUsersConsentsAreListedAndWithdrawnSigningTheApplicationOut() {
        String admin = name("consenter");
        User a = fixture.admin(admin);
        User v = fixture.user(name("allowing"));
        server.gatehouse().services().consents().grant(v.id(), "notes-app", List.of("openid", "profile"));
        var issued = server.gatehouse().services().sessions().start(v.id(), "notes-app", List.of("openid"), null, null);
        Browser b = fixture.console(admin, "/admin");
        String page = "/admin/users/" + v.id();
        TestHttp.Response shown = b.get(page);
        assertThat(shown.body()).contains("notes-app").contains("openid profile").contains("name=\"client_id\" value=\"notes-app\"");
        String token = csrf(b, page);
        assertDone(b.post(page + "/consents/withdraw", fields("csrf", token, "client_id", "notes-app")), page + "?done=consent_withdrawn");
        assertThat(server.gatehouse().services().consents().list(v.id())).isEmpty();
        assertThat(server.gatehouse().services().sessions().isLive(issued.session().id())).isFalse();
        assertThat(events("admin_consent_revoke", v.id(), a.id(), 1)).isEqualTo(1);
        TestHttp.Response again = b.post(page + "/consents/withdraw", fields("csrf", token, "client_id", "notes-app"));
        assertPage(again, 404);
        assertThat(again.body()).contains("another tab");
        for (String bad : List.of("", "x".repeat(5000), "a\u0000b", "\u202e", "%", "notes-app\r\nX: y")) {
            assertPage(b.post(page + "/consents/withdraw", fields("csrf", token, "client_id", bad)), 404);
        }
    }

    @Test
    void theAuditTrailListsEventsAboutAndByTheUserNewestFirstPaged() {
        String admin = name("audited");
        User a = fixture.admin(admin);
        User v = fixture.user(name("subject"));
        var audit = server.gatehouse().services().audit();
        for (int i = 0; i < 55; i++) {
            audit.record("trail_test", "success", v.id(), null, null, null, "n=" + i);
            Mailbox.sleep(2); // one millisecond apart at least: the order is the time's
        }
        audit.record("trail_by", "success", null, v.id(), "something", null, "as actor");
        audit.record("trail_other", "success", a.id(), null, null, null, "not this user");
        audit.flush();
        Browser b = fixture.console(admin, "/admin");
        String page = "/admin/users/" + v.id();
        assertThat(b.get(page).body()).contains("href=\"" + page + "/events\"");
        TestHttp.Response first = b.get(page + "/events");
        assertPage(first, 200);
        assertThat(first.body()).contains("trail_by").contains("n=54").doesNotContain("trail_other").doesNotContain("n=4<");
        assertThat(first.body().indexOf("trail_by")).as("newest first").isLessThan(first.body().indexOf("n=54"));
        String next = Browser.unescape(first.body().replaceAll("(?s).*href=\"(" + page + "/events\\?cursor=[^\"]*)\".*", "$1"));
        TestHttp.Response second = b.get(next);
        assertPage(second, 200);
        assertThat(second.body()).contains("n=0<").doesNotContain("n=54");
        // A cursor of another user's trail, or made up: a page saying so.
        User other = fixture.user(name("elsewhere"));
        String cursor = next.substring(next.indexOf("cursor="));
        assertPage(b.get("/admin/users/" + other.id() + "/events?" + cursor), 400);
        assertPage(b.get(page + "/events?cursor=not-a-cursor"), 400);
        assertPage(b.get(page + "/events?cursor=a&cursor=b"), 400);

        // Without admin:events:read: no link, and the page is refused.
        String reader = fixture.operator(bossToken, "admin:users:read");
        Browser rb = fixture.console(reader, "/admin");
        assertThat(rb.get(page).body()).doesNotContain(page + "/events").doesNotContain("/disable").doesNotContain("/roles/grant")
                .doesNotContain("/mfa/reset").doesNotContain("/sessions/end");
        assertPage(rb.get(page + "/events"), 403);
    }

    @Test
    void hugeAndHostileCreateFormsGetAPage() {
        String admin = name("hostile");
        fixture.admin(admin);
        Browser b = fixture.console(admin, "/admin");
        String token = csrf(b, "/admin/users/new");
        Map<String, Integer> usernames = new LinkedHashMap<>();
        usernames.put("x".repeat(300), 400);
        usernames.put("a\u0000b", 400);
        usernames.put("a\u001b[31mb", 400);
        usernames.put("<script>alert(1)</script>", 400);
        usernames.put("", 400);
        for (var c : usernames.entrySet()) {
            TestHttp.Response r = b.post("/admin/users", fields("csrf", token, "username", c.getKey()));
            assertPage(r, c.getValue());
            assertThat(r.body()).doesNotContain("<script>alert");
        }
        assertPage(b.post("/admin/users", fields("csrf", token, "username", "y".repeat(9000))), 400); // over a form value's limit
        assertPage(b.postRaw("/admin/users", "csrf=" + token + "&username=a&username=b", "application/x-www-form-urlencoded"), 400);
        assertPage(b.postRaw("/admin/users", ("csrf=" + token + "&username=" + "z".repeat(200_000)).getBytes(StandardCharsets.UTF_8),
                "application/x-www-form-urlencoded", Map.of()), 413);
        StringBuilder many = new StringBuilder("csrf=" + token + "&username=" + name("many"));
        for (int i = 0; i < 40; i++) many.append("&roles=user");
        assertPage(b.postRaw("/admin/users", many.toString(), "application/x-www-form-urlencoded"), 400);
        assertPage(b.postRaw("/admin/users", "{\"username\":\"json\"}", "application/json"), 415);
        String email = URLEncoder.encode("not an email", StandardCharsets.UTF_8);
        assertPage(b.postRaw("/admin/users", "csrf=" + token + "&username=" + name("badmail") + "&email=" + email,
                "application/x-www-form-urlencoded"), 400);
    }

    @Test
    void theSearchFormIsEnhancedByAScriptFileAndWorksWithoutIt() {
        String admin = name("searcher");
        fixture.admin(admin);
        Browser b = fixture.console(admin, "/admin");
        TestHttp.Response page = b.get("/admin/users?query=" + admin);
        assertPage(page, 200);
        assertThat(page.body()).contains("data-live-search").contains("<div id=\"results\"").contains(admin)
                .containsPattern("<script src=\"/assets/console\\.js\\?v=[0-9a-f]{12}\" defer></script>")
                .doesNotContain("<script>").doesNotContain("onclick").doesNotContain("oninput");
        assertThat(page.header("Content-Security-Policy")).isEqualTo(server.http().get("/login").header("Content-Security-Policy"));
        TestHttp.Response script = server.http().get("/assets/console.js");
        assertThat(script.status()).isEqualTo(200);
        assertThat(script.header("Content-Type")).startsWith("text/javascript");
        assertThat(script.body()).contains("data-live-search").contains("getElementById('results')");
    }
}
