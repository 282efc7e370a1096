package dev.gatehouse.web.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.federation.LinkPolicy;
import dev.gatehouse.testing.Browser;
import dev.gatehouse.testing.MutableClock;
import dev.gatehouse.testing.TestHttp;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Linking an upstream account adds a way in to the account (API.md §6): from then on that upstream
 * account signs in here. So, as for a second factor (API.md §7, SECURITY.md "Who may act on whom"), it
 * needs a recent sign-in: an access token or a browser session whose sign-in is older than
 * {@code mfa.reauth.max.age} (a stolen one, say) cannot link its holder's upstream account to the user.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdentityLinkReauthTest {
    private static final String PASSWORD = "correct horse battery staple";
    private final MutableClock clock = MutableClock.startingNow();
    private UpstreamFixture f;

    @BeforeAll
    void start() {
        f = new UpstreamFixture(UpstreamFixture.node().clock(clock).set("mfa.reauth.max.age", "2m"));
        f.provider("mock", LinkPolicy.CONFIRM, true);
    }

    @AfterAll
    void stop() {
        f.close();
    }

    private String newUser(String username) {
        f.server.gatehouse().services().accounts().create(username, PASSWORD, null, null, List.of("user"), null);
        return username;
    }

    private String accessToken(String username) {
        TestHttp.Response r = f.server.http().post("/api/v1/login", Map.of("username", username, "password", PASSWORD));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().path("access_token").asText();
    }

    @Test
    void theApiLinksOnlyForATokenWithARecentSignIn() {
        String username = newUser("linkapi");
        String old = accessToken(username);
        clock.advance(Duration.ofMinutes(3));
        TestHttp.Response refused = f.server.http().post("/api/v1/me/identities/mock", Map.of(), old);
        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(refused.code()).isEqualTo("reauthentication_required");
        assertThat(refused.body()).doesNotContain("authorization_url");

        TestHttp.Response fresh = f.server.http().post("/api/v1/me/identities/mock", Map.of(), accessToken(username));
        assertThat(fresh.status()).as(fresh.body()).isEqualTo(200);
        assertThat(fresh.json().path("authorization_url").asText()).contains("/login/idp/mock/link?ticket=");
    }

    @Test
    void theAccountPageSendsAnOldSignInThroughTheSignInAgainBeforeGoingUpstream() {
        String username = newUser("linkpage");
        Browser b = new Browser(f.server.baseUrl());
        assertThat(b.submit("/login", "/login", Map.of("username", username, "password", PASSWORD)).status()).isEqualTo(303);
        clock.advance(Duration.ofMinutes(3));
        long before = f.count("SELECT COUNT(*) FROM upstream_logins");
        Matcher m = Pattern.compile("href=\"(/account/identities/mock/link\\?csrf=[^\"]+)\"").matcher(b.get("/account").body());
        assertThat(m.find()).isTrue();
        String link = Browser.unescape(m.group(1));
        TestHttp.Response r = b.get(link);
        assertThat(r.status()).isEqualTo(303);
        assertThat(r.header("Location")).isEqualTo("/login?return_to=%2Faccount&force=1&login_hint=" + username);
        assertThat(f.count("SELECT COUNT(*) FROM upstream_logins")).as("nothing begun upstream").isEqualTo(before);

        // Signed in again: the same link goes upstream.
        assertThat(b.submit(r.header("Location"), "/login", Map.of("username", username, "password", PASSWORD)).status()).isEqualTo(303);
        TestHttp.Response up = b.get(link);
        assertThat(up.status()).isEqualTo(303);
        assertThat(up.header("Location")).startsWith(f.issuer("mock"));
    }
}
