package dev.gatehouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jwt.SignedJWT;
import dev.gatehouse.testing.Authenticator;
import dev.gatehouse.testing.Concurrently;
import dev.gatehouse.testing.MutableClock;
import dev.gatehouse.testing.TestDatabases;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Second factors through the JSON API (API.md §7): TOTP enrolment, the {@code mfa_required} second
 * step of {@code /api/v1/login}, recovery codes, re-authentication, and {@code amr} on tokens. The
 * clock is moved by hand, so TOTP steps and ages are exact.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MfaApiTest {
    private static final String PASSWORD = "correct horse battery staple";
    private static final Duration STEP = Duration.ofSeconds(30);
    private static final AtomicInteger SEQ = new AtomicInteger();

    private MutableClock clock;
    private TestServer server;
    private TestHttp http;

    @BeforeAll
    void start() {
        // At the start of a TOTP step, so that moving by whole steps never crosses a boundary by accident.
        long now = Instant.now().getEpochSecond();
        clock = new MutableClock(Instant.ofEpochSecond(now - Math.floorMod(now, 30) + 1));
        // Enough free attempts that logins of one test never lock its account, unless a test is about that.
        server = TestServer.builder().database(TestDatabases.Kind.SQLITE).clock(clock)
                .set("login.throttle.free.attempts", "50").start();
        http = server.http();
    }

    @AfterAll
    void stop() {
        if (server != null) server.close();
    }

    /** A user signed in with the password, TOTP not set up. */
    private record Account(String username, String access, String refresh) {}

    /** A user with TOTP confirmed: its authenticator and the recovery codes shown at confirmation. */
    private record Enrolled(Account account, Authenticator app, List<String> recoveryCodes) {}

    private Account account() {
        String username = "mfa" + SEQ.incrementAndGet();
        JsonNode tokens = http.signupAndLogin(username, PASSWORD);
        return new Account(username, tokens.path("access_token").asText(), tokens.path("refresh_token").asText());
    }

    private Enrolled enrolled() {
        Account a = account();
        TestHttp.Response started = http.post("/api/v1/me/mfa/totp", Map.of(), a.access());
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        Authenticator app = new Authenticator(started.json().path("secret").asText(), clock);
        TestHttp.Response confirmed = http.post("/api/v1/me/mfa/totp/confirm", Map.of("code", app.code()), a.access());
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        List<String> codes = new ArrayList<>();
        confirmed.json().path("recovery_codes").forEach(c -> codes.add(c.asText()));
        // The confirming code's step is spent: the next sign-in needs a later one.
        clock.advance(STEP);
        return new Enrolled(a, app, codes);
    }

    private TestHttp.Response password(String username) {
        return http.post("/api/v1/login", Map.of("username", username, "password", PASSWORD));
    }

    /** The mfa_token of a password login that must go on to a second step. */
    private String mfaToken(String username) {
        TestHttp.Response r = password(username);
        assertProblem(r, 401, "mfa_required");
        return r.json().path("mfa_token").asText();
    }

    private TestHttp.Response second(String mfaToken, String method, String code) {
        Map<String, Object> body = new HashMap<>();
        body.put("mfa_token", mfaToken);
        body.put("method", method);
        body.put("code", code);
        return http.post("/api/v1/login/mfa", body);
    }

    private static void assertProblem(TestHttp.Response r, int status, String code) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.code()).as(r.body()).isEqualTo(code);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
    }

    private static List<String> amr(String accessToken) throws Exception {
        List<String> amr = SignedJWT.parse(accessToken).getJWTClaimsSet().getStringListClaim("amr");
        return amr == null ? List.of() : amr;
    }

    private JsonNode status(String access) {
        TestHttp.Response r = http.get("/api/v1/me/mfa", access);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    @Test
    void enrolmentShowsSecretUriAndQrCodeAndConfirmationShowsTenRecoveryCodes() throws Exception {
        Account a = account();
        assertThat(status(a.access()).toString()).isEqualTo("{\"totp\":false,\"passkeys\":[],\"recovery_codes_left\":0}");
        TestHttp.Response started = http.post("/api/v1/me/mfa/totp", Map.of(), a.access());
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        assertThat(started.header("Cache-Control")).isEqualTo("no-store");
        String secret = started.json().path("secret").asText();
        Authenticator app = new Authenticator(secret, clock);
        assertThat(app.secretBytes()).as("160-bit secret").isEqualTo(20);
        assertThat(started.json().path("otpauth_uri").asText())
                .startsWith("otpauth://totp/localhost:" + a.username() + "?secret=" + secret + "&issuer=localhost")
                .contains("algorithm=SHA1", "digits=6", "period=30");
        assertThat(started.json().path("qr_svg").asText()).startsWith("<svg").endsWith("</svg>");
        // Pending until confirmed: logins still need only the password.
        assertThat(password(a.username()).status()).isEqualTo(200);
        assertThat(status(a.access()).path("totp").asBoolean()).isFalse();

        assertProblem(http.post("/api/v1/me/mfa/totp/confirm", Map.of("code", app.code(2)), a.access()), 400, "invalid_mfa_code");
        TestHttp.Response confirmed = http.post("/api/v1/me/mfa/totp/confirm", Map.of("code", app.code()), a.access());
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        JsonNode codes = confirmed.json().path("recovery_codes");
        assertThat(codes).hasSize(10);
        codes.forEach(c -> assertThat(c.asText().replace("-", "")).hasSize(10).matches(".*[a-z].*"));
        assertThat(status(a.access()).toString()).isEqualTo("{\"totp\":true,\"passkeys\":[],\"recovery_codes_left\":10}");
        assertProblem(http.post("/api/v1/me/mfa/totp/confirm", Map.of("code", app.code(1)), a.access()), 409, "mfa_already_enabled");
    }

    @Test
    void enrollingTwiceWhenConfirmedIs409AndBeforeConfirmingReplacesTheSecret() {
        Account a = account();
        Authenticator first = new Authenticator(http.post("/api/v1/me/mfa/totp", Map.of(), a.access()).json().path("secret").asText(), clock);
        // A second tab restarts the enrolment: the first secret no longer confirms.
        Authenticator second = new Authenticator(http.post("/api/v1/me/mfa/totp", Map.of(), a.access()).json().path("secret").asText(), clock);
        assertProblem(http.post("/api/v1/me/mfa/totp/confirm", Map.of("code", first.code()), a.access()), 400, "invalid_mfa_code");
        assertThat(http.post("/api/v1/me/mfa/totp/confirm", Map.of("code", second.code()), a.access()).status()).isEqualTo(200);
        assertProblem(http.post("/api/v1/me/mfa/totp", Map.of(), a.access()), 409, "mfa_already_enabled");
    }

    @Test
    void passwordOfAUserWithTotpGivesMfaRequiredWithoutTokensThenTheCodeGivesTokensWithAmr() throws Exception {
        Enrolled e = enrolled();
        int sessionsBefore = http.get("/api/v1/me/sessions", e.account().access()).json().path("items").size();
        TestHttp.Response r = password(e.account().username());
        assertProblem(r, 401, "mfa_required");
        JsonNode body = r.json();
        assertThat(body.path("mfa_token").asText()).hasSize(43);
        assertThat(body.path("methods").toString()).isEqualTo("[\"totp\",\"recovery_code\"]");
        assertThat(body.path("expires_in").asInt()).isPositive().isLessThanOrEqualTo(600);
        assertThat(body.has("access_token")).isFalse();
        assertThat(body.has("refresh_token")).isFalse();
        assertThat(http.get("/api/v1/me/sessions", e.account().access()).json().path("items").size()).as("no session").isEqualTo(sessionsBefore);

        TestHttp.Response done = second(body.path("mfa_token").asText(), "totp", e.app().code());
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(done.header("Cache-Control")).isEqualTo("no-store");
        String access = done.json().path("access_token").asText();
        assertThat(amr(access)).containsExactly("pwd", "otp", "mfa");
        assertThat(SignedJWT.parse(access).getJWTClaimsSet().getClaim("auth_time")).isNotNull();
        assertThat(http.get("/api/v1/me", access).status()).isEqualTo(200);

        // A refresh keeps how the user signed in.
        TestHttp.Response refreshed = http.post("/api/v1/refresh", Map.of("refresh_token", done.json().path("refresh_token").asText()));
        assertThat(refreshed.status()).as(refreshed.body()).isEqualTo(200);
        assertThat(amr(refreshed.json().path("access_token").asText())).containsExactly("pwd", "otp", "mfa");
        // And a password-only login says so.
        assertThat(amr(account().access())).containsExactly("pwd");
    }

    @Test
    void oneStepEitherSideIsAcceptedTwoAreNotAndNoStepTwice() {
        Enrolled e = enrolled();
        String user = e.account().username();
        clock.advance(STEP); // so that step -1 is after the one the confirmation spent
        String token = mfaToken(user);
        assertProblem(second(token, "totp", e.app().code(-2)), 401, "invalid_mfa_code");
        assertProblem(second(token, "totp", e.app().code(2)), 401, "invalid_mfa_code");
        assertThat(second(token, "totp", e.app().code(-1)).status()).isEqualTo(200);

        token = mfaToken(user);
        assertProblem(second(token, "totp", e.app().code(-1)), 401, "invalid_mfa_code"); // replayed
        assertThat(second(token, "totp", e.app().code(0)).status()).isEqualTo(200);

        token = mfaToken(user);
        assertProblem(second(token, "totp", e.app().code(0)), 401, "invalid_mfa_code"); // replayed within its step
        assertThat(second(token, "totp", e.app().code(1)).status()).isEqualTo(200);

        // +1 was taken: nothing of the window is left until the clock moves on.
        token = mfaToken(user);
        for (int offset = -1; offset <= 1; offset++) assertProblem(second(token, "totp", e.app().code(offset)), 401, "invalid_mfa_code");
        clock.advance(STEP.multipliedBy(2));
        assertThat(second(token, "totp", e.app().code()).status()).isEqualTo(200);
    }

    @Test
    void twoTabsSendingTheSameCodeAtOnceGetOneSignIn() throws Exception {
        Enrolled e = enrolled();
        String token = mfaToken(e.account().username());
        String code = e.app().code();
        List<Integer> statuses = Concurrently.run(6, () -> second(token, "totp", code).status());
        assertThat(statuses).containsOnlyOnce(200);
        assertThat(statuses).allMatch(s -> s == 200 || s == 401);
    }

    @Test
    void aRecoveryCodeSignsInOnceWithAmrPwdMfa() throws Exception {
        Enrolled e = enrolled();
        String code = e.recoveryCodes().get(3);
        TestHttp.Response done = second(mfaToken(e.account().username()), "recovery_code", code.toUpperCase());
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(amr(done.json().path("access_token").asText())).containsExactly("pwd", "mfa");
        assertProblem(second(mfaToken(e.account().username()), "recovery_code", code), 401, "invalid_mfa_code");
        assertThat(status(e.account().access()).path("recovery_codes_left").asInt()).isEqualTo(9);
        // A TOTP code is no recovery code, nor the other way round.
        assertProblem(second(mfaToken(e.account().username()), "recovery_code", e.app().code()), 401, "invalid_mfa_code");
        assertProblem(second(mfaToken(e.account().username()), "totp", e.recoveryCodes().get(4)), 401, "invalid_mfa_code");
    }

    @Test
    void oneRecoveryCodeUsedByParallelLoginsSignsInExactlyOnce() throws Exception {
        Enrolled e = enrolled();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 6; i++) tokens.add(mfaToken(e.account().username()));
        AtomicInteger next = new AtomicInteger();
        String code = e.recoveryCodes().get(0);
        List<Integer> statuses = Concurrently.run(6, () -> second(tokens.get(next.getAndIncrement()), "recovery_code", code).status());
        assertThat(statuses).containsOnlyOnce(200);
        assertThat(statuses).allMatch(s -> s == 200 || s == 401);
    }

    @Test
    void theMfaTokenIsSingleUseShortLivedJudgedBeforeTheCodeAndBoundToItsLogin() throws Exception {
        Enrolled e = enrolled();
        Enrolled other = enrolled();
        String token = mfaToken(e.account().username());
        assertThat(second(token, "totp", e.app().code()).status()).isEqualTo(200);
        clock.advance(STEP);
        assertProblem(second(token, "totp", e.app().code()), 401, "invalid_mfa_token"); // spent

        // Expired: refused as a token even with a right code, and judged before the code.
        String expiring = mfaToken(e.account().username());
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        assertProblem(second(expiring, "totp", e.app().code()), 401, "invalid_mfa_token");
        assertProblem(second(expiring, "totp", "x"), 401, "invalid_mfa_token");

        // Another user's login: its token stands for that user, whose code this is not.
        String theirs = mfaToken(other.account().username());
        assertProblem(second(theirs, "totp", e.app().code()), 401, "invalid_mfa_code");
        assertProblem(second(theirs, "recovery_code", e.recoveryCodes().get(0)), 401, "invalid_mfa_code");

        // Made-up and malformed tokens.
        for (String fake : List.of("A".repeat(43), "not a token", "A".repeat(10_000), "ä".repeat(43))) {
            assertProblem(second(fake, "totp", e.app().code()), 401, "invalid_mfa_token");
        }
        // The token opens nothing else: it is no access token nor refresh token.
        assertThat(http.get("/api/v1/me", theirs).status()).isEqualTo(401);
        assertProblem(http.post("/api/v1/refresh", Map.of("refresh_token", theirs)), 401, "invalid_refresh_token");
    }

    @Test
    void theScopeOfThePasswordLoginIsTheScopeOfTheTokens() {
        String username = "mfaadmin" + SEQ.incrementAndGet();
        server.gatehouse().services().accounts().create(username, PASSWORD, null, null, List.of("user", "admin"), null);
        String access = password(username).json().path("access_token").asText();
        Authenticator app = new Authenticator(http.post("/api/v1/me/mfa/totp", Map.of(), access).json().path("secret").asText(), clock);
        assertThat(http.post("/api/v1/me/mfa/totp/confirm", Map.of("code", app.code()), access).status()).isEqualTo(200);
        clock.advance(STEP);

        TestHttp.Response r = http.post("/api/v1/login", Map.of("username", username, "password", PASSWORD, "scope", "admin:keys:read"));
        assertProblem(r, 401, "mfa_required");
        TestHttp.Response done = second(r.json().path("mfa_token").asText(), "totp", app.code());
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(done.json().path("scope").asText()).isEqualTo("admin:keys:read");
    }

    @Test
    void changingFactorsNeedsARecentSignIn() {
        Enrolled e = enrolled();
        Account fresh = account();
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        String old = e.account().access();
        assertProblem(http.send("DELETE", "/api/v1/me/mfa/totp", (String) null, null, old), 403, "reauthentication_required");
        assertProblem(http.post("/api/v1/me/mfa/recovery-codes", Map.of(), old), 403, "reauthentication_required");
        assertProblem(http.post("/api/v1/me/mfa/totp", Map.of(), fresh.access()), 403, "reauthentication_required");
        // A refresh is no new sign-in.
        String refreshed = http.post("/api/v1/refresh", Map.of("refresh_token", e.account().refresh())).json().path("access_token").asText();
        assertProblem(http.send("DELETE", "/api/v1/me/mfa/totp", (String) null, null, refreshed), 403, "reauthentication_required");
        assertThat(status(old).path("totp").asBoolean()).isTrue();
    }

    @Test
    void removingTheLastFactorRemovesTheRecoveryCodesAndTheSecondStep() {
        Enrolled e = enrolled();
        String access = second(mfaToken(e.account().username()), "totp", e.app().code()).json().path("access_token").asText();
        TestHttp.Response removed = http.send("DELETE", "/api/v1/me/mfa/totp", (String) null, null, access);
        assertThat(removed.status()).as(removed.body()).isEqualTo(204);
        assertThat(http.send("DELETE", "/api/v1/me/mfa/totp", (String) null, null, access).status()).as("again").isEqualTo(204);
        assertThat(status(access).toString()).isEqualTo("{\"totp\":false,\"passkeys\":[],\"recovery_codes_left\":0}");
        assertThat(password(e.account().username()).status()).isEqualTo(200);
        // Without a factor there is nothing to recover.
        assertProblem(http.post("/api/v1/me/mfa/recovery-codes", Map.of(), access), 400, "invalid_request");
    }

    @Test
    void regeneratedRecoveryCodesReplaceTheOldOnes() {
        Enrolled e = enrolled();
        TestHttp.Response r = http.post("/api/v1/me/mfa/recovery-codes", Map.of(), e.account().access());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.header("Cache-Control")).isEqualTo("no-store");
        List<String> fresh = new ArrayList<>();
        r.json().path("recovery_codes").forEach(c -> fresh.add(c.asText()));
        assertThat(fresh).hasSize(10).doesNotContainAnyElementsOf(e.recoveryCodes());
        assertProblem(second(mfaToken(e.account().username()), "recovery_code", e.recoveryCodes().get(0)), 401, "invalid_mfa_code");
        assertThat(second(mfaToken(e.account().username()), "recovery_code", fresh.get(0)).status()).isEqualTo(200);
    }

    @Test
    void theHostedLoginNeverSignsInAnAccountWithASecondFactorOnItsPasswordAlone() {
        Enrolled e = enrolled();
        dev.gatehouse.testing.Browser b = new dev.gatehouse.testing.Browser(http.baseUrl());
        TestHttp.Response r = b.submit("/login", "/login", Map.of("username", e.account().username(), "password", PASSWORD));
        // The code step comes next (MfaLoginPageTest); no session on the password alone.
        assertThat(r.status()).as(r.body()).isEqualTo(303);
        assertThat(r.header("Location")).isEqualTo("/login/mfa");
        assertThat(b.cookie("gatehouse_session")).isNull();
        // Another account still signs in there.
        TestHttp.Response ok = b.submit("/login", "/login", Map.of("username", account().username(), "password", PASSWORD));
        assertThat(ok.status()).isEqualTo(303);
    }

    @Test
    void hostileAndMalformedBodiesAreRefusedWithoutA500() {
        Enrolled e = enrolled();
        String token = mfaToken(e.account().username());
        String access = e.account().access();
        List<String> bodies = List.of("", "{}", "[]", "null", "\"x\"", "{\"mfa_token\":1,\"method\":\"totp\",\"code\":\"1\"}",
                "{\"mfa_token\":\"" + token + "\",\"method\":\"sms\",\"code\":\"123456\"}",
                "{\"mfa_token\":\"" + token + "\",\"method\":\"totp\"}",
                "{\"mfa_token\":\"" + token + "\",\"method\":\"totp\",\"code\":\"" + "9".repeat(100_000) + "\"}",
                "{\"mfa_token\":\"" + token + "\",\"method\":\"totp\",\"code\":\"123456\",\"admin\":true}",
                "{\"mfa_token\":\"" + token + "\",\"method\":[\"totp\"],\"code\":\"123456\"}",
                "{\"mfa_token\":\"" + token + "\",\"method\":\"webauthn\",\"credential\":\"x\"}",
                "{\"mfa_token\":\"" + token + "\"", "{\"mfa_token\":\"\\u0000\",\"method\":\"totp\",\"code\":\"\\u0000\"}");
        for (String b : bodies) {
            TestHttp.Response r = http.send("POST", "/api/v1/login/mfa", b, "application/json", null);
            assertThat(r.status()).as(b.length() > 200 ? b.substring(0, 200) : b).isBetween(400, 499);
            assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(http.send("POST", "/api/v1/login/mfa", "code=1", "application/x-www-form-urlencoded", null).status()).isEqualTo(415);
        assertThat(http.send("POST", "/api/v1/login/mfa", "{\"code\":\"" + "x".repeat(2_000_000) + "\"}", "application/json", null)
                .status()).isEqualTo(413);
        for (String b : List.of("[]", "{\"code\":null}", "{\"code\":123456}", "{\"code\":\"" + "1".repeat(100_000) + "\"}", "{\"x\":1}")) {
            TestHttp.Response r = http.send("POST", "/api/v1/me/mfa/totp/confirm", b, "application/json", access);
            assertThat(r.status()).as(b.length() > 200 ? b.substring(0, 200) : b).isBetween(400, 499);
        }
        assertThat(http.send("POST", "/api/v1/me/mfa/totp", "[1,2]", "application/json", access).status()).isEqualTo(400);
        // Without a token, every factor route is closed.
        assertThat(http.get("/api/v1/me/mfa", null).status()).isEqualTo(401);
        assertThat(http.post("/api/v1/me/mfa/totp", Map.of(), null).status()).isEqualTo(401);
        assertThat(http.send("DELETE", "/api/v1/me/mfa/totp", (String) null, null, "garbage").status()).isEqualTo(401);
        // The token still works after all that (nothing above spent it).
        assertThat(second(token, "totp", e.app().code()).status()).isEqualTo(200);
    }
}
