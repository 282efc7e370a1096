package dev.gatehouse.web.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.openid.connect.sdk.claims.ACR;
import com.nimbusds.oauth2.sdk.AuthorizationResponse;
import dev.gatehouse.testing.Authenticator;
import dev.gatehouse.testing.Browser;
import dev.gatehouse.testing.MutableClock;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The second step of the hosted sign-in (API.md §7 "Hosted pages"): after the right password, an
 * account with TOTP is sent to {@code /login/mfa}, a form with one input named {@code code}; the right
 * code signs the browser in with amr pwd+otp+mfa and the pending authorization request goes on, so the
 * ID token says acr "2". Wrong codes count on the account's throttle; the step is single use, expires,
 * cannot be skipped and needs the CSRF token.
 */
class MfaLoginPageTest {
    private static final Duration STEP = Duration.ofSeconds(30);
    private static MutableClock clock;
    private static TestServer server;
    private static RelyingParty app;

    @BeforeAll
    static void start() {
        // At the start of a TOTP step, so that moving by whole steps never crosses a boundary by accident.
        long now = Instant.now().getEpochSecond();
        clock = new MutableClock(Instant.ofEpochSecond(now - Math.floorMod(now, 30) + 1));
        server = TestServer.builder().clock(clock).start();
        app = RelyingParty.confidential(server, List.of("openid", "profile"), false);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** A user with TOTP set up through the account API, its authenticator and recovery codes. */
    private record Enrolled(String username, Authenticator app, List<String> recoveryCodes) {}

    private static Enrolled enrolled() {
        String username = RelyingParty.newUser(server, List.of("user"));
        TestHttp http = server.http();
        TestHttp.Response login = http.post("/api/v1/login", Map.of("username", username, "password", RelyingParty.PASSWORD));
        String access = login.json().path("access_token").asText();
        TestHttp.Response started = http.post("/api/v1/me/mfa/totp", Map.of(), access);
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        Authenticator totp = new Authenticator(started.json().path("secret").asText(), clock);
        TestHttp.Response confirmed = http.post("/api/v1/me/mfa/totp/confirm", Map.of("code", totp.code()), access);
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        List<String> codes = new ArrayList<>();
        confirmed.json().path("recovery_codes").forEach(c -> codes.add(c.asText()));
        clock.advance(STEP);
        return new Enrolled(username, totp, codes);
    }

    /** Password on the login page for {@code returnTo}; returns the answer (303 to the code step when all is well). */
    private static TestHttp.Response password(Browser b, String username, String returnTo) {
        String page = returnTo == null ? "/login" : "/login?return_to=" + java.net.URLEncoder.encode(returnTo, java.nio.charset.StandardCharsets.UTF_8);
        return b.submit(page, "/login", Map.of("username", username, "password", RelyingParty.PASSWORD));
    }

    private static TestHttp.Response code(Browser b, String location, String code) {
        return b.submit(location, "/login/mfa", Map.of("code", code));
    }

    @Test
    void anAuthorizationCodeFlowThroughPasswordAndTotpGivesAcr2AndAmrOtp() throws Exception {
        Enrolled e = enrolled();
        Browser b = new Browser(server.baseUrl());
        RelyingParty.Request req = app.request("openid profile");
        TestHttp.Response r = b.get(req.path());
        assertThat(r.status()).isEqualTo(303);
        String login = r.header("Location");
        assertThat(login).startsWith("/login");
        TestHttp.Response afterPassword = b.submit(login, "/login", Map.of("username", e.username(), "password", RelyingParty.PASSWORD));
        assertThat(afterPassword.status()).as(afterPassword.body()).isEqualTo(303);
        String step = afterPassword.header("Location");
        assertThat(step).startsWith("/login/mfa?return_to=");
        assertThat(b.cookie("gatehouse_session")).isNull();
        assertThat(b.setCookieHeader("gatehouse_mfa")).contains("HttpOnly").contains("Max-Age=300");

        TestHttp.Response page = b.get(step);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<form method=\"post\" action=\"/login/mfa\">");
        assertThat(Browser.input(page.body(), "code")).containsEntry("autocomplete", "one-time-code");
        assertThat(page.body()).doesNotContain(b.cookie("gatehouse_mfa"));
        // CSP3 §6.3.1: the code form's POST may end in a redirect to the client (no consent page once remembered).
        assertThat(page.header("Content-Security-Policy")).contains("form-action 'self' https://app.example;");

        TestHttp.Response done = code(b, step, e.app().code());
        assertThat(done.status()).as(done.body()).isEqualTo(303);
        assertThat(b.cookie("gatehouse_session")).isNotNull();
        URI back = RelyingParty.browse(b, done.header("Location"), e.username(), "allow");
        AuthorizationResponse response = RelyingParty.parse(back);
        assertThat(response.indicatesSuccess()).as(back.toString()).isTrue();
        JWTClaimsSet id = app.tokens(response.toSuccessResponse().getAuthorizationCode().getValue(), req).getIDToken().getJWTClaimsSet();
        assertThat(id.getStringClaim("acr")).isEqualTo("2");
        assertThat(id.getStringListClaim("amr")).contains("pwd", "otp", "mfa");
    }

