package dev.gatehouse.federation.upstream;

import static dev.gatehouse.federation.upstream.UpstreamTesting.CALLBACK;
import static dev.gatehouse.federation.upstream.UpstreamTesting.assertRefused;
import static dev.gatehouse.federation.upstream.UpstreamTesting.assertSignInRefused;
import static dev.gatehouse.federation.upstream.UpstreamTesting.signIn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.config.Secret;
import dev.gatehouse.federation.ProviderSettings;
import dev.gatehouse.federation.ProviderType;
import dev.gatehouse.federation.Upstream;
import dev.gatehouse.federation.UpstreamException.Reason;
import dev.gatehouse.federation.UpstreamStart;
import dev.gatehouse.federation.UpstreamUser;
import dev.gatehouse.testing.StubFacebook;
import dev.gatehouse.testing.StubGitHub;
import dev.gatehouse.testing.UpstreamBrowser;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The plain OAuth 2 presets, GitHub and Facebook, against stubs answering with their documented shapes. */
class OAuthUpstreamTest {
    private StubGitHub github;
    private StubFacebook facebook;

    @BeforeEach
    void start() throws Exception {
        github = new StubGitHub();
        facebook = new StubFacebook();
    }

    @AfterEach
    void stop() {
        github.close();
        facebook.close();
    }

    private static Upstream upstream(ProviderType type, String secret, boolean trustEmail, Map<String, String> endpoints) {
        return UpstreamTesting.loopbackUpstreams(Clock.systemUTC(), UpstreamObserver.NONE).forProvider(new ProviderSettings(
                type.wireName(), type, null, "client-1", new Secret(secret), List.of(), List.of(), trustEmail, null, null, null, endpoints));
    }

    private Upstream github(boolean trustEmail) {
        return upstream(ProviderType.GITHUB, github.clientSecret, trustEmail, github.endpoints());
    }

    private Upstream facebook(boolean trustEmail) {
        return upstream(ProviderType.FACEBOOK, facebook.clientSecret, trustEmail, facebook.endpoints());
    }

    @Test
    void gitHubSignsInWithTheNumericIdAndTheVerifiedPrimaryEmail() throws Exception {
        Upstream upstream = github(true);
        UpstreamStart started = upstream.start(CALLBACK);
        Map<String, String> authz = UpstreamBrowser.query(started.authorizationUri().getRawQuery());
        assertThat(started.authorizationUri().toString()).startsWith(github.base() + "/login/oauth/authorize?");
        assertThat(authz).containsEntry("client_id", "client-1").containsEntry("state", started.state())
                .containsEntry("code_challenge_method", "S256").containsEntry("scope", "read:user user:email")
                .doesNotContainKey("nonce");
        assertThat(started.nonce()).isNull();

        UpstreamUser user = upstream.finish(started, UpstreamBrowser.callback(started.authorizationUri()), CALLBACK);
        assertThat(user.subject()).isEqualTo("583231");
        assertThat(user.preferredUsername()).isEqualTo("alice");
        assertThat(user.name()).isEqualTo("Alice A");
        assertThat(user.email()).isEqualTo("alice@example.com");
        assertThat(user.emailVerified()).isTrue();
        assertThat(user.amr()).isEmpty();
        assertThat(github.tokenRequests.get(0)).containsEntry("client_secret", github.clientSecret)
                .containsEntry("code_verifier", started.codeVerifier());
    }

    @Test
    void gitHubsEmailIsNotVerifiedWithoutTrust() throws Exception {
        UpstreamUser user = signIn(github(false));
        assertThat(user.email()).isEqualTo("alice@example.com");
        assertThat(user.emailVerified()).isFalse();
    }

    @Test
    void anUnverifiedPrimaryEmailIsNotUsedNorThePublicOne() throws Exception {
        github.users.put("alice", new StubGitHub.User(583231, "alice", "Alice", "ceo@public.example",
                List.of(new StubGitHub.Email("alice@example.com", true, false))));
        UpstreamUser user = signIn(github(true));
        assertThat(user.email()).isNull();
        assertThat(user.emailVerified()).isFalse();
    }

