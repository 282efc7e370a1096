package dev.gatehouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatehouse.testing.Browser;
import dev.gatehouse.testing.Concurrently;
import dev.gatehouse.testing.Mailbox;
import dev.gatehouse.testing.MutableClock;
import dev.gatehouse.testing.TestDatabases;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Email change through {@code PATCH /api/v1/me} (SECURITY.md "Who may act on whom"): it needs a
 * recent sign-in (the current password, or a session signed in at most 5 minutes ago), the new
 * address replaces the old only once confirmed, and the old address is told at once with a link
 * that cancels the change. Run on SQLite ({@link EmailChangeTest}) and PostgreSQL
 * ({@link EmailChangePostgresTest}); the clock is moved by hand to age a sign-in.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EmailChangeFlow {
    private static final String ISSUER = "http://localhost:8080";
    private static final String PASSWORD = "correct horse battery staple";
    private static final Duration OLD = Duration.ofMinutes(5).plusSeconds(1);
    private static final AtomicInteger SEQ = new AtomicInteger();

    private final MutableClock clock = MutableClock.startingNow();
    private Mailbox mailbox;
    private TestServer server;
    private TestHttp http;

    abstract TestDatabases.Kind kind();

    /** A prefix that keeps the addresses of the two database runs apart in logs. */
    abstract String prefix();

    @BeforeAll
    void start() {
        mailbox = Mailbox.start();
        server = mailbox.configure(TestServer.builder()).database(kind()).clock(clock).start();
        http = server.http();
    }

    @AfterAll
    void stop() {
        if (server != null) server.close();
        if (mailbox != null) mailbox.close();
    }

    private record Account(String username, String email) {}

    /** A user whose address is verified (mail #1 to it was the verification link). */
    private Account verifiedAccount() {
        int n = SEQ.incrementAndGet();
        Account a = new Account(prefix() + "chg" + n, prefix() + "chg" + n + "@example.com");
        TestHttp.Response r = http.post("/api/v1/signup", Map.of("username", a.username(), "password", PASSWORD, "email", a.email()));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        String token = mailbox.await(a.email(), 1).token(ISSUER, "/email/verify");
        assertThat(http.post("/api/v1/email/verify", Map.of("token", token)).status()).isEqualTo(204);
        return a;
    }

    private String newAddress() {
        return prefix() + "new" + SEQ.incrementAndGet() + "@example.org";
    }

    private String signIn(Account a) {
        return http.login(a.username(), PASSWORD).path("access_token").asText();
    }

    private TestHttp.Response patchMe(String access, Map<String, ?> body) {
        return http.send("PATCH", "/api/v1/me", TestHttp.json(body), "application/json", access);
    }

    private TestHttp.Response patchMe(String access, String rawBody) {
        return http.send("PATCH", "/api/v1/me", rawBody, "application/json", access);
    }

    private TestHttp.Response confirm(String token) {
        return http.post("/api/v1/email/verify", Map.of("token", token));
    }

    private TestHttp.Response cancel(String token) {
        return http.post("/api/v1/email/change/cancel", Map.of("token", token));
    }

    private String confirmToken(String newEmail) {
        Mailbox.Mail mail = mailbox.await(newEmail, 1);
        assertThat(mail.subject()).isEqualTo("Gatehouse: Verify your email address");
        return mail.token(ISSUER, "/email/verify");
    }

    /** The notice to the old address (its mail #{@code nth}) and the cancel token in it. */
    private String cancelToken(Account a, int nth, String newEmail) {
        Mailbox.Mail notice = mailbox.await(a.email(), nth);
        assertThat(notice.subject()).isEqualTo("Gatehouse: Your email address is about to change");
        assertThat(notice.text()).contains(newEmail).contains(ISSUER + "/email/change/cancel?token=");
        assertThat(notice.html()).contains("href=\"" + ISSUER + "/email/change/cancel?token=");
        return notice.token(ISSUER, "/email/change/cancel");
    }

    private JsonNode me(String access) {
        return http.get("/api/v1/me", access).json();
    }

    private static void assertProblem(TestHttp.Response r, int status, String code) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.code()).as(r.body()).isEqualTo(code);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void emailChangeWhenSignInOlderThanFiveMinutesAndNoPasswordThenReauthenticationRequiredAndEmailUnchanged() {
        Account a = verifiedAccount();
        JsonNode tokens = http.login(a.username(), PASSWORD);
        clock.advance(OLD);
        String target = newAddress();

        TestHttp.Response refused = patchMe(tokens.path("access_token").asText(), Map.of("email", target));
        assertProblem(refused, 403, "reauthentication_required");
        assertThat(refused.json().path("detail").asText()).contains("current_password");

        // A refresh gives a new access token but not a new sign-in.
        JsonNode refreshed = http.post("/api/v1/refresh", Map.of("refresh_token", tokens.path("refresh_token").asText())).json();
        String access = refreshed.path("access_token").asText();
        assertProblem(patchMe(access, Map.of("email", target)), 403, "reauthentication_required");

        JsonNode me = me(access);
        assertThat(me.path("email").asText()).isEqualTo(a.email());
        assertThat(me.path("email_verified").asBoolean()).isTrue();
        Mailbox.sleep(300);
        assertThat(mailbox.to(target)).as("no link to the new address").isEmpty();
        assertThat(mailbox.to(a.email())).as("only the signup verification").hasSize(1);

        // The name needs no recent sign-in.
        TestHttp.Response renamed = patchMe(access, Map.of("name", "Renamed Later"));
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(renamed.json().path("name").asText()).isEqualTo("Renamed Later");
    }

    @Test
    void emailChangeWithRightCurrentPasswordThenPendingConfirmationToNewNoticeToOldAndConfirmSwapsIt() {
        Account a = verifiedAccount();
        String access = signIn(a);
        clock.advance(OLD);
        String target = newAddress();

        TestHttp.Response patched = patchMe(access, Map.of("email", target, "current_password", PASSWORD));
        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        assertThat(patched.json().path("email").asText()).isEqualTo(a.email());
        assertThat(patched.json().path("email_verified").asBoolean()).isTrue();
        assertThat(patched.json().path("pending_email").asText()).isEqualTo(target);
        assertThat(patched.body()).doesNotContain(PASSWORD);
        assertThat(http.post("/api/v1/login", Map.of("username", target, "password", PASSWORD)).status())
                .as("a pending address does not sign in").isEqualTo(401);

        String cancel = cancelToken(a, 2, target);
        String confirm = confirmToken(target);
        assertThat(confirm).hasSize(43);
        assertThat(cancel).hasSize(43).isNotEqualTo(confirm);
        assertProblem(cancel(confirm), 400, "invalid_token"); // bound to its purpose
        assertProblem(confirm(cancel), 400, "invalid_token");

        assertThat(confirm(confirm).status()).isEqualTo(204);
        JsonNode me = me(access);
        assertThat(me.path("email").asText()).isEqualTo(target);
        assertThat(me.path("email_verified").asBoolean()).isTrue();
        assertThat(mailbox.await(a.email(), 3).subject()).isEqualTo("Gatehouse: Your email address was changed");
        assertProblem(cancel(cancel), 400, "invalid_token");
        assertProblem(confirm(confirm), 400, "invalid_token");
        assertThat(http.post("/api/v1/login", Map.of("username", target, "password", PASSWORD)).status()).isEqualTo(200);
        assertThat(http.get("/api/v1/me", access).status()).as("sessions are left alone").isEqualTo(200);
    }

    @Test
    void cancelLinkThenConfirmationLinkNoLongerWorksAndEmailStays() {
        Account a = verifiedAccount();
        String access = signIn(a);
        String target = newAddress();
        assertThat(patchMe(access, Map.of("email", target)).status()).isEqualTo(200);
        String cancel = cancelToken(a, 2, target);
        String confirm = confirmToken(target);

        assertThat(cancel(cancel).status()).isEqualTo(204);
        assertProblem(cancel(cancel), 400, "invalid_token");
        assertProblem(confirm(confirm), 400, "invalid_token");
        JsonNode me = me(access);
        assertThat(me.path("email").asText()).isEqualTo(a.email());
        assertThat(me.path("email_verified").asBoolean()).isTrue();
        TestHttp.Response resend = http.post("/api/v1/email/verify/resend", null, access);
        assertProblem(resend, 409, "email_already_verified"); // nothing pending any more
    }

    @Test
    void cancelThroughHostedPageThenFormNamesTheAddressPostNeedsCsrfAndTheChangeIsGone() {
        Account a = verifiedAccount();
        String access = signIn(a);
        String target = newAddress();
        assertThat(patchMe(access, Map.of("email", target)).status()).isEqualTo(200);
        String cancel = cancelToken(a, 2, target);
        String confirm = confirmToken(target);
        Browser browser = new Browser(server.baseUrl());
        String page = "/email/change/cancel?token=" + cancel;

        TestHttp.Response form = browser.get(page);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(form.body()).contains("<form method=\"post\" action=\"/email/change/cancel\">").contains(target);
        assertThat(browser.post("/email/change/cancel", Map.of("token", cancel)).status()).as("no CSRF token").isEqualTo(403);
        assertThat(confirm).isNotEmpty();

        TestHttp.Response done = browser.submit(page, "/email/change/cancel", Map.of());
        assertThat(done.status()).isEqualTo(303);
        assertThat(done.header("Location")).isEqualTo("/email/change/cancel/done");
        assertThat(browser.get("/email/change/cancel/done").body()).contains("Email change cancelled");
        assertThat(browser.get(page).status()).as("a spent link shows the error page").isEqualTo(400);
        assertProblem(confirm(confirm), 400, "invalid_token");
        assertThat(me(access).path("email").asText()).isEqualTo(a.email());

        for (String bad : new String[]{"/email/change/cancel", "/email/change/cancel?token=abc",
                "/email/change/cancel?token=" + "x".repeat(3000), "/email/change/cancel?token=a&token=b"}) {
            TestHttp.Response r = browser.get(bad);
            assertThat(r.status()).as(bad).isEqualTo(400);
            assertThat(r.header("Content-Type")).startsWith("text/html");
        }
    }

    @Test
    void emailChangeWhenCurrentPasswordWrongThenInvalidCredentialsAndCountedOnTheLoginThrottle() {
        Account a = verifiedAccount();
        String access = signIn(a);
        String target = newAddress();
        int refusedAt = 0;
        for (int i = 1; i <= 10 && refusedAt == 0; i++) {
            TestHttp.Response r = patchMe(access, Map.of("email", target, "current_password", "not the password " + i));
            if (r.status() == 429) {
                assertThat(r.code()).isEqualTo("too_many_attempts");
                assertThat(r.header("Retry-After")).isNotNull();
                refusedAt = i;
            } else {
                assertProblem(r, 401, "invalid_credentials");
            }
        }
        assertThat(refusedAt).as("the free attempts of a login, then back-off").isBetween(2, 7);
        // The same budget as the password login of this account.
        TestHttp.Response login = http.post("/api/v1/login", Map.of("username", a.username(), "password", PASSWORD));
        assertProblem(login, 429, "too_many_attempts");
        assertThat(me(access).path("email").asText()).isEqualTo(a.email());
        Mailbox.sleep(300);
        assertThat(mailbox.to(target)).isEmpty();
        assertThat(mailbox.to(a.email())).hasSize(1);
    }

    @Test
    void emailChangeWhenSessionSignedInRecentlyThenNoPasswordNeeded() {
        Account a = verifiedAccount();
        String access = signIn(a);
        clock.advance(Duration.ofMinutes(4));
        String target = newAddress();
        TestHttp.Response patched = patchMe(access, Map.of("email", target));
        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        assertThat(patched.json().path("pending_email").asText()).isEqualTo(target);
        cancelToken(a, 2, target);
        assertThat(confirm(confirmToken(target)).status()).isEqualTo(204);
        assertThat(me(access).path("email").asText()).isEqualTo(target);
    }

    @Test
    void newRequestSupersedesThePendingOneAndBothItsLinksDie() {
        Account a = verifiedAccount();
        String access = signIn(a);
        String first = newAddress();
        String second = newAddress();
        assertThat(patchMe(access, Map.of("email", first)).status()).isEqualTo(200);
        String firstCancel = cancelToken(a, 2, first);
        String firstConfirm = confirmToken(first);
        assertThat(patchMe(access, Map.of("email", second)).status()).isEqualTo(200);
        String secondCancel = cancelToken(a, 3, second);
        String secondConfirm = confirmToken(second);

        assertProblem(confirm(firstConfirm), 400, "invalid_token");
        assertProblem(cancel(firstCancel), 400, "invalid_token");
        assertThat(confirm(secondConfirm).status()).isEqualTo(204);
        assertThat(me(access).path("email").asText()).isEqualTo(second);
        assertProblem(cancel(secondCancel), 400, "invalid_token");
    }

    @Test
    void confirmWhenAddressTakenMeanwhileThenConflictAndEmailUnchanged() {
        Account a = verifiedAccount();
        String access = signIn(a);
        String target = newAddress();
        assertThat(patchMe(access, Map.of("email", target)).status()).isEqualTo(200);
        String confirm = confirmToken(target);
        // A pending address reserves nothing: someone else signs up with it first.
        assertThat(http.post("/api/v1/signup", Map.of("username", prefix() + "squat" + SEQ.incrementAndGet(), "password", PASSWORD,
                "email", target.toUpperCase(java.util.Locale.ROOT))).status()).isEqualTo(201);

        assertProblem(confirm(confirm), 409, "email_taken");
        assertThat(me(access).path("email").asText()).isEqualTo(a.email());
        assertProblem(patchMe(access, Map.of("email", target)), 409, "email_taken");
    }

    @Test
    void confirmWhenSameLinkUsedInParallelThenExactlyOneSucceeds() throws Exception {
        Account a = verifiedAccount();
        String access = signIn(a);
        String target = newAddress();
        assertThat(patchMe(access, Map.of("email", target)).status()).isEqualTo(200);
        String confirm = confirmToken(target);
        List<Integer> statuses = Concurrently.run(8, () -> confirm(confirm).status());
        assertThat(statuses).filteredOn(s -> s == 204).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 400).hasSize(7);
        assertThat(me(access).path("email").asText()).isEqualTo(target);
    }

    @Test
    void confirmWhenTwoAccountsConfirmTheSameAddressAtOnceThenOneWinsAndTheOtherGetsConflict() throws Exception {
        Account a = verifiedAccount();
        Account b = verifiedAccount();
        String accessA = signIn(a);
        String accessB = signIn(b);
        String target = newAddress();
        assertThat(patchMe(accessA, Map.of("email", target)).status()).isEqualTo(200);
        assertThat(patchMe(accessB, Map.of("email", target)).status()).isEqualTo(200);
        List<String> tokens = List.of(mailbox.await(target, 1).token(ISSUER, "/email/verify"),
                mailbox.await(target, 2).token(ISSUER, "/email/verify"));
        AtomicInteger next = new AtomicInteger();
        List<Integer> statuses = Concurrently.run(2, () -> confirm(tokens.get(next.getAndIncrement())).status());
        assertThat(statuses).containsExactlyInAnyOrder(204, 409);
        long owners = List.of(me(accessA), me(accessB)).stream().filter(m -> m.path("email").asText().equals(target)).count();
        assertThat(owners).isEqualTo(1);
    }

    @Test
    void emailChangeWhenBodyMalformedHugeOrHostileThenBadRequestNever500() {
        Account a = verifiedAccount();
        String access = signIn(a);
        clock.advance(OLD);
        Map<String, Object> bodies = new LinkedHashMap<>();
        bodies.put("email not text", Map.of("email", 42));
        bodies.put("email an object", Map.of("email", Map.of("a", "b")));
        bodies.put("password not text", Map.of("email", newAddress(), "current_password", 12345));
        bodies.put("password an array", Map.of("email", newAddress(), "current_password", List.of(PASSWORD)));
        bodies.put("password empty", Map.of("email", newAddress(), "current_password", ""));
        bodies.put("email null", "{\"email\":null,\"current_password\":\"" + PASSWORD + "\"}");
        bodies.put("header injection", Map.of("email", "x@example.org\r\nBcc: victim@example.com", "current_password", PASSWORD));
        bodies.put("huge email", Map.of("email", "a".repeat(20_000) + "@example.org", "current_password", PASSWORD));
        bodies.put("unknown field", Map.of("email", newAddress(), "password", PASSWORD));
        bodies.put("privileged field", Map.of("email", newAddress(), "email_verified", true, "current_password", PASSWORD));
        bodies.put("array body", "[{\"email\":\"x@example.org\"}]");
        bodies.put("broken json", "{\"email\":");
        bodies.put("nested depth", "{\"email\":" + "[".repeat(5000) + "]".repeat(5000) + "}");
        for (Map.Entry<String, Object> e : bodies.entrySet()) {
            TestHttp.Response r = e.getValue() instanceof String raw ? patchMe(access, raw) : patchMe(access, (Map<String, ?>) e.getValue());
            assertThat(r.status()).as(e.getKey() + ": " + r.body()).isEqualTo(400);
            assertThat(r.body()).as(e.getKey()).doesNotContain(PASSWORD);
        }
        TestHttp.Response badUtf8 = http.send("PATCH", "/api/v1/me", new byte[]{'{', '"', 'e', '"', ':', '"', (byte) 0xC3, '"', '}'},
                "application/json", access);
        assertThat(badUtf8.status()).isEqualTo(400);
        TestHttp.Response tooLarge = patchMe(access, Map.of("email", newAddress(), "current_password", "p".repeat(200_000)));
        assertThat(tooLarge.status()).isEqualTo(413);
        TestHttp.Response longPassword = patchMe(access, Map.of("email", newAddress(), "current_password", "p".repeat(20_000)));
        assertProblem(longPassword, 401, "invalid_credentials");

        for (Object token : new Object[]{42, "", List.of("x"), "x", "A".repeat(5000), "ä".repeat(43), "' OR 1=1 --"}) {
            TestHttp.Response r = http.post("/api/v1/email/change/cancel", Map.of("token", token));
            assertThat(r.status()).as(String.valueOf(token).substring(0, Math.min(20, String.valueOf(token).length())))
                    .isEqualTo(400);
        }
        assertThat(http.post("/api/v1/email/change/cancel", "{}").status()).isEqualTo(400);
        assertThat(http.post("/api/v1/email/change/cancel", Map.of("token", "x", "user_id", "y")).status()).isEqualTo(400);
        assertThat(http.send("POST", "/api/v1/email/change/cancel", "token=x".getBytes(StandardCharsets.UTF_8),
                "application/x-www-form-urlencoded", null).status()).isEqualTo(415);

        JsonNode me = me(access);
        assertThat(me.path("email").asText()).isEqualTo(a.email());
        assertThat(me.path("email_verified").asBoolean()).isTrue();
    }

    @Test
    void adminEmailChangeIsDirectAndDropsAPendingSelfServiceChange() {
        Account a = verifiedAccount();
        String access = signIn(a);
        String pending = newAddress();
        assertThat(patchMe(access, Map.of("email", pending)).status()).isEqualTo(200);
        String pendingConfirm = confirmToken(pending);
        String pendingCancel = cancelToken(a, 2, pending);
        String adminName = prefix() + "admin" + SEQ.incrementAndGet();
        server.gatehouse().services().accounts().create(adminName, PASSWORD, null, null, List.of("user", "admin"), null);
        String admin = http.login(adminName, PASSWORD).path("access_token").asText();
        clock.advance(OLD); // an administrator's own sign-in age does not matter here
        String id = me(access).path("id").asText();
        String direct = newAddress();

        TestHttp.Response r = http.send("PATCH", "/admin/v1/users/" + id, TestHttp.json(Map.of("email", direct)), "application/json", admin);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().path("email").asText()).isEqualTo(direct);
        assertThat(r.json().path("email_verified").asBoolean()).isFalse();
        assertThat(mailbox.await(a.email(), 3).subject()).isEqualTo("Gatehouse: Your email address was changed");
        assertThat(confirm(confirmToken(direct)).status()).isEqualTo(204);
        assertProblem(confirm(pendingConfirm), 400, "invalid_token");
        assertProblem(cancel(pendingCancel), 400, "invalid_token");
        JsonNode me = me(access);
        assertThat(me.path("email").asText()).isEqualTo(direct);
        assertThat(me.path("email_verified").asBoolean()).isTrue();
    }
}