    @Test
    void aStepUpOfAOneFactorSessionGoesThroughPasswordAndCodeAndEndsWithAcr2() throws Exception {
        Enrolled e = enrolled();
        String userId = server.gatehouse().stores().users().findByLogin(e.username()).orElseThrow().user().id();
        Browser b = new Browser(server.baseUrl());
        b.cookie("gatehouse_session", server.gatehouse().services().loginSessions()
                .start(userId, List.of("pwd"), "127.0.0.1", "test").cookieValue());
        RelyingParty.Request req = app.request("openid", builder -> builder.acrValues(List.of(new ACR("2"))));
        TestHttp.Response asked = b.get(req.path());
        assertThat(asked.status()).as(asked.body()).isEqualTo(303);
        String stepUp = asked.header("Location");
        assertThat(stepUp).startsWith("/login/mfa?return_to=");
        TestHttp.Response page = b.get(stepUp);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("then your second factor").contains("name=\"password\"");
        TestHttp.Response afterPassword = b.submit(stepUp, "/login", Map.of("username", e.username(), "password", RelyingParty.PASSWORD));
        assertThat(afterPassword.status()).as(afterPassword.body()).isEqualTo(303);
        String step = afterPassword.header("Location");
        assertThat(step).startsWith("/login/mfa?return_to=");
        TestHttp.Response done = code(b, step, e.app().code());
        assertThat(done.status()).as(done.body()).isEqualTo(303);
        URI back = RelyingParty.browse(b, done.header("Location"), e.username(), "allow");
        AuthorizationResponse response = RelyingParty.parse(back);
        assertThat(response.indicatesSuccess()).as(back.toString()).isTrue();
        JWTClaimsSet id = app.tokens(response.toSuccessResponse().getAuthorizationCode().getValue(), req).getIDToken().getJWTClaimsSet();
        assertThat(id.getStringClaim("acr")).isEqualTo("2");
    }

    @Test
    void aRecoveryCodeSignsInOnce() {
        Enrolled e = enrolled();
        Browser b = new Browser(server.baseUrl());
        TestHttp.Response first = code(b, password(b, e.username(), null).header("Location"), e.recoveryCodes().get(0));
        assertThat(first.status()).as(first.body()).isEqualTo(303);
        assertThat(first.header("Location")).isEqualTo("/signed-in");

        Browser other = new Browser(server.baseUrl());
        TestHttp.Response again = code(other, password(other, e.username(), null).header("Location"), e.recoveryCodes().get(0));
        assertThat(again.status()).isEqualTo(401);
        assertThat(again.body()).contains("That code is not right");
        assertThat(other.cookie("gatehouse_session")).isNull();
    }

