package dev.gatehouse.web.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.AuthorizationResponse;
import dev.gatehouse.federation.LinkPolicy;
import dev.gatehouse.testing.Browser;
import dev.gatehouse.testing.Concurrently;
import dev.gatehouse.testing.TestDatabases;
import dev.gatehouse.testing.TestHttp;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Sign-in through an upstream OpenID provider (API.md §6) from an OAuth client's authorization request,
 * end to end: the hosted login page's button, the round trip to mock-oauth2-server, the account
 * resolution, then consent and the code; the client's ID token names the provider in {@code idp}.
 * Runs on both databases (subclasses).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class UpstreamSignInFlowTest {
    private static final List<String> SCOPES = List.of("openid", "profile", "email");
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private UpstreamFixture f;
    private RelyingParty app;

    abstract TestDatabases.Kind kind();

    @BeforeAll
    void start() {
        f = new UpstreamFixture(kind());
        f.provider("mock", LinkPolicy.CONFIRM, true);
        app = RelyingParty.confidential(f.server, SCOPES, false);
    }

    @AfterAll
    void stop() {
        f.close();
    }

    private static String unique(String prefix) {
        return prefix + COUNTER.incrementAndGet() + "x" + System.nanoTime() % 100000;
    }

    /** The login page's button, the provider, and back: the callback's answer. */
    private TestHttp.Response upstreamSignIn(Browser browser, RelyingParty.Request req, String provider) {
        return browser.get(f.toUpstreamAndBack(UpstreamFixture.clickButton(browser, req.path(), provider)));
    }

    private RelyingParty.SignedIn finish(Browser browser, TestHttp.Response callback, RelyingParty.Request req) {
        assertThat(callback.status()).as(callback.body()).isEqualTo(303);
        URI back = RelyingParty.browse(browser, callback.header("Location"), null, "allow");
        AuthorizationResponse response = RelyingParty.parse(back);
        assertThat(response.indicatesSuccess()).as(back.toString()).isTrue();
        return new RelyingParty.SignedIn(app.tokens(response.toSuccessResponse().getAuthorizationCode().getValue(), req), req);
    }

    private AuthorizationResponse clientAnswer(Browser browser, TestHttp.Response r) {
        for (int i = 0; i < 5 && r.status() == 303 && r.header("Location").startsWith("/"); i++) r = browser.get(r.header("Location"));
        assertThat(r.status()).as(r.body()).isEqualTo(303);
        assertThat(r.header("Location")).startsWith(RelyingParty.REDIRECT + "?");
        return RelyingParty.parse(URI.create(r.header("Location")));
    }

    /** The count once the audit writer has caught up (it writes in the background), waiting up to five seconds for {@code expected}. */
    private long audited(String sql, long expected) throws InterruptedException {
        long n = 0;
        for (int i = 0; i < 50; i++) {
            f.server.gatehouse().services().audit().flush();
            n = f.count(sql);
            if (n >= expected) return n;
            Thread.sleep(100);
        }
        return n;
    }

    private long accounts(String subject) {
        return f.count("SELECT COUNT(*) FROM user_identities WHERE provider_id = 'mock' AND subject = '" + subject + "'");
    }

    @Test
    void firstSignInCreatesAccountSecondFindsItAndIdTokenCarriesIdp() throws Exception {
        String subject = unique("sub");
        String email = subject + "@upstream.example";
        f.nextUser("mock", subject, UpstreamFixture.claims(email, true, "Ann.Upstream"));
        RelyingParty.Request req = app.request("openid profile email");
        Browser browser = new Browser(f.server.baseUrl());
        RelyingParty.SignedIn first = finish(browser, upstreamSignIn(browser, req, "mock"), req);

        var claims = app.idTokenValidator().validate(first.tokens().getIDToken(), req.nonce());
        assertThat(claims.getStringClaim("idp")).isEqualTo("mock");
        String userId = claims.getSubject().getValue();
        var user = f.server.gatehouse().stores().users().findById(userId).orElseThrow().user();
        assertThat(user.username()).isEqualTo("ann.upstream");
        assertThat(user.email()).isEqualTo(email);
        assertThat(user.emailVerified()).isTrue();
        assertThat(user.passwordHash()).isNull();
        assertThat(user.name()).isEqualTo("Upstream Person");
        assertThat(accounts(subject)).isEqualTo(1);

        // Another browser, the same upstream account: the same local account, no new one.
        f.nextUser("mock", subject, UpstreamFixture.claims(email, true, "Ann.Upstream"));
        RelyingParty.Request again = app.request("openid profile email");
        Browser other = new Browser(f.server.baseUrl());
        RelyingParty.SignedIn second = finish(other, upstreamSignIn(other, again, "mock"), again);
        var claims2 = app.idTokenValidator().validate(second.tokens().getIDToken(), again.nonce());
        assertThat(claims2.getSubject().getValue()).isEqualTo(userId);
        assertThat(claims2.getStringClaim("idp")).isEqualTo("mock");
        assertThat(f.count("SELECT COUNT(*) FROM users WHERE username LIKE 'ann.upstream%'")).isEqualTo(1);
        assertThat(audited("SELECT COUNT(*) FROM audit_events WHERE type = 'upstream_login' AND outcome = 'success' AND detail LIKE '%subject="
                + subject + "%'", 2)).isEqualTo(2);
        assertThat(f.server.management().get("/metrics").body())
                .containsPattern("gatehouse_upstream_logins_total\\{outcome=\"created\",provider=\"mock\"}")
                .containsPattern("gatehouse_upstream_logins_total\\{outcome=\"success\",provider=\"mock\"}");
    }

    @Test
    void passwordSignInHasNoIdpClaim() throws Exception {
        RelyingParty.SignedIn s = app.signIn(List.of("user"), "openid");
        assertThat(((SignedJWT) s.tokens().getIDToken()).getJWTClaimsSet().getClaim("idp")).isNull();
    }

    @Test
    void emailOfExistingAccountNeedsItsPasswordThenLinksAndContinues() throws Exception {
        String username = RelyingParty.newUser(f.server, List.of("user"));
        String subject = unique("sub");
        // The user's address, reported verified: under link_policy confirm, still not linked by email alone.
        f.nextUser("mock", subject, UpstreamFixture.claims(username + "@example.com", true, "somebody"));
        RelyingParty.Request req = app.request("openid");
        Browser browser = new Browser(f.server.baseUrl());
        TestHttp.Response confirm = upstreamSignIn(browser, req, "mock");
        assertThat(confirm.status()).as(confirm.body()).isEqualTo(200);
        assertThat(Browser.input(confirm.body(), "username")).containsEntry("value", username);
        assertThat(Browser.input(confirm.body(), "password")).containsEntry("type", "password");
        assertThat(accounts(subject)).isZero();
        assertThat(browser.cookie("gatehouse_session")).isNull();
        // The form's answer ends in a 303 to the client: browsers check it against CSP form-action (CSP3 §6.3.1).
        assertThat(confirm.header("Content-Security-Policy")).contains("form-action 'self' https://app.example;");
        String action = "/login/idp/mock/confirm";

        Map<String, String> wrong = new LinkedHashMap<>(Browser.hiddenInputs(confirm.body()));
        wrong.put("username", username);
        wrong.put("password", "not-the-password-at-all");
        TestHttp.Response refused = browser.post(action, wrong);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.header("Content-Security-Policy")).contains("form-action 'self' https://app.example;");
        assertThat(accounts(subject)).isZero();
        assertThat(browser.cookie("gatehouse_session")).isNull();
        assertThat(audited("SELECT COUNT(*) FROM audit_events WHERE type = 'login' AND outcome = 'failure' AND identifier = '"
                + username + "'", 1)).as("counted like the login page").isEqualTo(1);

        Map<String, String> right = new LinkedHashMap<>(Browser.hiddenInputs(refused.body()));
        right.put("username", username);
        right.put("password", RelyingParty.PASSWORD);
        RelyingParty.SignedIn s = finish(browser, browser.post(action, right), req);
        var claims = app.idTokenValidator().validate(s.tokens().getIDToken(), req.nonce());
        assertThat(claims.getStringClaim("idp")).isEqualTo("mock");
        assertThat(claims.getAMR()).extracting(Object::toString).contains("pwd");
        assertThat(accounts(subject)).isEqualTo(1);
        assertThat(f.server.gatehouse().stores().users().findById(claims.getSubject().getValue()).orElseThrow().user().username())
                .isEqualTo(username);

        // The ticket was spent: posting the form again does not link or sign in twice.
        TestHttp.Response replay = new Browser(f.server.baseUrl()).post(action, right);
        assertThat(replay.status()).isBetween(400, 499);
    }

    @Test
    void autoPolicyLinksAtOnceOnlyWhenBothAddressesAreVerified() throws Exception {
        f.provider("auto", LinkPolicy.AUTO, true);
        String verified = RelyingParty.newUser(f.server, List.of("user"));
        String userId = f.server.gatehouse().stores().users().findByLogin(verified).orElseThrow().user().id();
        f.server.gatehouse().stores().users().setVerifiedEmail(userId, verified + "@example.com", verified + "@example.com", java.time.Instant.now());
        String subject = unique("auto");
        f.nextUser("auto", subject, UpstreamFixture.claims(verified + "@example.com", true, null));
        RelyingParty.Request req = app.request("openid");
        Browser browser = new Browser(f.server.baseUrl());
        RelyingParty.SignedIn s = finish(browser, upstreamSignIn(browser, req, "auto"), req);
        assertThat(app.idTokenValidator().validate(s.tokens().getIDToken(), req.nonce()).getSubject().getValue()).isEqualTo(userId);

        // The local address is not verified: the password is asked for, as under confirm.
        String unverified = RelyingParty.newUser(f.server, List.of("user"));
        f.nextUser("auto", unique("auto"), UpstreamFixture.claims(unverified + "@example.com", true, null));
        RelyingParty.Request req2 = app.request("openid");
        Browser b2 = new Browser(f.server.baseUrl());
        TestHttp.Response page = upstreamSignIn(b2, req2, "auto");
        assertThat(page.status()).isEqualTo(200);
        assertThat(Browser.input(page.body(), "password")).isNotEmpty();

        // The upstream does not say it verified the address: the password too.
        f.nextUser("auto", unique("auto"), UpstreamFixture.claims(verified + "@example.com", false, null));
        RelyingParty.Request req3 = app.request("openid");
        Browser b3 = new Browser(f.server.baseUrl());
        assertThat(upstreamSignIn(b3, req3, "auto").status()).isEqualTo(200);
    }

    @Test
    void neverPolicyRefusesWithAMessageAndMakesNothing() {
        f.provider("never", LinkPolicy.NEVER, true);
        String username = RelyingParty.newUser(f.server, List.of("user"));
        String subject = unique("never");
        f.nextUser("never", subject, UpstreamFixture.claims(username + "@example.com", true, null));
        long users = f.count("SELECT COUNT(*) FROM users");
        RelyingParty.Request req = app.request("openid");
        Browser browser = new Browser(f.server.baseUrl());
        TestHttp.Response r = upstreamSignIn(browser, req, "never");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("already exists").contains("action=\"/login\"");
        assertThat(Browser.hiddenInputs(r.body()).get("return_to")).as("the pending request goes on with a password")
                .startsWith("/oauth2/authorize/resume?id=");
        assertThat(f.count("SELECT COUNT(*) FROM users")).isEqualTo(users);
        assertThat(f.count("SELECT COUNT(*) FROM user_identities WHERE subject = '" + subject + "'")).isZero();
        assertThat(browser.cookie("gatehouse_session")).isNull();
    }

    @Test
    void noAccountAndNoSignupRefused() {
        f.provider("closed", LinkPolicy.CONFIRM, false);
        f.nextUser("closed", unique("closed"), UpstreamFixture.claims(unique("nobody") + "@upstream.example", true, null));
        long users = f.count("SELECT COUNT(*) FROM users");
        Browser browser = new Browser(f.server.baseUrl());
        TestHttp.Response r = upstreamSignIn(browser, app.request("openid"), "closed");
        assertThat(r.status()).isEqualTo(400);
        assertThat(f.count("SELECT COUNT(*) FROM users")).isEqualTo(users);
        assertThat(browser.cookie("gatehouse_session")).isNull();
    }

    @Test
    void formPostCallbackIsAcceptedWithoutACsrfToken() throws Exception {
        // response_mode=form_post (Apple): the provider's page posts code and state back, cross-site.
        String subject = unique("posted");
        f.nextUser("mock", subject, UpstreamFixture.claims(null, false, "posted"));
        RelyingParty.Request req = app.request("openid");
        Browser browser = new Browser(f.server.baseUrl());
        String callback = f.toUpstreamAndBack(UpstreamFixture.clickButton(browser, req.path(), "mock"));
        int q = callback.indexOf('?');
        TestHttp.Response r = browser.postRaw(callback.substring(0, q), callback.substring(q + 1).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "application/x-www-form-urlencoded", Map.of("Sec-Fetch-Site", "cross-site"));
        RelyingParty.SignedIn s = finish(browser, r, req);
        assertThat(app.idTokenValidator().validate(s.tokens().getIDToken(), req.nonce()).getStringClaim("idp")).isEqualTo("mock");
        assertThat(accounts(subject)).isEqualTo(1);
    }

    @Test
    void bindingCookieIsHttpOnlyShortLivedAndLaxOnAPlainHttpIssuer() {
        Browser browser = new Browser(f.server.baseUrl());
        TestHttp.Response r = UpstreamFixture.clickButton(browser, app.request("openid").path(), "mock");
        assertThat(r.status()).isEqualTo(303);
        assertThat(browser.setCookieHeader("gatehouse_idp")).contains("HttpOnly").contains("SameSite=Lax").contains("Max-Age=600")
                .contains("Path=/");
        Map<String, String> upstream = UpstreamFixture.query(r.header("Location"));
        assertThat(upstream).containsKeys("state", "nonce", "code_challenge").containsEntry("code_challenge_method", "S256")
                .containsEntry("redirect_uri", OAuthFixture.ISSUER + "/login/idp/mock/callback");
        assertThat(upstream.get("state")).isNotEqualTo(browser.cookie("gatehouse_idp"));
    }

    @Test
    void upstreamErrorTellsTheClientAccessDenied() {
        RelyingParty.Request req = app.request("openid");
        Browser browser = new Browser(f.server.baseUrl());
        TestHttp.Response toUpstream = UpstreamFixture.clickButton(browser, req.path(), "mock");
        String state = UpstreamFixture.query(toUpstream.header("Location")).get("state");
        long users = f.count("SELECT COUNT(*) FROM users");
        TestHttp.Response r = browser.get("/login/idp/mock/callback?error=access_denied&state=" + state);
        AuthorizationResponse answer = clientAnswer(browser, r);
        assertThat(answer.indicatesSuccess()).isFalse();
        assertThat(answer.toErrorResponse().getErrorObject().getCode()).isEqualTo("access_denied");
        assertThat(answer.getState()).isEqualTo(req.state());
        assertThat(answer.getIssuer().getValue()).isEqualTo(OAuthFixture.ISSUER);
        assertThat(browser.cookie("gatehouse_session")).isNull();
        assertThat(f.count("SELECT COUNT(*) FROM users")).isEqualTo(users);
    }

    @Test
    void wrongStateTellsTheClientAccessDeniedAndNothingIsMade() {
        // No token is exchanged: no user is queued at the mock (a queued one would go to the next test).
        RelyingParty.Request req = app.request("openid");
        Browser browser = new Browser(f.server.baseUrl());
        String callback = f.toUpstreamAndBack(UpstreamFixture.clickButton(browser, req.path(), "mock"));
        long users = f.count("SELECT COUNT(*) FROM users");
        TestHttp.Response r = browser.get(callback.replaceAll("state=[^&]+", "state=forged-state-value"));
        AuthorizationResponse answer = clientAnswer(browser, r);
        assertThat(answer.toErrorResponse().getErrorObject().getCode()).isEqualTo("access_denied");
        assertThat(answer.getState()).isEqualTo(req.state());
        assertThat(browser.cookie("gatehouse_session")).isNull();
        assertThat(f.count("SELECT COUNT(*) FROM users")).isEqualTo(users);
        // The round trip is spent: the real callback no longer works either.
        assertThat(browser.get(callback).status()).isEqualTo(400);
    }

    @Test
    void callbackInAnotherBrowserOrWithoutTheBindingIsRefused() {
        // No token is exchanged: no user is queued at the mock (a queued one would go to the next test).
        RelyingParty.Request req = app.request("openid");
        Browser browser = new Browser(f.server.baseUrl());
        String callback = f.toUpstreamAndBack(UpstreamFixture.clickButton(browser, req.path(), "mock"));
        long users = f.count("SELECT COUNT(*) FROM users");
        Browser attacker = new Browser(f.server.baseUrl());
        TestHttp.Response r = attacker.get(callback);
        assertThat(r.status()).isEqualTo(400);
        assertThat(attacker.cookie("gatehouse_session")).isNull();
        // A binding cookie of the attacker's own does not help either.
        attacker.cookie("gatehouse_idp", "A".repeat(43));
        assertThat(attacker.get(callback).status()).isEqualTo(400);
        assertThat(f.count("SELECT COUNT(*) FROM users")).isEqualTo(users);
        // The victim's own browser can no longer use it: a leaked state is spent.
        assertThat(browser.get(callback).status()).isBetween(300, 499);
        assertThat(browser.cookie("gatehouse_session")).isNull();
    }

    @Test
    void replayedCallbackIsRefused() {
        String subject = unique("sub");
        f.nextUser("mock", subject, UpstreamFixture.claims(null, false, "replay"));
        RelyingParty.Request req = app.request("openid");
        Browser browser = new Browser(f.server.baseUrl());
        String callback = f.toUpstreamAndBack(UpstreamFixture.clickButton(browser, req.path(), "mock"));
        assertThat(browser.get(callback).status()).isEqualTo(303);
        String session = browser.cookie("gatehouse_session");
        assertThat(session).isNotNull();
        TestHttp.Response replay = browser.get(callback);
        assertThat(replay.status()).isEqualTo(400);
        assertThat(browser.cookie("gatehouse_session")).as("no new session").isEqualTo(session);
        assertThat(accounts(subject)).isEqualTo(1);
    }

    @Test
    void upstreamDownTellsTheClientServerError() {
        f.provider("down", "http://127.0.0.1:9/down", LinkPolicy.CONFIRM, true, true, true);
        RelyingParty.Request req = app.request("openid");
        Browser browser = new Browser(f.server.baseUrl());
        TestHttp.Response r = UpstreamFixture.clickButton(browser, req.path(), "down");
        AuthorizationResponse answer = clientAnswer(browser, r);
        assertThat(answer.toErrorResponse().getErrorObject().getCode()).isEqualTo("server_error");
        assertThat(answer.getState()).isEqualTo(req.state());
        assertThat(browser.cookie("gatehouse_session")).isNull();
    }

    @Test
    void disabledProviderIsNotShownNotStartedAndItsCallbackIsRefused() {
        f.provider("toggled", LinkPolicy.CONFIRM, true);
        RelyingParty.Request req = app.request("openid");
        Browser browser = new Browser(f.server.baseUrl());
        TestHttp.Response login = browser.get(browser.get(req.path()).header("Location"));
        assertThat(UpstreamFixture.buttons(login.body())).contains("mock", "toggled");
        String callback = f.toUpstreamAndBack(UpstreamFixture.clickButton(browser, req.path(), "toggled"));
        f.setEnabled("toggled", false);
        try {
            long users = f.count("SELECT COUNT(*) FROM users");
            TestHttp.Response r = browser.get(callback);
            assertThat(r.status()).isEqualTo(400);
            assertThat(browser.cookie("gatehouse_session")).isNull();
            assertThat(f.count("SELECT COUNT(*) FROM users")).isEqualTo(users);
            Browser b2 = new Browser(f.server.baseUrl());
            TestHttp.Response page = b2.get(b2.get(app.request("openid").path()).header("Location"));
            assertThat(UpstreamFixture.buttons(page.body())).contains("mock").doesNotContain("toggled");
            TestHttp.Response start = b2.get("/login/idp/toggled?csrf=" + Browser.hiddenInputs(page.body()).get("csrf"));
            assertThat(start.status()).isEqualTo(400);
            assertThat(start.header("Location")).isNull();
        } finally {
            f.setEnabled("toggled", true);
        }
    }

    @Test
    void idpHintGoesStraightToTheProviderAndAnUnknownOneToTheLoginPage() throws Exception {
        String subject = unique("hint");
        f.nextUser("mock", subject, UpstreamFixture.claims(null, false, "hinted"));
        RelyingParty.Request req = app.request("openid", b -> b.customParameter("idp_hint", "mock"));
        Browser browser = new Browser(f.server.baseUrl());
        TestHttp.Response r = browser.get(req.path());
        assertThat(r.header("Location")).startsWith("/login/idp/mock?return_to=").contains("&hint=");
        TestHttp.Response toUpstream = browser.get(r.header("Location"));
        assertThat(toUpstream.header("Location")).startsWith(f.issuer("mock"));
        RelyingParty.SignedIn s = finish(browser, browser.get(f.toUpstreamAndBack(toUpstream)), req);
        assertThat(app.idTokenValidator().validate(s.tokens().getIDToken(), req.nonce()).getStringClaim("idp")).isEqualTo("mock");

        for (String hint : List.of("nope", "UPPER", "../x", "")) {
            RelyingParty.Request other = app.request("openid", b -> b.customParameter("idp_hint", hint));
            assertThat(new Browser(f.server.baseUrl()).get(other.path()).header("Location")).startsWith("/login?");
        }
    }

    @Test
    void concurrentFirstSignInsOfOneUpstreamUserMakeOneAccount() throws Exception {
        for (int round = 0; round < 3; round++) {
            // With an email (the loser's insert may fail on it) and without (the loser's link fails).
            String subject = unique("race");
            String email = round % 2 == 0 ? subject + "@upstream.example" : null;
            int n = 5;
            List<String> callbacks = new java.util.ArrayList<>();
            List<Browser> browsers = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                f.nextUser("mock", subject, UpstreamFixture.claims(email, true, "racer"));
                Browser b = new Browser(f.server.baseUrl());
                browsers.add(b);
                callbacks.add(f.toUpstreamAndBack(b.post("/login/idp/mock", Map.of("csrf", csrf(b)))));
            }
            AtomicInteger next = new AtomicInteger();
            List<Integer> statuses = Concurrently.run(n, () -> {
                int i = next.getAndIncrement();
                return browsers.get(i).get(callbacks.get(i)).status();
            });
            assertThat(statuses).containsOnly(303);
            assertThat(accounts(subject)).isEqualTo(1);
            String userId = f.server.gatehouse().stores().identities().find("mock", subject).orElseThrow().userId();
            if (email != null) assertThat(f.count("SELECT COUNT(*) FROM users WHERE email = '" + email + "'")).isEqualTo(1);
            assertThat(f.count("SELECT COUNT(*) FROM users WHERE username LIKE 'racer%'")).as("the losers' accounts are gone")
                    .isEqualTo(round + 1);
            assertThat(browsers).allSatisfy(b -> assertThat(f.server.gatehouse().services().loginSessions()
                    .current(b.cookie("gatehouse_session")).orElseThrow().userId()).isEqualTo(userId));
        }
    }

    private static String csrf(Browser b) {
        return Browser.hiddenInputs(b.get("/login").body()).get("csrf");
    }
}
