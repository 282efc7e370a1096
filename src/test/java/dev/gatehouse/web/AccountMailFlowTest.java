package dev.gatehouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatehouse.core.SecureTokens;
import dev.gatehouse.testing.Mailbox;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Email verification and password reset end to end through a real SMTP server (GreenMail): the mail
 * arrives, its link uses the issuer, works once, and every bad token is a documented 400.
 */
class AccountMailFlowTest {
    private static final String ISSUER = "http://localhost:8080";
    private static final String PASSWORD = "correct horse battery staple";
    private static final String NEW_PASSWORD = "a brand new passphrase for this account";
    private static final AtomicInteger SEQ = new AtomicInteger();

    private static Mailbox mailbox;
    private static TestServer server;
    private static TestHttp http;

    @BeforeAll
    static void start() {
        mailbox = Mailbox.start();
        server = mailbox.configure(TestServer.builder()).start();
        http = server.http();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        if (mailbox != null) mailbox.close();
    }

    private record Account(String username, String email) {}

    private static Account signup() {
        int n = SEQ.incrementAndGet();
        Account a = new Account("member" + n, "member" + n + "@example.com");
        TestHttp.Response r = http.post("/api/v1/signup", Map.of("username", a.username(), "password", PASSWORD, "email", a.email()));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return a;
    }

    private static String verifyToken(Account a, int nth) {
        Mailbox.Mail mail = mailbox.await(a.email(), nth);
        assertThat(mail.subject()).isEqualTo("Gatehouse: Verify your email address");
        return mail.token(ISSUER, "/email/verify");
    }

    private static String resetToken(String address, int nth) {
        Mailbox.Mail mail = mailbox.await(address, nth);
        assertThat(mail.subject()).isEqualTo("Gatehouse: Reset your password");
        return mail.token(ISSUER, "/password/reset");
    }

    private static TestHttp.Response verify(String token) {
        return http.post("/api/v1/email/verify", Map.of("token", token));
    }

    private static TestHttp.Response forgot(String email) {
        return http.post("/api/v1/password/forgot", Map.of("email", email));
    }

    private static TestHttp.Response reset(String token, String password) {
        return http.post("/api/v1/password/reset", Map.of("token", token, "new_password", password));
    }

    private static void assertInvalidToken(TestHttp.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.code()).isEqualTo("invalid_token");
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void signupWithEmailThenVerificationLinkUsesIssuerAndWorksOnce() {
        Account a = signup();
        Mailbox.Mail mail = mailbox.await(a.email(), 1);
        // The server listens on a random port; the link must use the configured issuer, not the request's Host.
        assertThat(server.baseUrl()).isNotEqualTo(ISSUER);
        assertThat(mail.text()).contains(ISSUER + "/email/verify?token=").contains("Hello " + a.username());
        assertThat(mail.html()).contains("href=\"" + ISSUER + "/email/verify?token=");
        assertThat(mail.messageId()).endsWith("@example.com>");
        String token = mail.token(ISSUER, "/email/verify");
        assertThat(token).hasSize(43); // 256 bits, base64url

        JsonNode tokens = http.login(a.username(), PASSWORD);
        assertThat(http.get("/api/v1/me", tokens.path("access_token").asText()).json().path("email_verified").asBoolean()).isFalse();

        assertThat(verify(token).status()).isEqualTo(204);
        assertThat(http.get("/api/v1/me", tokens.path("access_token").asText()).json().path("email_verified").asBoolean()).isTrue();
        assertInvalidToken(verify(token));
    }