    @Test
    void aVerifiedEmailThatIsNotPrimaryIsNotUsed() throws Exception {
        github.users.put("alice", new StubGitHub.User(583231, "alice", "Alice", null,
                List.of(new StubGitHub.Email("alice@old.example", true, false), new StubGitHub.Email("alice@example.com", false, true))));
        assertThat(signIn(github(true)).email()).isNull();
    }

    @Test
    void gitHubsRefusalInA200IsInvalid() throws Exception {
        UpstreamTesting.assertReplayRefused(github(true), "token response");
    }

    @Test
    void aWrongClientSecretIsInvalid() throws Exception {
        Upstream upstream = upstream(ProviderType.GITHUB, "wrong", true, github.endpoints());
        UpstreamStart started = upstream.start(CALLBACK);
        Map<String, String> callback = UpstreamBrowser.callback(started.authorizationUri());
        assertRefused(() -> upstream.finish(started, callback, CALLBACK), Reason.INVALID, "token response");
    }

    @Test
    void anUpstreamErrorIsDenied() throws Exception {
        Upstream upstream = github(true);
        UpstreamStart started = upstream.start(CALLBACK);
        assertRefused(() -> upstream.finish(started, Map.of("error", "access_denied"), CALLBACK), Reason.DENIED, "access_denied");
    }

    @Test
    void oauthProvidersHaveNoIdTokens() {
        assertRefused(() -> github(true).verifyIdToken("a.b.c", null), Reason.INVALID, "no ID tokens");
        assertRefused(() -> facebook(true).verifyIdToken("a.b.c", "n"), Reason.INVALID, "no ID tokens");
    }

    @Test
    void theBuiltInEndpointsAreGitHubsAndFacebooks() throws Exception {
        assertThat(upstream(ProviderType.GITHUB, "s", false, Map.of()).start(CALLBACK).authorizationUri().toString())
                .startsWith("https://github.com/login/oauth/authorize?");
        assertThat(upstream(ProviderType.FACEBOOK, "s", false, Map.of()).start(CALLBACK).authorizationUri().toString())
                .startsWith("https://www.facebook.com/v19.0/dialog/oauth?");
    }

    @Test
    void facebookSignsInAndItsEmailIsVerifiedOnlyWhenTrusted() throws Exception {
        UpstreamUser user = signIn(facebook(false));
        assertThat(user.subject()).isEqualTo("10158000000000001");
        assertThat(user.name()).isEqualTo("Alice A");
        assertThat(user.givenName()).isEqualTo("Alice");
        assertThat(user.familyName()).isEqualTo("A");
        assertThat(user.email()).isEqualTo("alice@example.com");
        assertThat(user.emailVerified()).isFalse();
        assertThat(signIn(facebook(true)).emailVerified()).isTrue();
    }

    @Test
    void aTokenAnswerLabelledOtherThanJsonIsReadAsJson() throws Exception {
        facebook.tokenContentType = "text/javascript; charset=UTF-8";
        assertThat(signIn(facebook(false)).subject()).isEqualTo("10158000000000001");
    }

    @Test
    void facebookWithoutEmail() throws Exception {
        facebook.people.put("alice", new StubFacebook.Person("42", "Alice", null, null, null));
        UpstreamUser user = signIn(facebook(true));
        assertThat(user.subject()).isEqualTo("42");
        assertThat(user.email()).isNull();
        assertThat(user.emailVerified()).isFalse();
    }

    @Test
    void facebookUsesPkce() throws Exception {
        Upstream upstream = facebook(false);
        UpstreamStart started = upstream.start(CALLBACK);
        Map<String, String> callback = UpstreamBrowser.callback(started.authorizationUri());
        UpstreamStart forged = new UpstreamStart(started.authorizationUri(), started.state(), null, "y".repeat(60));
        assertRefused(() -> upstream.finish(forged, callback, CALLBACK), Reason.INVALID, "token request refused");
    }
}