    @Test
    void aWrongCodeShowsTheFormAgainAndCountsOnTheAccountsThrottle() {
        Enrolled e = enrolled();
        Browser b = new Browser(server.baseUrl());
        String step = password(b, e.username(), "/signed-in").header("Location");
        TestHttp.Response wrong = code(b, step, e.app().code(5));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.body()).contains("That code is not right");
        assertThat(Browser.input(wrong.body(), "code")).isNotEmpty();
        TestHttp.Response last = wrong;
        for (int i = 0; i < 10 && last.status() != 429; i++) last = code(b, step, e.app().code(5));
        assertThat(last.status()).as(last.body()).isEqualTo(429);
        assertThat(last.header("Retry-After")).isNotNull();
        assertThat(last.body()).contains("Too many attempts");
        // Even the right code waits now: the budget is the account's, not the form's.
        assertThat(code(b, step, e.app().code()).status()).isEqualTo(429);
        assertThat(b.cookie("gatehouse_session")).isNull();
        // And the password login of the same account counts against the same budget.
        assertThat(password(new Browser(server.baseUrl()), e.username(), null).status()).isEqualTo(429);
    }

    @Test
    void theStepCannotBeSkipped() {
        Enrolled e = enrolled();
        Browser b = new Browser(server.baseUrl());
        RelyingParty.Request req = app.request("openid");
        String login = b.get(req.path()).header("Location");
        String step = b.submit(login, "/login", Map.of("username", e.username(), "password", RelyingParty.PASSWORD)).header("Location");
        assertThat(step).startsWith("/login/mfa");
        // Resuming the authorization request without the code: back to the login page, never a code.
        TestHttp.Response resumed = b.get(java.net.URLDecoder.decode(step.substring(step.indexOf('=') + 1), java.nio.charset.StandardCharsets.UTF_8));
        assertThat(resumed.status()).isEqualTo(303);
        assertThat(resumed.header("Location")).startsWith("/login");
        assertThat(b.get("/consent").status()).isNotEqualTo(200);
        assertThat(b.get("/signed-in").header("Location")).isEqualTo("/login");
        // The mfa cookie is nothing but the pending step: as a session cookie it is no session.
        b.cookie("gatehouse_session", b.cookie("gatehouse_mfa"));
        assertThat(b.get("/signed-in").header("Location")).isEqualTo("/login");
    }

    @Test
    void anExpiredOrReplayedStepGoesBackToTheLoginPage() {
        Enrolled e = enrolled();
        Browser b = new Browser(server.baseUrl());
        String step = password(b, e.username(), "/signed-in").header("Location");
        String handle = b.cookie("gatehouse_mfa");
        Map<String, String> form = new LinkedHashMap<>(Browser.hiddenInputs(b.get(step).body()));
        clock.advance(Duration.ofMinutes(6));
        form.put("code", e.app().code());
        TestHttp.Response late = b.post("/login/mfa", form);
        assertThat(late.status()).isEqualTo(401);
        assertThat(late.body()).contains("Please sign in again").contains("name=\"password\"");
        assertThat(b.cookie("gatehouse_session")).isNull();
        assertThat(b.get(step).body()).contains("Please sign in again");

        String fresh = password(b, e.username(), "/signed-in").header("Location");
        String used = b.cookie("gatehouse_mfa");
        assertThat(used).isNotEqualTo(handle);
        assertThat(code(b, fresh, e.app().code()).status()).isEqualTo(303);
        // The spent step replayed from another browser that copied the cookie.
        clock.advance(STEP);
        Browser thief = new Browser(server.baseUrl());
        thief.cookie("gatehouse_mfa", used);
        TestHttp.Response replay = thief.submit("/login", "/login/mfa", Map.of("code", e.app().code()));
        assertThat(replay.status()).isEqualTo(401);
        assertThat(replay.body()).contains("Please sign in again");
        assertThat(thief.cookie("gatehouse_session")).isNull();
    }

    @Test
    void twoTabsSendingTheRightCodeAtOnceSignInOnce() throws Exception {
        Enrolled e = enrolled();
        Browser first = new Browser(server.baseUrl());
        String step = password(first, e.username(), null).header("Location");
        Map<String, String> form = new LinkedHashMap<>(Browser.hiddenInputs(first.get(step).body()));
        form.put("code", e.app().code());
        List<Browser> tabs = List.of(first, new Browser(server.baseUrl()));
        first.cookies().forEach(tabs.get(1)::cookie);
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        List<Integer> statuses = dev.gatehouse.testing.Concurrently.run(2, () -> tabs.get(next.getAndIncrement()).post("/login/mfa", form).status());
        assertThat(statuses).containsExactlyInAnyOrder(303, 401);
    }

    @Test
    void withoutTheCsrfTokenTheCodeIsRefused() {
        Enrolled e = enrolled();
        Browser b = new Browser(server.baseUrl());
        password(b, e.username(), null);
        TestHttp.Response r = b.post("/login/mfa", Map.of("code", e.app().code()));
        assertThat(r.status()).isEqualTo(403);
        assertThat(b.cookie("gatehouse_session")).isNull();
    }

    @Test
    void hostileInputIsRefusedWithoutA500() {
        Enrolled e = enrolled();
        Browser b = new Browser(server.baseUrl());
        String step = password(b, e.username(), null).header("Location");
        Map<String, String> hidden = Browser.hiddenInputs(b.get(step).body());
        for (String code : List.of("", " ", "x".repeat(5000), "12345\u0000", "<script>", "١٢٣٤٥٦", "000000000000000000", "%00")) {
            Map<String, String> f = new LinkedHashMap<>(hidden);
            f.put("code", code);
            TestHttp.Response r = b.post("/login/mfa", f);
            assertThat(r.status()).as(code).isBetween(400, 499);
            assertThat(r.body()).doesNotContain("<script>");
        }
        assertThat(b.postRaw("/login/mfa", "csrf=" + hidden.get("csrf") + "&code=1&code=2", "application/x-www-form-urlencoded").status())
                .isBetween(400, 499);
        assertThat(b.get("/login/mfa?return_to=https://evil.example/").body()).doesNotContain("evil.example");
        assertThat(b.get("/login/mfa?return_to=a&return_to=b").status()).isEqualTo(400);
        Browser forged = new Browser(server.baseUrl());
        for (String cookie : List.of("A".repeat(43), "x", "A".repeat(5000), "%ff")) {
            forged.cookie("gatehouse_mfa", cookie);
            assertThat(forged.get("/login/mfa").status()).as(cookie).isEqualTo(401);
        }
    }

    @Test
    void aUserOfARequiredRoleSetsUpTotpOnThePageAndSeesTheRecoveryCodesOnce() {
        try (TestServer s = TestServer.builder().clock(clock).set("mfa.required.roles", "admin").start()) {
            s.gatehouse().services().accounts().create("chief", RelyingParty.PASSWORD, null, null, List.of("user", "admin"), null);
            Browser b = new Browser(s.baseUrl());
            TestHttp.Response r = b.submit("/login?return_to=%2Fsigned-in", "/login", Map.of("username", "chief", "password", RelyingParty.PASSWORD));
            assertThat(r.status()).as(r.body()).isEqualTo(303);
            String step = r.header("Location");
            TestHttp.Response page = b.get(step);
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).contains("<svg").contains("Set up a second factor").doesNotContain("<script");
            String secret = page.body().replaceAll("(?s).*Key: <code>([A-Z2-7]+)</code>.*", "$1");
            Authenticator totp = new Authenticator(secret, clock);
            Map<String, String> f = new LinkedHashMap<>(Browser.hiddenInputs(page.body()));
            f.put("code", totp.code(4));
            TestHttp.Response wrong = b.post("/login/mfa", f);
            assertThat(wrong.status()).isEqualTo(401);
            f.put("code", totp.code());
            TestHttp.Response done = b.post("/login/mfa", f);
            assertThat(done.status()).as(done.body()).isEqualTo(200);
            assertThat(done.body()).contains("recovery codes").contains("href=\"/signed-in\"");
            assertThat(done.body().split("<li><code>").length - 1).isEqualTo(10);
            assertThat(b.cookie("gatehouse_session")).isNotNull();
            assertThat(b.get("/signed-in").status()).isEqualTo(200);
            // Once: the step is spent, and the next sign-in asks for a code.
            assertThat(b.post("/login/mfa", f).status()).isEqualTo(401);
            TestHttp.Response next = new Browser(s.baseUrl()).submit("/login", "/login", Map.of("username", "chief", "password", RelyingParty.PASSWORD));
            assertThat(next.header("Location")).startsWith("/login/mfa");
        }
    }

    /**
     * The set-up page keeps the secret it showed while the enrolment is pending: a reload, or a second
     * tab of the same sign-in, shows the same key, so the code of an app that scanned the first view
     * still confirms. A new sign-in (a new step) starts with a new secret.
     */
    @Test
    void aReloadOfTheSetUpPageShowsTheKeyTheAppAlreadyScanned() {
        try (TestServer s = TestServer.builder().clock(clock).set("mfa.required.roles", "admin").start()) {
            s.gatehouse().services().accounts().create("warden", RelyingParty.PASSWORD, null, null, List.of("user", "admin"), null);
            Browser b = new Browser(s.baseUrl());
            String step = b.submit("/login", "/login", Map.of("username", "warden", "password", RelyingParty.PASSWORD)).header("Location");
            String scanned = key(b.get(step).body());
            TestHttp.Response reload = b.get(step);
            assertThat(key(reload.body())).isEqualTo(scanned);
            Browser tab = new Browser(s.baseUrl());
            tab.cookie("gatehouse_mfa", b.cookie("gatehouse_mfa"));
            assertThat(key(tab.get(step).body())).isEqualTo(scanned);

            clock.advance(STEP);
            Browser again = new Browser(s.baseUrl());
            String next = again.submit("/login", "/login", Map.of("username", "warden", "password", RelyingParty.PASSWORD)).header("Location");
            String fresh = key(again.get(next).body());
            assertThat(fresh).isNotEqualTo(scanned);
            Map<String, String> f = new LinkedHashMap<>(Browser.hiddenInputs(again.get(next).body()));
            f.put("code", new Authenticator(fresh, clock).code());
            TestHttp.Response done = again.post("/login/mfa", f);
            assertThat(done.status()).as(done.body()).isEqualTo(200);
        }
    }

    @Test
    void theCodeOfTheFirstViewConfirmsAfterAReload() {
        try (TestServer s = TestServer.builder().clock(clock).set("mfa.required.roles", "admin").start()) {
            s.gatehouse().services().accounts().create("keeper", RelyingParty.PASSWORD, null, null, List.of("user", "admin"), null);
            Browser b = new Browser(s.baseUrl());
            String step = b.submit("/login", "/login", Map.of("username", "keeper", "password", RelyingParty.PASSWORD)).header("Location");
            Authenticator app = new Authenticator(key(b.get(step).body()), clock);
            TestHttp.Response reload = b.get(step);
            Map<String, String> f = new LinkedHashMap<>(Browser.hiddenInputs(reload.body()));
            f.put("code", app.code());
            TestHttp.Response done = b.post("/login/mfa", f);
            assertThat(done.status()).as(done.body()).isEqualTo(200);
            assertThat(done.body()).contains("recovery codes");
        }
    }

    private static String key(String page) {
        assertThat(page).contains("Key: <code>");
        return page.replaceAll("(?s).*Key: <code>([A-Z2-7]+)</code>.*", "$1");
    }

    /**
     * The page cookie is a handle only the hosted pages understand: whoever reads it (it is HttpOnly,
     * but a proxy log or a stolen cookie jar) holds no mfa_token for the JSON API. The step still works
     * on the page afterwards; the JSON API's own mfa_token does not open the page either.
     */
    @Test
    void theHostedStepCookieIsNoMfaTokenForTheJsonApi() {
        Enrolled e = enrolled();
        Browser b = new Browser(server.baseUrl());
        TestHttp.Response afterPassword = b.submit("/login", "/login", Map.of("username", e.username(), "password", RelyingParty.PASSWORD));
        String step = afterPassword.header("Location");
        String handle = b.cookie("gatehouse_mfa");
        TestHttp http = server.http();
        for (String method : List.of("totp", "recovery_code")) {
            String code = method.equals("totp") ? e.app().code() : e.recoveryCodes().get(0);
            TestHttp.Response api = http.post("/api/v1/login/mfa", Map.of("mfa_token", handle, "method", method, "code", code));
            assertThat(api.status()).as(api.body()).isEqualTo(401);
            assertThat(api.code()).isEqualTo("invalid_mfa_token");
        }
        assertThat(http.post("/api/v1/login/mfa/webauthn/options", Map.of("mfa_token", handle)).code()).isEqualTo("invalid_mfa_token");

        // The JSON API's mfa_token, set as the page cookie, is no step of the pages.
        String apiToken = http.post("/api/v1/login", Map.of("username", e.username(), "password", RelyingParty.PASSWORD)).json()
                .path("mfa_token").asText();
        Browser forged = new Browser(server.baseUrl());
        forged.cookie("gatehouse_mfa", apiToken);
        assertThat(forged.get("/login/mfa").status()).isEqualTo(401);

        TestHttp.Response done = code(b, step, e.app().code());
        assertThat(done.status()).as(done.body()).isEqualTo(303);
        assertThat(b.cookie("gatehouse_session")).isNotNull();
    }
}
