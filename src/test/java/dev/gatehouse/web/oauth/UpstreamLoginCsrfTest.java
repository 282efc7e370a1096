package dev.gatehouse.web.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.federation.LinkPolicy;
import dev.gatehouse.testing.Browser;
import dev.gatehouse.testing.TestDatabases;
import dev.gatehouse.testing.TestHttp;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A third party's page against the upstream sign-in (API.md §6, RFC 6749 §10.12, RFC 9700 §4.7): it
 * cannot make a victim's browser start a sign-in at a provider of its choosing (only the login page's
 * button, with this browser's CSRF token, or a client's idp_hint, with a token of this browser for that
 * pending request and provider, go upstream); it cannot carry its own round trip, pending request or
 * callback into the victim's browser; an upstream sign-in never links to whoever is signed in at the
 * browser, and it replaces the browser's session (no fixation).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UpstreamLoginCsrfTest {
    private static final String PASSWORD = "correct horse battery staple";
    private static final AtomicInteger N = new AtomicInteger();
    private UpstreamFixture f;
    private RelyingParty app;

    @BeforeAll
    void start() {
        f = new UpstreamFixture(TestDatabases.Kind.SQLITE);
        f.provider("mock", LinkPolicy.CONFIRM, true);
        f.provider("other", LinkPolicy.CONFIRM, true);
        app = RelyingParty.confidential(f.server, List.of("openid", "profile"), false);
    }

    @AfterAll
    void stop() {
        f.close();
    }

    private long roundTrips() {
        return f.count("SELECT COUNT(*) FROM upstream_logins");
    }

    /** The browser's answer sends it to the login page (coming back to {@code returnTo}), not upstream, and nothing was begun. */
    private void assertLoginPageInstead(Browser b, String path, String expectedLocation, long before) {
        TestHttp.Response r = b.get(path);
        assertThat(r.status()).as(path + " " + r.body()).isEqualTo(303);
        assertThat(r.header("Location")).as(path).isEqualTo(expectedLocation);
        assertThat(b.setCookieHeader("gatehouse_idp")).as("no round trip bound to this browser").isNull();
        assertThat(roundTrips()).as("no round trip begun").isEqualTo(before);
    }

    @Test
    void aThirdPartysLinkToTheStartGoesToTheLoginPageAndNotUpstream() {
        long before = roundTrips();
        // A fresh browser, and one that has a CSRF cookie already (it saw a page of ours), signed in or not.
        Browser fresh = new Browser(f.server.baseUrl()).header("Sec-Fetch-Site", "cross-site");
        assertLoginPageInstead(fresh, "/login/idp/mock?return_to=%2Faccount", "/login?return_to=%2Faccount", before);
        assertLoginPageInstead(fresh, "/login/idp/mock", "/login", before);
        Browser known = new Browser(f.server.baseUrl());
        known.get("/login");
        known.header("Sec-Fetch-Site", "cross-site");
        assertLoginPageInstead(known, "/login/idp/other?return_to=%2Faccount", "/login?return_to=%2Faccount", before);
        // A return_to off this origin is dropped, as everywhere.
        assertLoginPageInstead(known, "/login/idp/mock?return_to=https%3A%2F%2Fevil.example%2F", "/login", before);
        // A made-up hint, or one for a resume URL of no request, is no hint.
        assertLoginPageInstead(known, "/login/idp/mock?return_to=%2Foauth2%2Fauthorize%2Fresume%3Fid%3Dx&hint=" + "A".repeat(43),
                "/login?return_to=%2Foauth2%2Fauthorize%2Fresume%3Fid%3Dx", before);
        assertThat(known.get("/login/idp/mock?return_to=%2Faccount&hint=" + "A".repeat(5000)).status()).isEqualTo(400);
        assertThat(roundTrips()).isEqualTo(before);
    }

    @Test
    void anotherBrowsersIdpHintStartsNothingInTheVictimsBrowser() {
        // The attacker's own authorization request with idp_hint: a pending request and a hint, both theirs.
        Browser attacker = new Browser(f.server.baseUrl());
        TestHttp.Response hinted = attacker.get(app.request("openid", b -> b.customParameter("idp_hint", "mock")).path());
        String start = hinted.header("Location");
        assertThat(start).startsWith("/login/idp/mock?return_to=").contains("&hint=");
        String returnTo = UpstreamFixture.query(start).get("return_to");
        long before = roundTrips();
        Browser victim = new Browser(f.server.baseUrl());
        victim.get("/login");
        victim.header("Sec-Fetch-Site", "cross-site");
        String toLogin = "/login?return_to=" + java.net.URLEncoder.encode(returnTo, java.nio.charset.StandardCharsets.UTF_8);
        assertLoginPageInstead(victim, start, toLogin, before);
        assertLoginPageInstead(new Browser(f.server.baseUrl()), start, toLogin, before);
        // The hint names its provider and its request: moved to another of either, it is no hint.
        assertLoginPageInstead(attacker, start.replace("/login/idp/mock?", "/login/idp/other?"), toLogin, before);
        String otherRequest = attacker.get(app.request("openid").path()).header("Location");
        String otherHandle = UpstreamFixture.query(otherRequest).get("return_to");
        assertThat(otherHandle).startsWith("/oauth2/authorize/resume?id=");
        String moved = "/login/idp/mock?return_to=" + java.net.URLEncoder.encode(otherHandle, java.nio.charset.StandardCharsets.UTF_8)
                + "&hint=" + UpstreamFixture.query(start).get("hint");
        assertLoginPageInstead(attacker, moved, "/login?return_to=" + java.net.URLEncoder.encode(otherHandle,
                java.nio.charset.StandardCharsets.UTF_8), before);
        // Its own browser goes upstream, even though the redirect chain began on the client's site.
        attacker.header("Sec-Fetch-Site", "cross-site");
        TestHttp.Response up = attacker.get(start);
        assertThat(up.status()).isEqualTo(303);
        assertThat(up.header("Location")).startsWith(f.issuer("mock"));
        assertThat(roundTrips()).isEqualTo(before + 1);
    }

    @Test
    void anAttackersCallbackInTheVictimsBrowserSignsNobodyIn() {
        // The attacker begins in their own browser, signs in upstream as themselves, and hands the callback over.
        String subject = "attacker" + N.incrementAndGet();
        f.nextUser("mock", subject, UpstreamFixture.claims(null, false, subject));
        Browser attacker = new Browser(f.server.baseUrl());
        String callback = f.toUpstreamAndBack(attacker.get(UpstreamFixture.buttonHref(attacker.get("/login").body(), "mock")));
        long users = f.count("SELECT COUNT(*) FROM users");
        Browser victim = new Browser(f.server.baseUrl());
        victim.get("/login");
        TestHttp.Response r = victim.get(callback);
        assertThat(r.status()).isEqualTo(400);
        assertThat(victim.cookie("gatehouse_session")).isNull();
        assertThat(f.count("SELECT COUNT(*) FROM users")).isEqualTo(users);
        // Spent by the attempt: the attacker cannot use it either (its state leaked).
        assertThat(attacker.get(callback).status()).isEqualTo(400);
        assertThat(attacker.cookie("gatehouse_session")).isNull();
    }

    @Test
    void anUpstreamSignInNeverLinksToWhoeverIsSignedInAndReplacesTheirSession() {
        String username = "local" + N.incrementAndGet();
        String userId = f.server.gatehouse().services().accounts().create(username, PASSWORD, null, null, List.of("user"), null).id();
        Browser b = new Browser(f.server.baseUrl());
        assertThat(b.submit("/login", "/login", Map.of("username", username, "password", PASSWORD)).status()).isEqualTo(303);
        String before = b.cookie("gatehouse_session");
        Browser oldTab = new Browser(f.server.baseUrl());
        oldTab.cookie("gatehouse_session", before);
        assertThat(oldTab.get("/account").status()).isEqualTo(200);

        // The person (or a planted start, had it worked) signs in at the provider with some upstream account.
        String subject = "up" + N.incrementAndGet();
        f.nextUser("mock", subject, UpstreamFixture.claims(null, false, subject));
        TestHttp.Response back = b.get(f.toUpstreamAndBack(b.get(UpstreamFixture.buttonHref(b.get("/login?force=1").body(), "mock"))));
        assertThat(back.status()).as(back.body()).isEqualTo(303);
        assertThat(f.count("SELECT COUNT(*) FROM user_identities WHERE user_id = '" + userId + "'"))
                .as("no upstream identity linked to the account signed in at the browser").isZero();
        String after = b.cookie("gatehouse_session");
        assertThat(after).isNotNull().isNotEqualTo(before);
        // The old session value is dead, not merely forgotten by this browser.
        TestHttp.Response old = oldTab.get("/account");
        assertThat(old.status()).isEqualTo(303);
        assertThat(old.header("Location")).startsWith("/login");
    }
}
