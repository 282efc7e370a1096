package dev.gatehouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.testing.Browser;
import dev.gatehouse.testing.Concurrently;
import dev.gatehouse.testing.Mailbox;
import dev.gatehouse.testing.MutableClock;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The account page's email change (API.md §9, the rules of PATCH /api/v1/me): it needs the current
 * password or a recent sign-in of this browser, the new address gets a confirmation link and the old
 * one a notice with a cancel link, the page shows the pending address, and the address switches only
 * when the link is followed, once. An address another account holds is refused.
 */
class AccountEmailPageTest {
    private static final String ISSUER = "http://localhost:8080";
    private static final String PASSWORD = "correct horse battery staple";
    private static final Duration OLD = Duration.ofMinutes(5).plusSeconds(1);
    private static final AtomicInteger N = new AtomicInteger();

    private static final MutableClock CLOCK = MutableClock.startingNow();
    private static Mailbox mailbox;
    private static TestServer server;

    @BeforeAll
    static void start() {
        mailbox = Mailbox.start();
        server = mailbox.configure(TestServer.builder()).clock(CLOCK).set("login.throttle.free.attempts", "5").start();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        if (mailbox != null) mailbox.close();
    }

    private record Account(String username, String email) {}

    /** A user whose address is verified (mail #1 to it was the verification link). */
    private static Account verifiedAccount() {
        String username = "mailpage" + N.incrementAndGet();
        Account a = new Account(username, username + "@example.com");
        TestHttp.Response r = server.http().post("/api/v1/signup", Map.of("username", username, "password", PASSWORD, "email", a.email()));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        String token = mailbox.await(a.email(), 1).token(ISSUER, "/email/verify");
        assertThat(server.http().post("/api/v1/email/verify", Map.of("token", token)).status()).isEqualTo(204);
        return a;
    }

    private static String newAddress() {
        return "moved" + N.incrementAndGet() + "@example.org";
    }

    private static Browser signedIn(Account a) {
        Browser b = new Browser(server.baseUrl());
        TestHttp.Response r = b.submit("/login", "/login", Map.of("username", a.username(), "password", PASSWORD));
        assertThat(r.status()).as(r.body()).isEqualTo(303);
        return b;
    }

    private static TestHttp.Response changeEmail(Browser b, String email, String password) {
        return b.submit("/account", "/account/email", Map.of("email", email, "password", password));
    }

    private static String currentEmail(Account a) {
        return server.gatehouse().stores().users().findByLogin(a.username()).orElseThrow().user().email();
    }

    /** Follows a mailed confirmation link as a person does: the page, then its button. */
    private static TestHttp.Response follow(Browser b, String token) {
        TestHttp.Response form = b.get("/email/verify?token=" + token);
        if (form.status() != 200) return form;
        return b.post("/email/verify", Browser.hiddenInputs(form.body()));
    }

    @Test
    void withThePasswordTheNewAddressIsPendingUntilItsLinkIsFollowedOnce() {
        Account a = verifiedAccount();
        Browser b = signedIn(a);
        CLOCK.advance(OLD);
        String target = newAddress();

        TestHttp.Response r = changeEmail(b, target, PASSWORD);
        assertThat(r.status()).as(r.body()).isEqualTo(303);
        assertThat(r.header("Location")).isEqualTo("/account?done=email");
        String page = b.get(r.header("Location")).body();
        assertThat(page).contains("A confirmation link was sent to the new address").contains("Waiting for confirmation: " + target)
                .contains("action=\"/account/email/cancel\"");
        assertThat(currentEmail(a)).as("not before the link is followed").isEqualTo(a.email());

        Mailbox.Mail notice = mailbox.await(a.email(), 2);
        assertThat(notice.subject()).isEqualTo("Gatehouse: Your email address is about to change");
        assertThat(notice.text()).contains(target).contains(ISSUER + "/email/change/cancel?token=");
        String token = mailbox.await(target, 1).token(ISSUER, "/email/verify");

        // The link may be opened anywhere, signed in or not.
        Browser elsewhere = new Browser(server.baseUrl());
        TestHttp.Response done = follow(elsewhere, token);
        assertThat(done.status()).as(done.body()).isEqualTo(303);
        assertThat(currentEmail(a)).isEqualTo(target);
        assertThat(mailbox.await(a.email(), 3).subject()).isEqualTo("Gatehouse: Your email address was changed");
        String after = b.get("/account").body();
        assertThat(after).contains(target + " <span class=\"muted\">(verified)").doesNotContain("Waiting for confirmation");

        // Followed again (a retry, a second tab): the link is spent, the address stays.
        TestHttp.Response again = follow(elsewhere, token);
        assertThat(again.status()).isEqualTo(400);
        assertThat(currentEmail(a)).isEqualTo(target);
    }