    @Test
    void verifyWhenTokenTamperedForeignOrMalformedThenInvalidToken() {
        Account a = signup();
        String token = verifyToken(a, 1);
        char last = token.charAt(token.length() - 1);
        assertInvalidToken(verify(token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A')));
        assertInvalidToken(verify(SecureTokens.random(32)));
        assertInvalidToken(verify("x"));
        assertInvalidToken(verify("ä".repeat(43)));
        assertInvalidToken(verify("A".repeat(5000)));
        TestHttp.Response empty = verify("");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.code()).isEqualTo("invalid_request");
        TestHttp.Response notText = http.post("/api/v1/email/verify", Map.of("token", 42));
        assertThat(notText.status()).isEqualTo(400);
        TestHttp.Response unknownField = http.post("/api/v1/email/verify", Map.of("token", token, "user_id", "x"));
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(verify(token).status()).as("the real token still works").isEqualTo(204);
    }

    @Test
    void tokenUsedForTheOtherPurposeThenRejected() {
        Account a = signup();
        String verifyToken = verifyToken(a, 1);
        assertThat(forgot(a.email()).status()).isEqualTo(202);
        String resetToken = resetToken(a.email(), 2);

        assertInvalidToken(reset(verifyToken, NEW_PASSWORD));
        assertInvalidToken(verify(resetToken));
        // Neither was spent by the wrong use.
        assertThat(verify(verifyToken).status()).isEqualTo(204);
        assertThat(reset(resetToken, NEW_PASSWORD).status()).isEqualTo(204);
    }

    @Test
    void resetWhenTokenValidThenPasswordChangedSessionsEndedNoLoginAndTokenSpent() {
        Account a = signup();
        JsonNode tokens = http.login(a.username(), PASSWORD);
        TestHttp.Response accepted = forgot(a.email());
        assertThat(accepted.status()).isEqualTo(202);
        assertThat(accepted.json()).isEqualTo(new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(Map.of("status", "accepted")));
        String token = resetToken(a.email(), 2);

        TestHttp.Response weak = reset(token, "short");
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.code()).isEqualTo("weak_password");
        // Reset runs the same estimate as signup: a 16-character repeat is refused, with its reason.
        TestHttp.Response repetitive = reset(token, "iloveyouiloveyou");
        assertThat(repetitive.status()).as(repetitive.body()).isEqualTo(400);
        assertThat(repetitive.json().path("errors").get(0).path("field").asText()).isEqualTo("new_password");
        assertThat(repetitive.json().path("errors").get(0).path("code").asText()).isEqualTo("repetitive");

        TestHttp.Response done = reset(token, NEW_PASSWORD);
        assertThat(done.status()).as(done.body()).isEqualTo(204);
        assertThat(done.body()).as("a reset does not log the user in").isEmpty();
        assertThat(http.get("/api/v1/me", tokens.path("access_token").asText()).status()).isEqualTo(401);
        assertThat(http.post("/api/v1/refresh", Map.of("refresh_token", tokens.path("refresh_token").asText())).status()).isEqualTo(401);
        assertThat(http.post("/api/v1/login", Map.of("username", a.username(), "password", PASSWORD)).status()).isEqualTo(401);
        assertThat(http.post("/api/v1/login", Map.of("username", a.username(), "password", NEW_PASSWORD)).status()).isEqualTo(200);
        assertInvalidToken(reset(token, "yet another passphrase that is long"));

        Mailbox.Mail notice = mailbox.await(a.email(), 3);
        assertThat(notice.subject()).isEqualTo("Gatehouse: Your password was changed");
    }

    @Test
    void forgotWhenAddressVariesInCaseOrUnicodeFormThenSameAccount() {
        Account a = signup();
        assertThat(forgot(a.email().toUpperCase(java.util.Locale.ROOT)).status()).isEqualTo(202);
        // Fullwidth "ｍ" is NFKC-equal to "m".
        assertThat(forgot("\uFF4D" + a.email().substring(1)).status()).isEqualTo(202);
        resetToken(a.email(), 2);
        mailbox.await(a.email(), 3);
        assertThat(mailbox.to(a.email()).get(1).to()).as("sent to the stored address").isEqualTo(a.email());
    }

