package dev.gatehouse.web.oauth;

import static org.assertj.core.api.Assertions.assertThat;

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
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The first-party JSON of upstream sign-in (API.md §6): a native app's ID token
 * ({@code POST /api/v1/login/idp/{id}}), linking while signed in ({@code POST /api/v1/me/identities/{provider}}),
 * and hostile input on every new route.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UpstreamApiTest {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private UpstreamFixture f;

    @BeforeAll
    void start() {
        f = new UpstreamFixture(TestDatabases.Kind.SQLITE);
        f.provider("mock", LinkPolicy.CONFIRM, true);
    }

    @AfterAll
    void stop() {
        f.close();
    }

    private static String unique(String prefix) {
        return prefix + COUNTER.incrementAndGet() + "x" + System.nanoTime() % 100000;
    }

    private String idToken(String subject, String audience, Map<String, Object> claims) {
        return f.mock.issueToken("mock", UpstreamFixture.CLIENT_ID,
                new DefaultOAuth2TokenCallback("mock", subject, "JWT", List.of(audience), claims, 3600)).serialize();
    }

    private TestHttp.Response nativeLogin(String provider, Object body) {
        return f.server.http().post("/api/v1/login/idp/" + provider, body);
    }

    @Test
    void validIdTokenSignsInCreatingTheAccountOnceAndGivesTheTokenResponse() {
        String subject = unique("native");
        Map<String, Object> claims = UpstreamFixture.claims(subject + "@upstream.example", true, "native.user");
        TestHttp.Response first = nativeLogin("mock", Map.of("id_token", idToken(subject, UpstreamFixture.CLIENT_ID, claims)));
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("access_token").asText()).isNotEmpty();
        assertThat(first.json().get("refresh_token").asText()).isNotEmpty();
        assertThat(first.header("Cache-Control")).isEqualTo("no-store");
        TestHttp.Response me = f.server.http().get("/api/v1/me", first.json().get("access_token").asText());
        assertThat(me.json().get("username").asText()).isEqualTo("native.user");

        TestHttp.Response second = nativeLogin("mock", Map.of("id_token", idToken(subject, UpstreamFixture.CLIENT_ID, claims)));
        assertThat(second.status()).isEqualTo(200);
        TestHttp.Response me2 = f.server.http().get("/api/v1/me", second.json().get("access_token").asText());
        assertThat(me2.json().get("id").asText()).isEqualTo(me.json().get("id").asText());
        assertThat(f.count("SELECT COUNT(*) FROM user_identities WHERE subject = '" + subject + "'")).isEqualTo(1);
    }

    @Test
    void anyTokenFailureIsInvalidCredentials() {
        String subject = unique("bad");
        Map<String, Object> claims = UpstreamFixture.claims(null, false, null);
        long users = f.count("SELECT COUNT(*) FROM users");
        // Another audience, a token of another issuer, garbage, an alg:none token.
        assertThat(nativeLogin("mock", Map.of("id_token", idToken(subject, "someone-else", claims))).code()).isEqualTo("invalid_credentials");
        String otherIssuer = f.mock.issueToken("elsewhere", UpstreamFixture.CLIENT_ID,
                new DefaultOAuth2TokenCallback("elsewhere", subject, "JWT", List.of(UpstreamFixture.CLIENT_ID), claims, 3600)).serialize();
        assertThat(nativeLogin("mock", Map.of("id_token", otherIssuer)).code()).isEqualTo("invalid_credentials");
        assertThat(nativeLogin("mock", Map.of("id_token", "not.a.jwt")).code()).isEqualTo("invalid_credentials");
        assertThat(nativeLogin("mock", Map.of("id_token", "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.")).code()).isEqualTo("invalid_credentials");
        assertThat(nativeLogin("mock", Map.of("id_token", "x".repeat(20_000))).status()).isIn(401, 413);
        assertThat(f.count("SELECT COUNT(*) FROM users")).isEqualTo(users);
    }

    @Test
    void nonceSentMustMatchAndATokenWithANonceNeedsOne() {
        String subject = unique("nonce");
        Map<String, Object> claims = new LinkedHashMap<>(UpstreamFixture.claims(null, false, null));
        claims.put("nonce", "n-0S6_WzA2Mj");
        String token = idToken(subject, UpstreamFixture.CLIENT_ID, claims);
        assertThat(nativeLogin("mock", Map.of("id_token", token, "nonce", "another")).code()).isEqualTo("invalid_credentials");
        assertThat(nativeLogin("mock", Map.of("id_token", token)).code()).isEqualTo("invalid_credentials");
        assertThat(nativeLogin("mock", Map.of("id_token", token, "nonce", "n-0S6_WzA2Mj")).status()).isEqualTo(200);
    }

    @Test
    void emailOfAnExistingAccountIsAccountExistsAndLinksNothing() {
        String username = RelyingParty.newUser(f.server, List.of("user"));
        String subject = unique("exists");
        TestHttp.Response r = nativeLogin("mock", Map.of("id_token",
                idToken(subject, UpstreamFixture.CLIENT_ID, UpstreamFixture.claims(username + "@example.com", true, null))));
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.code()).isEqualTo("account_exists");
        assertThat(f.count("SELECT COUNT(*) FROM user_identities WHERE subject = '" + subject + "'")).isZero();
    }

    @Test
    void noSignupIsSignupDisabledAndUnknownOrDisabledProviderIsNotFound() {
        f.provider("nosignup", LinkPolicy.CONFIRM, false);
        String token = f.mock.issueToken("nosignup", UpstreamFixture.CLIENT_ID, new DefaultOAuth2TokenCallback("nosignup", unique("n"), "JWT",
                List.of(UpstreamFixture.CLIENT_ID), UpstreamFixture.claims(null, false, null), 3600)).serialize();
        TestHttp.Response r = nativeLogin("nosignup", Map.of("id_token", token));
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.code()).isEqualTo("signup_disabled");
        assertThat(nativeLogin("unknown", Map.of("id_token", token)).status()).isEqualTo(404);
        assertThat(nativeLogin("Bad%20Id", Map.of("id_token", token)).status()).isEqualTo(404);
        f.setEnabled("nosignup", false);
        assertThat(nativeLogin("nosignup", Map.of("id_token", token)).status()).isEqualTo(404);
    }

    @Test
    void malformedBodiesAre4xx() {
        assertThat(nativeLogin("mock", Map.of()).status()).isEqualTo(401);
        assertThat(nativeLogin("mock", Map.of("id_token", "x", "extra", "y")).status()).isEqualTo(400);
        assertThat(nativeLogin("mock", "{\"id_token\":").status()).isEqualTo(400);
        assertThat(nativeLogin("mock", "[]").status()).isEqualTo(400);
        assertThat(nativeLogin("mock", Map.of("id_token", 42)).status()).isEqualTo(400);
        assertThat(f.server.http().send("POST", "/api/v1/login/idp/mock", "id_token=x", "application/x-www-form-urlencoded", null).status())
                .isEqualTo(415);
    }

    /** Opens an authorization_url in a browser as a person would: the page, its button, the provider, back. */
    private TestHttp.Response completeLink(Browser browser, String authorizationUrl) {
        URI u = URI.create(authorizationUrl);
        TestHttp.Response page = browser.get(u.getRawPath() + "?" + u.getRawQuery());
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        TestHttp.Response toUpstream = browser.get(UpstreamFixture.buttonHref(page.body(), "mock"));
        return browser.get(f.toUpstreamAndBack(toUpstream));
    }

    @Test
    void signedInUserLinksAnUpstreamAccountAndThenSignsInWithIt() {
        String username = RelyingParty.newUser(f.server, List.of("user"));
        String bearer = f.server.http().login(username, RelyingParty.PASSWORD).get("access_token").asText();
        TestHttp.Response link = f.server.http().post("/api/v1/me/identities/mock", Map.of(), bearer);
        assertThat(link.status()).as(link.body()).isEqualTo(200);
        String url = link.json().get("authorization_url").asText();
        assertThat(url).startsWith(OAuthFixture.ISSUER + "/login/idp/mock/link?ticket=");

        String subject = unique("linked");
        f.nextUser("mock", subject, UpstreamFixture.claims(unique("other") + "@upstream.example", true, null));
        Browser browser = new Browser(f.server.baseUrl());
        TestHttp.Response done = completeLink(browser, url);
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(done.body()).contains("linked");
        String userId = f.server.gatehouse().stores().users().findByLogin(username).orElseThrow().user().id();
        assertThat(f.count("SELECT COUNT(*) FROM user_identities WHERE subject = '" + subject + "' AND user_id = '" + userId + "'")).isEqualTo(1);

        // The ticket was single use.
        URI u = URI.create(url);
        assertThat(new Browser(f.server.baseUrl()).get(u.getRawPath() + "?" + u.getRawQuery()).status()).isEqualTo(400);

        // Signing in with the upstream account now lands in this account.
        TestHttp.Response login = nativeLogin("mock", Map.of("id_token", idToken(subject, UpstreamFixture.CLIENT_ID, UpstreamFixture.claims(null, false, null))));
        assertThat(f.server.http().get("/api/v1/me", login.json().get("access_token").asText()).json().get("id").asText()).isEqualTo(userId);
    }

    @Test
    void linkingAnUpstreamAccountLinkedToSomeoneElseIsRefused() {
        String subject = unique("taken");
        assertThat(nativeLogin("mock", Map.of("id_token", idToken(subject, UpstreamFixture.CLIENT_ID, UpstreamFixture.claims(null, false, "first.owner"))))
                .status()).isEqualTo(200);
        String username = RelyingParty.newUser(f.server, List.of("user"));
        String bearer = f.server.http().login(username, RelyingParty.PASSWORD).get("access_token").asText();
        String url = f.server.http().post("/api/v1/me/identities/mock", Map.of(), bearer).json().get("authorization_url").asText();
        f.nextUser("mock", subject, UpstreamFixture.claims(null, false, null));
        TestHttp.Response done = completeLink(new Browser(f.server.baseUrl()), url);
        assertThat(done.status()).isEqualTo(400);
        assertThat(done.body()).contains("already linked");
        String userId = f.server.gatehouse().stores().users().findByLogin(username).orElseThrow().user().id();
        assertThat(f.count("SELECT COUNT(*) FROM user_identities WHERE user_id = '" + userId + "'")).isZero();
    }

    @Test
    void linkNeedsAFirstPartyTokenAndAKnownProvider() {
        assertThat(f.server.http().post("/api/v1/me/identities/mock", Map.of()).status()).isEqualTo(401);
        String username = RelyingParty.newUser(f.server, List.of("user"));
        String bearer = f.server.http().login(username, RelyingParty.PASSWORD).get("access_token").asText();
        assertThat(f.server.http().post("/api/v1/me/identities/nope", Map.of(), bearer).status()).isEqualTo(404);
        assertThat(f.server.http().post("/api/v1/me/identities/" + "x".repeat(300), Map.of(), bearer).status()).isEqualTo(404);
    }

    @Test
    void nativeLoginIsThrottledPerAddress() {
        try (var limited = dev.gatehouse.testing.TestServer.builder().set("ip.rate.per.minute", "3").start()) {
            List<Integer> statuses = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) statuses.add(limited.http().post("/api/v1/login/idp/none", Map.of("id_token", "x")).status());
            assertThat(statuses).contains(429);
        }
    }

    @Test
    void onAnHttpsIssuerTheBindingCookieComesBackOnACrossSitePost() {
        // Apple's form_post callback is a cross-site POST: only a SameSite=None cookie (which must be Secure) rides along.
        try (var secure = dev.gatehouse.testing.TestServer.builder().set("issuer", "https://id.example")
                .set("outbound.allowed.networks", "127.0.0.0/8,::1").start()) {
            java.time.Instant now = java.time.Instant.now();
            secure.gatehouse().stores().identityProviders().insert(new dev.gatehouse.federation.IdentityProvider(
                    new dev.gatehouse.federation.ProviderSettings("mock", dev.gatehouse.federation.ProviderType.OIDC, f.issuer("mock"),
                            UpstreamFixture.CLIENT_ID, new dev.gatehouse.config.Secret("s"), List.of("openid"), List.of(), false, null, null,
                            null, Map.of()), "Mock", true, true, LinkPolicy.CONFIRM, now, now));
            Browser b = new Browser(secure.baseUrl());
            TestHttp.Response r = b.get("/login/idp/mock?csrf=" + Browser.hiddenInputs(b.get("/login").body()).get("csrf"));
            assertThat(r.status()).as(r.body()).isEqualTo(303);
            assertThat(b.setCookieHeader("__Host-gatehouse_idp")).contains("SameSite=None").contains("Secure").contains("HttpOnly")
                    .contains("Path=/").doesNotContain("Domain");
            assertThat(UpstreamFixture.query(r.header("Location"))).containsEntry("redirect_uri", "https://id.example/login/idp/mock/callback");
        }
    }

    @Test
    void confirmWithAValidFormButAForgedTicketIsRefused() {
        Browser b = new Browser(f.server.baseUrl());
        String csrf = Browser.hiddenInputs(b.get("/login").body()).get("csrf");
        for (String ticket : List.of("", "A".repeat(43), "x".repeat(3000), "../../etc")) {
            TestHttp.Response r = b.post("/login/idp/mock/confirm", Map.of("csrf", csrf, "ticket", ticket, "username", "u", "password", "p"));
            assertThat(r.status()).as(ticket).isEqualTo(400);
            assertThat(b.cookie("gatehouse_session")).isNull();
        }
    }

    /**
     * The login page's button is a link (a form's 303 to the provider would be blocked by CSP
     * form-action): its CSRF token is checked as a form's, and a link ticket never goes without one.
     */
    @Test
    void theLoginButtonLinkIsCheckedLikeAForm() {
        Browser b = new Browser(f.server.baseUrl());
        String href = UpstreamFixture.buttonHref(b.get("/login").body(), "mock");
        assertThat(href).contains("csrf=");
        assertThat(b.get(href.replaceAll("csrf=[^&]*", "csrf=wrong")).status()).isEqualTo(403);
        assertThat(b.get(href.replaceAll("csrf=[^&]*", "csrf=" + "x".repeat(5000))).status()).isBetween(400, 403);
        assertThat(b.get(href + "&csrf=again").status()).isEqualTo(400);
        assertThat(b.get("/login/idp/mock?link=" + "A".repeat(43)).status()).as("a link ticket needs the token").isEqualTo(403);
        assertThat(b.get(href.replace("/login/idp/mock?", "/login/idp/nope?")).status()).as("unknown provider").isBetween(400, 404);
        assertThat(new Browser(f.server.baseUrl()).get(href).status()).as("another browser's token").isEqualTo(403);
        Browser crossSite = new Browser(f.server.baseUrl());
        String crossHref = UpstreamFixture.buttonHref(crossSite.get("/login").body(), "mock");
        crossSite.header("Sec-Fetch-Site", "cross-site");
        assertThat(crossSite.get(crossHref).status()).isEqualTo(403);
        TestHttp.Response toUpstream = b.get(href);
        assertThat(toUpstream.status()).isEqualTo(303);
        assertThat(toUpstream.header("Location")).startsWith("http://").doesNotStartWith(OAuthFixture.ISSUER);
    }

    @Test
    void hostileInputOnThePagesIs4xxNever500() throws Exception {
        Browser b = new Browser(f.server.baseUrl());
        for (String path : List.of("/login/idp/mock/callback", "/login/idp/mock/callback?state=" + "s".repeat(5000) + "&code=x",
                "/login/idp/mock/callback?state=a&state=b&code=c", "/login/idp/mock/callback?code=%00%ff&state=%c3",
                "/login/idp/nope/callback?state=x", "/login/idp/" + "a".repeat(200), "/login/idp/mock/link",
                "/login/idp/mock/link?ticket=" + "A".repeat(43), "/login/idp/mock?return_to=https://evil.example",
                "/login/idp/%2e%2e/callback")) {
            TestHttp.Response r = b.get(path);
            assertThat(r.status()).as(path).isBetween(300, 499);
            if (r.status() == 303) assertThat(r.header("Location")).as(path).doesNotContain("evil.example");
        }
        b.cookie("gatehouse_idp", "%00garbage;;");
        assertThat(b.get("/login/idp/mock/callback?state=x&code=y").status()).isEqualTo(400);
        // form_post callback: no CSRF token needed, but a body that is not a small form is refused.
        assertThat(b.postRaw("/login/idp/mock/callback", "state=x&code=y", "application/x-www-form-urlencoded").status()).isEqualTo(400);
        assertThat(b.postRaw("/login/idp/mock/callback", "{}", "application/json").status()).isBetween(400, 499);
        assertThat(b.postRaw("/login/idp/mock/callback", "a=" + "x".repeat(100_000), "application/x-www-form-urlencoded").status())
                .isBetween(400, 499);
        // The start and confirm forms need their CSRF token.
        assertThat(b.post("/login/idp/mock", Map.of("return_to", "/x")).status()).isEqualTo(403);
        assertThat(b.post("/login/idp/mock/confirm", Map.of("ticket", "x", "username", "u", "password", "p")).status()).isEqualTo(403);
        // Many starts at once from one browser: each is its own round trip; none fails.
        String csrf = Browser.hiddenInputs(b.get("/login").body()).get("csrf");
        Map<String, String> cookies = b.cookies();
        List<Integer> statuses = Concurrently.run(8, () -> {
            Browser tab = new Browser(f.server.baseUrl());
            cookies.forEach(tab::cookie);
            return tab.post("/login/idp/mock", Map.of("csrf", csrf)).status();
        });
        assertThat(statuses).containsOnly(303);
    }
}
