package dev.gatehouse.web.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.gatehouse.federation.LinkPolicy;
import dev.gatehouse.testing.Authenticator;
import dev.gatehouse.testing.Browser;
import dev.gatehouse.testing.TestDatabases;
import dev.gatehouse.testing.TestHttp;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * An upstream provider is one factor (API.md §6, §7): an account with a second factor signing in
 * through one gets {@code mfa_required} at {@code POST /api/v1/login/idp/{id}} and finishes at
 * {@code /api/v1/login/mfa} with the provider and both factors recorded; the hosted upstream flow goes
 * on to the hosted code step ({@code /login/mfa}) with the same challenge, and its confirm-link page
 * refuses such an account: never a session or a link on less than every factor. Both databases
 * (subclasses).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class UpstreamMfaTest {
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private UpstreamFixture f;
    private RelyingParty app;

    abstract TestDatabases.Kind kind();

    @BeforeAll
    void start() {
        f = new UpstreamFixture(kind());
        f.provider("mock", LinkPolicy.CONFIRM, true);
        app = RelyingParty.confidential(f.server, List.of("openid", "profile", "email"), false);
    }

    @AfterAll
    void stop() {
        f.close();
    }

    private static String unique(String prefix) {
        return prefix + COUNTER.incrementAndGet() + "x" + System.nanoTime() % 100000;
    }

    private TestHttp.Response nativeLogin(String subject) {
        Map<String, Object> claims = new LinkedHashMap<>(UpstreamFixture.claims(null, false, subject));
        String idToken = f.mock.issueToken("mock", UpstreamFixture.CLIENT_ID, new DefaultOAuth2TokenCallback("mock", subject, "JWT",
                List.of(UpstreamFixture.CLIENT_ID), claims, 3600)).serialize();
        return f.server.http().post("/api/v1/login/idp/mock", Map.of("id_token", idToken));
    }

    /** Confirms TOTP for the holder of {@code access} (just signed in: within the re-authentication age). */
    private Authenticator enrolTotp(String access) {
        TestHttp.Response started = f.server.http().post("/api/v1/me/mfa/totp", Map.of(), access);
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        Authenticator totp = new Authenticator(started.json().path("secret").asText(), Clock.systemUTC());
        TestHttp.Response confirmed = f.server.http().post("/api/v1/me/mfa/totp/confirm", Map.of("code", totp.code()), access);
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        return totp;
    }

    /** An account made by a first native sign-in of {@code subject}, with TOTP set up since. */
    private Authenticator upstreamAccountWithTotp(String subject) {
        TestHttp.Response first = nativeLogin(subject);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        return enrolTotp(first.json().path("access_token").asText());
    }

    private long count(String sql) {
        return f.count(sql);
    }

    private long audited(String sql, long expected) throws InterruptedException {
        long n = 0;
        for (int i = 0; i < 50; i++) {
            f.server.gatehouse().services().audit().flush();
            n = count(sql);
            if (n >= expected) return n;
            Thread.sleep(100);
        }
        return n;
    }

    @Test
    void nativeSignInOfAUserWithTotpNeedsTheCodeAndTheSessionNamesTheProviderAndBothFactors() throws Exception {
        String subject = unique("native");
        Authenticator totp = upstreamAccountWithTotp(subject);

        TestHttp.Response r = nativeLogin(subject);
        assertThat(r.status()).as(r.body()).isEqualTo(401);
        assertThat(r.code()).isEqualTo("mfa_required");
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.json().has("access_token")).isFalse();
        assertThat(r.json().path("methods").toString()).contains("totp");
        String mfaToken = r.json().path("mfa_token").asText();

        Map<String, Object> wrong = new HashMap<>(Map.of("mfa_token", mfaToken, "method", "totp", "code", "000000"));
        if (totp.code(1).equals("000000")) wrong.put("code", "111111");
        assertThat(f.server.http().post("/api/v1/login/mfa", wrong).code()).isEqualTo("invalid_mfa_code");

        // The confirming code's step is spent; the next step's code is inside the window.
        TestHttp.Response done = f.server.http().post("/api/v1/login/mfa", Map.of("mfa_token", mfaToken, "method", "totp", "code", totp.code(1)));
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        String access = done.json().path("access_token").asText();
        assertThat(SignedJWT.parse(access).getJWTClaimsSet().getStringListClaim("amr")).contains("otp", "mfa").doesNotContain("pwd");
        String userId = SignedJWT.parse(access).getJWTClaimsSet().getSubject();
        assertThat(audited("SELECT COUNT(*) FROM audit_events WHERE type = 'login' AND outcome = 'success' AND user_id = '" + userId
                + "' AND detail LIKE 'provider=mock session=%'", 2)).as("the first sign-in and the one finished by the code").isEqualTo(2);
        // Refreshed tokens keep how the user signed in.
        TestHttp.Response refreshed = f.server.http().post("/api/v1/refresh", Map.of("refresh_token", done.json().path("refresh_token").asText()));
        assertThat(refreshed.status()).as(refreshed.body()).isEqualTo(200);
        assertThat(SignedJWT.parse(refreshed.json().path("access_token").asText()).getJWTClaimsSet().getStringListClaim("amr"))
                .contains("otp", "mfa");
        // The token was spent.
        assertThat(f.server.http().post("/api/v1/login/mfa", Map.of("mfa_token", mfaToken, "method", "totp", "code", totp.code(1))).code())
                .isEqualTo("invalid_mfa_token");
    }

    /** The hosted upstream sign-in of {@code subject} for {@code req}: the callback's answer, a 303 to the code step. */
    private String handedOver(Browser browser, String subject, RelyingParty.Request req) {
        long sessions = count("SELECT COUNT(*) FROM login_sessions");
        f.nextUser("mock", subject, UpstreamFixture.claims(null, false, subject));
        TestHttp.Response r = browser.get(f.toUpstreamAndBack(UpstreamFixture.clickButton(browser, req.path(), "mock")));
        assertThat(r.status()).as(r.body()).isEqualTo(303);
        String step = r.header("Location");
        assertThat(step).startsWith("/login/mfa?return_to=");
        assertThat(UpstreamFixture.query(step).get("return_to")).as("the pending request goes on after the code")
                .startsWith("/oauth2/authorize/resume?id=");
        assertThat(browser.setCookieHeader("gatehouse_mfa")).contains("HttpOnly").contains("Max-Age=300");
        assertThat(browser.cookie("gatehouse_session")).isNull();
        assertThat(count("SELECT COUNT(*) FROM login_sessions")).as("no session before the code").isEqualTo(sessions);
        return step;
    }

    private static String wrongCode(Authenticator totp) {
        return totp.code(1).equals("000000") || totp.code().equals("000000") ? "111111" : "000000";
    }

    @Test
    void hostedUpstreamSignInOfAUserWithTotpGoesOnToTheCodeStepAndEndsWithAcr2AndTheProvider() throws Exception {
        String subject = unique("hosted");
        Authenticator totp = upstreamAccountWithTotp(subject);
        Browser browser = new Browser(f.server.baseUrl());
        RelyingParty.Request req = app.request("openid");
        String step = handedOver(browser, subject, req);
        assertThat(count("SELECT COUNT(*) FROM mfa_challenges WHERE idp = 'mock' AND used_at IS NULL AND user_id = "
                + "(SELECT user_id FROM user_identities WHERE subject = '" + subject + "')")).as("the native endpoint's challenge").isEqualTo(1);

        TestHttp.Response page = browser.get(step);
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("<form method=\"post\" action=\"/login/mfa\">");
        TestHttp.Response wrong = browser.submit(step, "/login/mfa", Map.of("code", wrongCode(totp)));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.body()).contains("That code is not right");
        assertThat(browser.cookie("gatehouse_session")).isNull();

        // The confirming code's step is spent; the next step's code is inside the window.
        TestHttp.Response done = browser.submit(step, "/login/mfa", Map.of("code", totp.code(1)));
        assertThat(done.status()).as(done.body()).isEqualTo(303);
        assertThat(browser.cookie("gatehouse_session")).isNotNull();
        JWTClaimsSet id = app.idTokenAfter(browser, done.header("Location"), req);
        assertThat(id.getStringClaim("idp")).isEqualTo("mock");
        assertThat(id.getStringClaim("acr")).isEqualTo("2");
        assertThat(id.getStringListClaim("amr")).contains("otp", "mfa").doesNotContain("pwd");
        assertThat(count("SELECT COUNT(*) FROM login_sessions WHERE idp = 'mock' AND user_id = '" + id.getSubject() + "'")).isEqualTo(1);
    }

    @Test
    void wrongCodesAfterAnUpstreamSignInCountOnTheAccountsThrottle() {
        String subject = unique("throttled");
        Authenticator totp = upstreamAccountWithTotp(subject);
        Browser browser = new Browser(f.server.baseUrl());
        String step = handedOver(browser, subject, app.request("openid"));
        TestHttp.Response last = browser.submit(step, "/login/mfa", Map.of("code", wrongCode(totp)));
        assertThat(last.status()).isEqualTo(401);
        for (int i = 0; i < 10 && last.status() != 429; i++) last = browser.submit(step, "/login/mfa", Map.of("code", wrongCode(totp)));
        assertThat(last.status()).as(last.body()).isEqualTo(429);
        assertThat(last.header("Retry-After")).isNotNull();
        // Even the right code waits now: the budget is the account's, whichever first factor came before.
        assertThat(browser.submit(step, "/login/mfa", Map.of("code", totp.code(1))).status()).isEqualTo(429);
        assertThat(browser.cookie("gatehouse_session")).isNull();
    }

    @Test
    void theCodeStepAfterAnUpstreamSignInCannotBeSkipped() {
        String subject = unique("skip");
        upstreamAccountWithTotp(subject);
        Browser browser = new Browser(f.server.baseUrl());
        String step = handedOver(browser, subject, app.request("openid"));
        // Resuming the authorization request without the code: back to the login page, never a code.
        TestHttp.Response resumed = browser.get(UpstreamFixture.query(step).get("return_to"));
        assertThat(resumed.status()).isEqualTo(303);
        assertThat(resumed.header("Location")).startsWith("/login");
        assertThat(browser.get("/signed-in").header("Location")).isEqualTo("/login");
        // The mfa cookie is nothing but the pending step: as a session cookie it is no session.
        browser.cookie("gatehouse_session", browser.cookie("gatehouse_mfa"));
        assertThat(browser.get("/signed-in").header("Location")).isEqualTo("/login");
        assertThat(browser.get(UpstreamFixture.query(step).get("return_to")).header("Location")).startsWith("/login");
    }

    @Test
    void confirmLinkPageRefusesAnAccountWithAFactorAndLinksNothing() {
        String username = RelyingParty.newUser(f.server, List.of("user"));
        TestHttp.Response login = f.server.http().post("/api/v1/login", Map.of("username", username, "password", RelyingParty.PASSWORD));
        assertThat(login.status()).as(login.body()).isEqualTo(200);
        enrolTotp(login.json().path("access_token").asText());

        String subject = unique("confirm");
        f.nextUser("mock", subject, UpstreamFixture.claims(username + "@example.com", true, "somebody"));
        Browser browser = new Browser(f.server.baseUrl());
        RelyingParty.Request req = app.request("openid");
        TestHttp.Response confirm = browser.get(f.toUpstreamAndBack(UpstreamFixture.clickButton(browser, req.path(), "mock")));
        assertThat(confirm.status()).as(confirm.body()).isEqualTo(200);
        Map<String, String> form = new LinkedHashMap<>(Browser.hiddenInputs(confirm.body()));
        form.put("username", username);
        form.put("password", RelyingParty.PASSWORD);
        TestHttp.Response r = browser.post("/login/idp/mock/confirm", form);
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.body()).contains("needs its second factor");
        assertThat(browser.cookie("gatehouse_session")).isNull();
        assertThat(count("SELECT COUNT(*) FROM user_identities WHERE subject = '" + subject + "'")).isZero();
    }
}