    @Test
    void newerResetTokenInvalidatesOlderAndPasswordChangeInvalidatesAll() {
        Account a = signup();
        forgot(a.email());
        String first = resetToken(a.email(), 2);
        forgot(a.email());
        String second = resetToken(a.email(), 3);
        assertInvalidToken(reset(first, NEW_PASSWORD));

        JsonNode tokens = http.login(a.username(), PASSWORD);
        TestHttp.Response change = http.post("/api/v1/me/password",
                Map.of("current_password", PASSWORD, "new_password", NEW_PASSWORD), tokens.path("access_token").asText());
        assertThat(change.status()).isEqualTo(204);
        assertInvalidToken(reset(second, "a third passphrase that is long enough"));
        assertThat(mailbox.await(a.email(), 4).subject()).isEqualTo("Gatehouse: Your password was changed");
    }

    @Test
    void forgotWhenAddressUnknownThenSameAnswerAndNoMail() {
        String nobody = "nobody" + SEQ.incrementAndGet() + "@example.com";
        TestHttp.Response r = forgot(nobody);
        assertThat(r.status()).isEqualTo(202);
        assertThat(r.body()).isEqualTo("{\"status\":\"accepted\"}");
        Mailbox.sleep(500);
        assertThat(mailbox.to(nobody)).isEmpty();
    }

    @Test
    void forgotWhenMalformedThenBadRequest() {
        assertThat(forgot("not-an-address").status()).isEqualTo(400);
        assertThat(forgot("").status()).isEqualTo(400);
        assertThat(forgot("a".repeat(400) + "@example.com").status()).isEqualTo(400);
        assertThat(http.post("/api/v1/password/forgot", "{}").status()).isEqualTo(400);
        assertThat(http.post("/api/v1/password/reset", Map.of("token", "x")).status()).isEqualTo(400);
    }

