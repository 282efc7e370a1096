package dev.gatehouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.testing.Mailbox;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Admin actions on a user's mail links: resend verification, trigger a reset, mark verified. */
class AdminMailActionsTest {
    private static final String ISSUER = "http://localhost:8080";
    private static Mailbox mailbox;
    private static TestServer server;
    private static TestHttp http;
    private static AdminFixture fixture;
    private static String adminToken;
    private static String plainToken;

    @BeforeAll
    static void start() {
        mailbox = Mailbox.start();
        server = mailbox.configure(TestServer.builder()).start();
        http = server.http();
        fixture = new AdminFixture(server);
        fixture.admin("root");
        fixture.user("plain");
        adminToken = fixture.token("root");
        plainToken = fixture.token("plain");
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        if (mailbox != null) mailbox.close();
    }

    private static String signup(String username) {
        TestHttp.Response r = http.post("/api/v1/signup",
                Map.of("username", username, "password", AdminFixture.PASSWORD, "email", username + "@example.com"));
        assertThat(r.status()).isEqualTo(201);
        return r.json().path("id").asText();
    }

    @Test
    void actionsWithoutTokenThen401AndForPlainUserThen403() {
        String id = signup("target1");
        for (String action : new String[]{"verification-email", "password-reset", "verify-email"}) {
            String path = "/admin/v1/users/" + id + "/" + action;
            assertThat(http.post(path, null).status()).as(path).isEqualTo(401);
            TestHttp.Response forbidden = http.post(path, null, plainToken);
            assertThat(forbidden.status()).as(path).isEqualTo(403);
            assertThat(forbidden.code()).isEqualTo("forbidden");
        }
        mailbox.await("target1@example.com", 1);
        Mailbox.sleep(300);
        assertThat(mailbox.to("target1@example.com")).as("refused actions sent nothing").hasSize(1);
    }

    @Test
    void adminResendsVerificationThenNewLinkWorks() {
        String id = signup("target2");
        String first = mailbox.await("target2@example.com", 1).token(ISSUER, "/email/verify");
        TestHttp.Response r = http.post("/admin/v1/users/" + id + "/verification-email", null, adminToken);
        assertThat(r.status()).as(r.body()).isEqualTo(202);
        assertThat(r.json().path("email").asText()).isEqualTo("target2@example.com");
        String second = mailbox.await("target2@example.com", 2).token(ISSUER, "/email/verify");
        assertThat(http.post("/api/v1/email/verify", Map.of("token", first)).status()).isEqualTo(400);
        assertThat(http.post("/api/v1/email/verify", Map.of("token", second)).status()).isEqualTo(204);
        TestHttp.Response again = http.post("/admin/v1/users/" + id + "/verification-email", null, adminToken);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("email_already_verified");
    }

    @Test
    void adminTriggersResetThenUserGetsTheLinkAndTheAdminDoesNot() {
        String id = signup("target3");
        mailbox.await("target3@example.com", 1);
        TestHttp.Response r = http.post("/admin/v1/users/" + id + "/password-reset", null, adminToken);
        assertThat(r.status()).as(r.body()).isEqualTo(202);
        Mailbox.Mail mail = mailbox.await("target3@example.com", 2);
        assertThat(r.body()).doesNotContain(mail.token(ISSUER, "/password/reset"));
        assertThat(http.post("/api/v1/password/reset", Map.of("token", mail.token(ISSUER, "/password/reset"),
                "new_password", "a brand new passphrase for this account")).status()).isEqualTo(204);
    }

    @Test
    void adminMarksVerifiedThenUserIsVerified() {
        String id = signup("target4");
        assertThat(http.post("/admin/v1/users/" + id + "/verify-email", null, adminToken).status()).isEqualTo(204);
        String token = http.login("target4", AdminFixture.PASSWORD).path("access_token").asText();
        assertThat(http.get("/api/v1/me", token).json().path("email_verified").asBoolean()).isTrue();
    }

    @Test
    void actionsOnUnknownUserOrUserWithoutEmailThenDocumentedErrors() {
        String unknown = "/admin/v1/users/00000000-0000-7000-8000-000000000000/";
        for (String action : new String[]{"verification-email", "password-reset", "verify-email"}) {
            TestHttp.Response r = http.post(unknown + action, null, adminToken);
            assertThat(r.status()).as(action).isEqualTo(404);
            assertThat(r.code()).isEqualTo("not_found");
        }
        String noEmail = fixture.user("noemail").id();
        for (String action : new String[]{"verification-email", "password-reset", "verify-email"}) {
            TestHttp.Response r = http.post("/admin/v1/users/" + noEmail + "/" + action, null, adminToken);
            assertThat(r.status()).as(action).isEqualTo(400);
            assertThat(r.code()).isEqualTo("invalid_request");
        }
    }
}
