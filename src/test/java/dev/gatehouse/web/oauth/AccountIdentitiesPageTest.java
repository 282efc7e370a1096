package dev.gatehouse.web.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.federation.LinkPolicy;
import dev.gatehouse.federation.LinkedIdentity;
import dev.gatehouse.testing.Browser;
import dev.gatehouse.testing.Concurrently;
import dev.gatehouse.testing.TestDatabases;
import dev.gatehouse.testing.TestHttp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The account page's linked sign-ins (API.md §6, §9): the list, linking another provider through the
 * upstream round trip of a sign-in that comes back to the account page, bound to this browser and to
 * the user signed in there, and unlinking, never of the last way in. Upstreams are issuers of
 * mock-oauth2-server ({@link UpstreamFixture}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountIdentitiesPageTest {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private UpstreamFixture f;

    @BeforeAll
    void start() {
        f = new UpstreamFixture(TestDatabases.Kind.SQLITE);
        f.provider("mock", LinkPolicy.CONFIRM, true);
        f.provider("other", LinkPolicy.CONFIRM, true);
    }

    @AfterAll
    void stop() {
        f.close();
    }

    private static String unique(String prefix) {
        return prefix + COUNTER.incrementAndGet() + "x" + System.nanoTime() % 100000;
    }

    private Browser signedIn(String username) {
        Browser b = new Browser(f.server.baseUrl());
        TestHttp.Response r = b.submit("/login", "/login", Map.of("username", username, "password", RelyingParty.PASSWORD));
        assertThat(r.status()).as(r.body()).isEqualTo(303);
        return b;
    }

    private String userId(String username) {
        return f.server.gatehouse().stores().users().findByLogin(username).orElseThrow().user().id();
    }

    private List<LinkedIdentity> identities(String username) {
        return f.server.gatehouse().stores().identities().forUser(userId(username));
    }

    private void link(String username, String provider, String subject) {
        f.server.gatehouse().stores().identities().link(new LinkedIdentity(provider, subject, userId(username),
                subject + "@upstream.example", Instant.now(), null));
    }

    /** Follows the account page's link for {@code provider}, as a person clicks it: the answer is the hop upstream. */
    private static TestHttp.Response startLink(Browser b, String provider) {
        String page = b.get("/account").body();
        Matcher m = Pattern.compile("href=\"(/account/identities/" + provider + "/link\\?csrf=[^\"]+)\"").matcher(page);
        assertThat(m.find()).as("a link for " + provider).isTrue();
        return b.get(Browser.unescape(m.group(1)));
    }

    /** A browser signed in to an account that has no password (made through an upstream): its session starts as such a sign-in does. */
    private Browser signedInWithoutPassword(String username) {
        f.server.gatehouse().stores().jdbi().useHandle(h -> h.createUpdate("UPDATE users SET password_hash = NULL WHERE id = :id")
                .bind("id", userId(username)).execute());
        return withSessionOf(new Browser(f.server.baseUrl()), username);
    }

    /** {@code b} with a new login session of {@code username}, as after an upstream sign-in in another tab. */
    private Browser withSessionOf(Browser b, String username) {
        b.cookie("gatehouse_session", f.server.gatehouse().services().loginSessions()
                .start(userId(username), List.of("fed"), "mock", "127.0.0.1", "test").cookieValue());
        return b;
    }

    @Test
    void linksAnotherProviderThroughTheUpstreamAndComesBackToTheAccountPage() {
        String username = RelyingParty.newUser(f.server, List.of("user"));
        Browser b = signedIn(username);
        String page = b.get("/account").body();
        assertThat(page).contains("No other sign-in is linked to your account.")
                .contains("href=\"/account/identities/mock/link?csrf=").contains("Link Mock mock");

        TestHttp.Response toUpstream = startLink(b, "mock");
        assertThat(toUpstream.status()).as(toUpstream.body()).isEqualTo(303);
        assertThat(toUpstream.header("Location")).startsWith(f.issuer("mock"));
        String subject = unique("acct");
        f.nextUser("mock", subject, UpstreamFixture.claims(subject + "@upstream.example", true, null));
        String callback = f.toUpstreamAndBack(toUpstream);
        TestHttp.Response back = b.get(callback);
        assertThat(back.status()).as(back.body()).isEqualTo(303);
        assertThat(back.header("Location")).isEqualTo("/account?done=identity_linked");
        assertThat(identities(username)).extracting(LinkedIdentity::subject).containsExactly(subject);

        String after = b.get(back.header("Location")).body();
        assertThat(after).contains("The sign-in was linked to your account.").contains("<strong>Mock mock</strong>")
                .contains(subject + "@upstream.example").contains("Linked ").contains("action=\"/account/identities/mock/unlink\"")
                .doesNotContain("/account/identities/mock/link").contains("href=\"/account/identities/other/link?csrf=");

        // The callback again (a retry, the back button): its state is spent, so a page, and nothing changes.
        TestHttp.Response replay = b.get(callback);
        assertThat(replay.status()).isEqualTo(400);
        assertThat(identities(username)).hasSize(1);
        // A second link of the same provider is refused before going upstream.
        String csrf = Browser.hiddenInputs(b.get("/account").body()).get("csrf");
        TestHttp.Response again = b.get("/account/identities/mock/link?csrf=" + csrf);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("Already linked").contains("href=\"/account\"");
    }

    @Test
    void theCallbackLinksOnlyForTheUserWhoStartedItInThisBrowser() {
        String first = RelyingParty.newUser(f.server, List.of("user"));
        String second = RelyingParty.newUser(f.server, List.of("user"));
        Browser b = signedIn(first);
        TestHttp.Response toUpstream = startLink(b, "mock");
        String subject = unique("switch");
        f.nextUser("mock", subject, UpstreamFixture.claims(null, false, null));
        String callback = f.toUpstreamAndBack(toUpstream);
        // Meanwhile another tab signed this browser in to another account.
        withSessionOf(b, second);
        TestHttp.Response refused = b.get(callback);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("no longer signed in as the account this link was started for").contains("href=\"/account\"");
        assertThat(identities(first)).isEmpty();
        assertThat(identities(second)).isEmpty();

        // Signed out in between: no link either.
        Browser c = signedIn(first);
        TestHttp.Response start = startLink(c, "mock");
        f.nextUser("mock", unique("out"), UpstreamFixture.claims(null, false, null));
        String back = f.toUpstreamAndBack(start);
        c.cookie("gatehouse_session", null);
        assertThat(c.get(back).status()).isEqualTo(400);
        assertThat(identities(first)).isEmpty();

        // The upstream's answer opened in another browser (an attacker's link in a victim's mail): it has no binding.
        Browser d = signedIn(first);
        TestHttp.Response started = startLink(d, "mock");
        f.nextUser("mock", unique("elsewhere"), UpstreamFixture.claims(null, false, null));
        String planted = f.toUpstreamAndBack(started);
        Browser victim = signedIn(second);
        assertThat(victim.get(planted).status()).isEqualTo(400);
        assertThat(identities(first)).isEmpty();
        assertThat(identities(second)).isEmpty();
    }

    @Test
    void anUpstreamAccountLinkedToSomeoneElseIsRefusedWithAWayBack() {
        String owner = RelyingParty.newUser(f.server, List.of("user"));
        String subject = unique("owned");
        link(owner, "mock", subject);
        String username = RelyingParty.newUser(f.server, List.of("user"));
        Browser b = signedIn(username);
        TestHttp.Response toUpstream = startLink(b, "mock");
        f.nextUser("mock", subject, UpstreamFixture.claims(null, false, null));
        TestHttp.Response refused = b.get(f.toUpstreamAndBack(toUpstream));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("already linked to another account").contains("href=\"/account\"");
        assertThat(identities(username)).isEmpty();
        assertThat(identities(owner)).hasSize(1);
    }

    @Test
    void unlinksButNeverTheLastWayToSignIn() {
        String username = RelyingParty.newUser(f.server, List.of("user"));
        link(username, "mock", unique("m"));
        link(username, "other", unique("o"));
        Browser b = signedInWithoutPassword(username);

        TestHttp.Response first = b.submit("/account", "/account/identities/other/unlink", Map.of());
        assertThat(first.status()).as(first.body()).isEqualTo(303);
        assertThat(first.header("Location")).isEqualTo("/account?done=identity_unlinked");
        assertThat(b.get(first.header("Location")).body()).contains("The sign-in was unlinked from your account.");
        // Now "mock" is the only way in: refused, and the page says why.
        TestHttp.Response last = b.submit("/account", "/account/identities/mock/unlink", Map.of());
        assertThat(last.status()).isEqualTo(409);
        assertThat(last.body()).contains("This is the only way to sign in to your account.").contains("role=\"alert\"");
        assertThat(identities(username)).extracting(LinkedIdentity::providerId).containsExactly("mock");
        // Gone already (a second tab): 404.
        assertThat(b.submit("/account", "/account/identities/other/unlink", Map.of()).status()).isEqualTo(404);
    }

    @Test
    void twoTabsUnlinkingTheLastTwoLeaveOne() throws Exception {
        for (int round = 0; round < 3; round++) {
            String username = RelyingParty.newUser(f.server, List.of("user"));
            link(username, "mock", unique("m"));
            link(username, "other", unique("o"));
            Browser b = signedInWithoutPassword(username);
            String csrf = Browser.hiddenInputs(b.get("/account").body()).get("csrf");
            AtomicInteger next = new AtomicInteger();
            List<Integer> statuses = Concurrently.run(2, () -> b.post("/account/identities/" + (next.getAndIncrement() == 0 ? "mock" : "other")
                    + "/unlink", Map.of("csrf", csrf)).status());
            assertThat(statuses).containsExactlyInAnyOrder(303, 409);
            assertThat(identities(username)).hasSize(1);
        }
    }

    private static int status(Browser b, String path, String csrf) {
        try {
            return b.post(path, Map.of("csrf", csrf)).status();
        } catch (RuntimeException e) {
            throw new AssertionError(path.substring(0, Math.min(60, path.length())), e);
        }
    }

    @Test
    void anotherUsersIdentityForgedOrHostileIdsAndMissingCsrfChangeNothing() {
        String owner = RelyingParty.newUser(f.server, List.of("user"));
        link(owner, "mock", unique("theirs"));
        String username = RelyingParty.newUser(f.server, List.of("user"));
        Browser b = signedIn(username);
        assertThat(b.submit("/account", "/account/identities/mock/unlink", Map.of()).status()).isEqualTo(404);
        assertThat(identities(owner)).hasSize(1);

        assertThat(b.get("/account/identities/mock/link").status()).isEqualTo(403);
        assertThat(b.get("/account/identities/mock/link?csrf=forged").status()).isEqualTo(403);
        assertThat(b.post("/account/identities/mock/unlink", Map.of("csrf", "forged")).status()).isEqualTo(403);
        String csrf = Browser.hiddenInputs(b.get("/account").body()).get("csrf");
        for (String id : List.of("MOCK", "nope", "x".repeat(3000), "%2e%2e", "mock%20", "%E2%80%AE", "m;drop", "-")) {
            assertThat(b.get("/account/identities/" + id + "/link?csrf=" + csrf).status()).as(id).isIn(400, 404);
            assertThat(status(b, "/account/identities/" + id + "/unlink", csrf)).as(id).isIn(400, 404);
        }
        Browser anonymous = new Browser(f.server.baseUrl());
        String anonymousCsrf = Browser.hiddenInputs(anonymous.get("/login").body()).get("csrf");
        TestHttp.Response r = anonymous.get("/account/identities/mock/link?csrf=" + anonymousCsrf);
        assertThat(r.status()).isEqualTo(303);
        assertThat(r.header("Location")).startsWith("/login");
        assertThat(identities(owner)).hasSize(1);
        assertThat(identities(username)).isEmpty();
    }
}