    @Test
    void forgotWhenRepeatedForOneAddressThenThrottled() {
        String address = "flood" + SEQ.incrementAndGet() + "@example.com";
        for (int i = 0; i < 3; i++) assertThat(forgot(address).status()).isEqualTo(202);
        TestHttp.Response limited = forgot(address);
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.code()).isEqualTo("rate_limited");
        assertThat(limited.header("Retry-After")).isNotNull();
    }

    @Test
    void resetWhenUserDisabledThenRejectedAndForgotSendsNothing() {
        Account a = signup();
        forgot(a.email());
        String token = resetToken(a.email(), 2);
        server.gatehouse().stores().jdbi().useHandle(h -> h.createUpdate("UPDATE users SET disabled = 1 WHERE username = :u")
                .bind("u", a.username()).execute());

        assertInvalidToken(reset(token, NEW_PASSWORD));
        assertThat(forgot(a.email()).status()).isEqualTo(202);
        Mailbox.sleep(500);
        assertThat(mailbox.to(a.email())).hasSize(2);
    }

    @Test
    void emailChangeIsPendingUntilVerifiedThenOldAddressIsTold() {
        Account a = signup();
        String first = verifyToken(a, 1);
        assertThat(verify(first).status()).isEqualTo(204);
        String access = http.login(a.username(), PASSWORD).path("access_token").asText();
        String newEmail = "renamed" + SEQ.incrementAndGet() + "@example.org";

        TestHttp.Response patched = http.send("PATCH", "/api/v1/me", TestHttp.json(Map.of("email", newEmail)), "application/json", access);
        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        assertThat(patched.json().path("email").asText()).isEqualTo(a.email());
        assertThat(patched.json().path("email_verified").asBoolean()).isTrue();
        assertThat(patched.json().path("pending_email").asText()).isEqualTo(newEmail);
        assertThat(http.post("/api/v1/login", Map.of("username", newEmail, "password", PASSWORD)).status())
                .as("a pending address does not log in").isEqualTo(401);

        assertThat(mailbox.await(a.email(), 2).subject()).as("told at the request").isEqualTo("Gatehouse: Your email address is about to change");
        Mailbox.Mail mail = mailbox.await(newEmail, 1);
        assertThat(verify(mail.token(ISSUER, "/email/verify")).status()).isEqualTo(204);
        JsonNode me = http.get("/api/v1/me", access).json();
        assertThat(me.path("email").asText()).isEqualTo(newEmail);
        assertThat(me.path("email_verified").asBoolean()).isTrue();
        assertThat(mailbox.await(a.email(), 3).subject()).isEqualTo("Gatehouse: Your email address was changed");
        assertThat(http.post("/api/v1/login", Map.of("username", newEmail, "password", PASSWORD)).status()).isEqualTo(200);
    }

    @Test
    void emailChangeToTakenAddressThenConflict() {
        Account a = signup();
        Account b = signup();
        String access = http.login(a.username(), PASSWORD).path("access_token").asText();
        TestHttp.Response r = http.send("PATCH", "/api/v1/me", TestHttp.json(Map.of("email", b.email().toUpperCase(java.util.Locale.ROOT))),
                "application/json", access);
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.code()).isEqualTo("email_taken");
    }

    @Test
    void resendThenNewLinkAndTheOldOneStopsWorking() {
        Account a = signup();
        String first = verifyToken(a, 1);
        String access = http.login(a.username(), PASSWORD).path("access_token").asText();
        TestHttp.Response r = http.post("/api/v1/email/verify/resend", null, access);
        assertThat(r.status()).as(r.body()).isEqualTo(202);
        String second = verifyToken(a, 2);
        assertInvalidToken(verify(first));
        assertThat(verify(second).status()).isEqualTo(204);

        TestHttp.Response again = http.post("/api/v1/email/verify/resend", null, access);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("email_already_verified");
        assertThat(http.post("/api/v1/email/verify/resend", null).status()).isEqualTo(401);
    }

    @Test
    void resetWhenSameTokenUsedInParallelThenExactlyOneSucceeds() throws Exception {
        Account a = signup();
        forgot(a.email());
        String token = resetToken(a.email(), 2);
        java.util.List<Integer> statuses = dev.gatehouse.testing.Concurrently.run(8, () -> reset(token, NEW_PASSWORD).status());
        assertThat(statuses).filteredOn(s -> s == 204).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 400).hasSize(7);
    }

    @Test
    void verifyWhenSameTokenUsedInParallelThenExactlyOneSucceeds() throws Exception {
        Account a = signup();
        String token = verifyToken(a, 1);
        java.util.List<Integer> statuses = dev.gatehouse.testing.Concurrently.run(8, () -> verify(token).status());
        assertThat(statuses).filteredOn(s -> s == 204).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 400).hasSize(7);
    }

    @Test
    void adminActionsSendVerificationTriggerResetAndMarkVerified() {
        Account a = signup();
        String userId = http.login(a.username(), PASSWORD).path("access_token").asText();
        String id = http.get("/api/v1/me", userId).json().path("id").asText();
        var verification = server.gatehouse().services().verification();
        var resets = server.gatehouse().services().passwordReset();

        assertThat(verification.adminSend(id, "admin-1")).isEqualTo(a.email());
        String adminVerifyToken = verifyToken(a, 2);
        resets.adminTrigger(id, "admin-1");
        String adminResetToken = resetToken(a.email(), 3);

        verification.adminMarkVerified(id, "admin-1");
        assertThat(http.get("/api/v1/me", userId).json().path("email_verified").asBoolean()).isTrue();
        assertThat(reset(adminResetToken, NEW_PASSWORD).status()).isEqualTo(204);
        assertThat(verify(adminVerifyToken).status()).as("still a valid link for the same address").isEqualTo(204);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> verification.adminSend(id, "admin-1"))
                .hasFieldOrPropertyWithValue("error", dev.gatehouse.core.ErrorCode.EMAIL_ALREADY_VERIFIED);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> resets.adminTrigger("no-such-user", "admin-1"))
                .hasFieldOrPropertyWithValue("error", dev.gatehouse.core.ErrorCode.NOT_FOUND);
    }

    @Test
    void logTransportIsNotUsedHereAndNoLinkUsesTheRequestHost() {
        Account a = signup();
        Mailbox.Mail mail = mailbox.await(a.email(), 1);
        assertThat(mail.text()).doesNotContain(server.baseUrl());
        assertThat(mail.html()).doesNotContain(server.baseUrl());
    }
}