    @Test
    void aRecentSignInNeedsNoPasswordAnOldOneDoesAndAWrongOneIsRefused() {
        Account a = verifiedAccount();
        Browser b = signedIn(a);
        String first = newAddress();
        assertThat(changeEmail(b, first, "").header("Location")).isEqualTo("/account?done=email");
        assertThat(mailbox.await(first, 1).subject()).isEqualTo("Gatehouse: Verify your email address");

        CLOCK.advance(OLD);
        String second = newAddress();
        TestHttp.Response old = changeEmail(b, second, "");
        assertThat(old.status()).isEqualTo(403);
        assertThat(old.body()).contains("you signed in here too long ago").contains("value=\"" + second + "\"");
        TestHttp.Response wrong = changeEmail(b, second, "not the password");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.body()).contains("The current password is not right.");
        Mailbox.sleep(300);
        assertThat(mailbox.to(second)).isEmpty();
        assertThat(currentEmail(a)).isEqualTo(a.email());
        // The pending change of before is still the one shown.
        assertThat(b.get("/account").body()).contains("Waiting for confirmation: " + first);
    }

    @Test
    void anAddressAnotherAccountHoldsIsRefusedInAnySpelling() {
        Account a = verifiedAccount();
        Account other = verifiedAccount();
        Browser b = signedIn(a);
        for (String taken : List.of(other.email(), other.email().toUpperCase(), " " + other.email() + " ")) {
            TestHttp.Response r = changeEmail(b, taken, PASSWORD);
            assertThat(r.status()).as(taken).isEqualTo(409);
            assertThat(r.body()).contains("This address belongs to another account.");
        }
        Mailbox.sleep(300);
        assertThat(mailbox.to(other.email())).as("only its own verification").hasSize(1);
        assertThat(currentEmail(a)).isEqualTo(a.email());
        assertThat(currentEmail(other)).isEqualTo(other.email());
    }

    @Test
    void theOwnAddressChangesNothingAndTheAccountPageCancelsAPendingChange() {
        Account a = verifiedAccount();
        Browser b = signedIn(a);
        assertThat(changeEmail(b, a.email().toUpperCase(), PASSWORD).header("Location")).isEqualTo("/account?done=email_same");

        String target = newAddress();
        assertThat(changeEmail(b, target, PASSWORD).status()).isEqualTo(303);
        String token = mailbox.await(target, 1).token(ISSUER, "/email/verify");
        String cancelToken = mailbox.await(a.email(), 2).token(ISSUER, "/email/change/cancel");
        TestHttp.Response cancel = b.submit("/account", "/account/email/cancel", Map.of());
        assertThat(cancel.header("Location")).isEqualTo("/account?done=email_cancelled");
        assertThat(b.get(cancel.header("Location")).body()).contains("The email change was cancelled").doesNotContain("Waiting for confirmation");
        // Both links of the change are dead; a second tab's cancel answers the same.
        assertThat(follow(new Browser(server.baseUrl()), token).status()).isEqualTo(400);
        assertThat(new Browser(server.baseUrl()).get("/email/change/cancel?token=" + cancelToken).status()).isEqualTo(400);
        assertThat(b.submit("/account", "/account/email/cancel", Map.of()).header("Location")).isEqualTo("/account?done=email_cancelled");
        assertThat(currentEmail(a)).isEqualTo(a.email());
    }

    @Test
    void twoTabsChangingAtOnceLeaveOnlyTheNewerChangeConfirmable() throws Exception {
        Account a = verifiedAccount();
        Browser b = signedIn(a);
        String x = newAddress();
        String y = newAddress();
        AtomicInteger next = new AtomicInteger();
        List<Integer> statuses = Concurrently.run(2, () -> changeEmail(b, next.getAndIncrement() == 0 ? x : y, PASSWORD).status());
        assertThat(statuses).containsOnly(303);
        String tx = mailbox.await(x, 1).token(ISSUER, "/email/verify");
        String ty = mailbox.await(y, 1).token(ISSUER, "/email/verify");
        List<Integer> followed = List.of(follow(new Browser(server.baseUrl()), tx).status(), follow(new Browser(server.baseUrl()), ty).status());
        assertThat(followed).containsExactlyInAnyOrder(303, 400);
        assertThat(currentEmail(a)).isIn(x, y);
    }

    @Test
    void anAccountWithoutAnAddressGetsTheNewOneAtOnceUnverified() {
        String username = "noaddress" + N.incrementAndGet();
        assertThat(server.http().post("/api/v1/signup", Map.of("username", username, "password", PASSWORD)).status()).isEqualTo(201);
        Account a = new Account(username, null);
        Browser b = signedIn(a);
        assertThat(b.get("/account").body()).contains("No address");
        String target = newAddress();
        TestHttp.Response r = changeEmail(b, target, PASSWORD);
        assertThat(r.header("Location")).isEqualTo("/account?done=email_set");
        assertThat(currentEmail(a)).isEqualTo(target);
        assertThat(b.get(r.header("Location")).body()).contains("a link to verify it was sent there").contains(target + " <span class=\"muted\">(not verified)")
                .doesNotContain("Waiting for confirmation");
        assertThat(mailbox.await(target, 1).subject()).isEqualTo("Gatehouse: Verify your email address");
    }

    @Test
    void wrongPasswordsAreCountedOnTheLoginThrottle() {
        Account a = verifiedAccount();
        Browser b = signedIn(a);
        CLOCK.advance(OLD);
        TestHttp.Response last = null;
        for (int i = 0; i < 7 && (last == null || last.status() != 429); i++) last = changeEmail(b, newAddress(), "wrong " + i);
        assertThat(last.status()).isEqualTo(429);
        assertThat(last.header("Retry-After")).matches("[1-9][0-9]*");
        assertThat(currentEmail(a)).isEqualTo(a.email());
    }

    @Test
    void withoutSignInOrCsrfNothingChanges() {
        Account a = verifiedAccount();
        Browser anonymous = new Browser(server.baseUrl());
        String csrf = Browser.hiddenInputs(anonymous.get("/login").body()).get("csrf");
        TestHttp.Response r = anonymous.post("/account/email", Map.of("csrf", csrf, "email", newAddress(), "password", PASSWORD));
        assertThat(r.status()).isEqualTo(303);
        assertThat(r.header("Location")).isEqualTo("/login?return_to=%2Faccount");

        Browser b = signedIn(a);
        String target = newAddress();
        assertThat(b.post("/account/email", Map.of("email", target, "password", PASSWORD)).status()).isEqualTo(403);
        assertThat(b.post("/account/email", Map.of("csrf", "forged", "email", target, "password", PASSWORD)).status()).isEqualTo(403);
        assertThat(b.post("/account/email/cancel", Map.of()).status()).isEqualTo(403);
        // A token of another browser's page is not this browser's.
        String foreign = Browser.hiddenInputs(signedIn(verifiedAccount()).get("/account").body()).get("csrf");
        assertThat(b.post("/account/email", Map.of("csrf", foreign, "email", target, "password", PASSWORD)).status()).isEqualTo(403);
        Mailbox.sleep(300);
        assertThat(mailbox.to(target)).isEmpty();
    }

    @Test
    void hostileInputIsAFourHundredPageNeverAServerError() {
        Account a = verifiedAccount();
        Browser b = signedIn(a);
        String csrf = Browser.hiddenInputs(b.get("/account").body()).get("csrf");
        for (String email : List.of("", "   ", "no-at-sign", "a@b@c", "x".repeat(300) + "@example.com", "a\u0000@example.com",
                "<script>@example.com", "a@example.com\r\nBcc: victim@example.com", "\u202e@example.com")) {
            TestHttp.Response r = b.post("/account/email", Map.of("csrf", csrf, "email", email, "password", PASSWORD));
            assertThat(r.status()).as(email).isEqualTo(400);
            assertThat(r.body()).doesNotContain("<script>@");
        }
        String huge = "a".repeat(200_000) + "@example.com";
        assertThat(b.post("/account/email", Map.of("csrf", csrf, "email", huge, "password", PASSWORD)).status()).isIn(400, 413);
        assertThat(b.post("/account/email", Map.of("csrf", csrf, "email", newAddress(), "password", "p".repeat(100_000))).status())
                .isIn(401, 413);
        String twice = "csrf=" + csrf + "&email=a%40example.org&email=b%40example.org&password=x";
        assertThat(b.postRaw("/account/email", twice, "application/x-www-form-urlencoded").status()).isEqualTo(400);
        assertThat(b.postRaw("/account/email", "{\"email\":\"a@example.org\"}", "application/json").status()).isEqualTo(415);
        assertThat(b.postRaw("/account/email", new byte[] {(byte) 0xff, (byte) 0xfe, '=', 1}, "application/x-www-form-urlencoded",
                Map.of()).status()).isBetween(400, 499);
        assertThat(b.postRaw("/account/email", "csrf=" + csrf + "&email=%E0%A4%A", "application/x-www-form-urlencoded").status())
                .isBetween(400, 499);
        assertThat(currentEmail(a)).isEqualTo(a.email());
    }
}
