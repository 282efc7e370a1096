package dev.gatehouse.federation.upstream;

import static dev.gatehouse.federation.upstream.UpstreamTesting.CALLBACK;
import static dev.gatehouse.federation.upstream.UpstreamTesting.assertRefused;
import static dev.gatehouse.federation.upstream.UpstreamTesting.settings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.config.Secret;
import dev.gatehouse.federation.ProviderSettings;
import dev.gatehouse.federation.ProviderType;
import dev.gatehouse.federation.Upstream;
import dev.gatehouse.federation.UpstreamException;
import dev.gatehouse.federation.UpstreamException.Reason;
import dev.gatehouse.federation.UpstreamStart;
import dev.gatehouse.federation.UpstreamUser;
import dev.gatehouse.net.OutboundGuard;
import dev.gatehouse.testing.UpstreamBrowser;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The generic OpenID upstream against a real OpenID provider, mock-oauth2-server, on loopback: the
 * whole round trip, and the refusals whose token the mock can be made to issue. Tokens with forged
 * signatures, algorithms or audiences are in {@link OidcTokenChecksTest}, against a stub whose every
 * answer can be bent.
 */
class OidcUpstreamTest {
    private static final String CLIENT = "gatehouse";

    private MockOAuth2Server mock;
    private String issuer;
    private final List<String> calls = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startMock() throws Exception {
        mock = new MockOAuth2Server();
        mock.start(InetAddress.getByName("127.0.0.1"), 0);
        issuer = "http://127.0.0.1:" + mock.baseUrl().port() + "/issuer1";
    }

    @AfterEach
    void stopMock() {
        mock.shutdown();
    }

    private Upstreams factory(Clock clock, OutboundGuard guard, int maxConcurrent) {
        return new Upstreams(guard, clock, UpstreamTesting.TIMEOUT, maxConcurrent,
                (provider, step, took, outcome) -> calls.add(step + ":" + outcome));
    }

    private Upstream upstream(ProviderSettings settings) {
        return factory(Clock.systemUTC(), new OutboundGuard(UpstreamTesting.LOOPBACK), 8).forProvider(settings);
    }

    private Upstream upstream() {
        return upstream(settings(ProviderType.OIDC, issuer, CLIENT, "s3cret", Map.of()));
    }

    /** The next token the mock issues: its claims replaced or added by {@code claims}. */
    private void nextToken(Map<String, Object> claims) {
        mock.enqueueCallback(new DefaultOAuth2TokenCallback("issuer1", "alice", "JWT", List.of(CLIENT), claims, 3600));
    }

    private static Map<String, String> browse(UpstreamStart started) throws Exception {
        return UpstreamBrowser.callback(started.authorizationUri());
    }

    @Test
    void fullRoundTripSignsThePersonIn() throws Exception {
        Upstream upstream = upstream();
        UpstreamStart started = upstream.start(CALLBACK);
        Map<String, String> authz = UpstreamBrowser.query(started.authorizationUri().getRawQuery());
        assertThat(authz).containsEntry("response_type", "code").containsEntry("client_id", CLIENT)
                .containsEntry("redirect_uri", CALLBACK.toString()).containsEntry("state", started.state())
                .containsEntry("nonce", started.nonce()).containsEntry("code_challenge_method", "S256")
                .containsKey("code_challenge");
        assertThat(authz.get("scope").split(" ")).containsExactlyInAnyOrder("openid", "email", "profile");
        assertThat(started.authorizationUri().toString()).startsWith(issuer + "/authorize?");

        nextToken(Map.of("email", "alice@example.com", "email_verified", true, "name", "Alice A", "amr", List.of("pwd", "mfa")));
        Map<String, String> callback = browse(started);
        assertThat(callback).containsEntry("state", started.state());
        UpstreamUser user = upstream.finish(started, callback, CALLBACK);

        assertThat(user.subject()).isEqualTo("alice");
        assertThat(user.email()).isEqualTo("alice@example.com");
        assertThat(user.emailVerified()).isTrue();
        assertThat(user.name()).isEqualTo("Alice A");
        assertThat(user.amr()).containsExactly("pwd", "mfa");
        assertThat(calls).contains("discovery:ok", "token:ok", "jwks:ok");
    }

    @Test
    void emailIsVerifiedOnlyWhenTheProviderIsTrusted() throws Exception {
        Upstream upstream = upstream(new ProviderSettings("test", ProviderType.OIDC, issuer, CLIENT, new Secret("s"),
                List.of(), List.of(), false, null, null, null, Map.of()));
        UpstreamStart started = upstream.start(CALLBACK);
        nextToken(Map.of("email", "alice@example.com", "email_verified", true, "name", "A"));
        UpstreamUser user = upstream.finish(started, browse(started), CALLBACK);
        assertThat(user.email()).isEqualTo("alice@example.com");
        assertThat(user.emailVerified()).isFalse();
        assertThat(user.amr()).isEmpty();
    }

    @Test
    void anUnverifiedEmailIsNotVerified() throws Exception {
        Upstream upstream = upstream();
        UpstreamStart started = upstream.start(CALLBACK);
        nextToken(Map.of("email", "alice@example.com", "email_verified", false, "name", "A"));
        assertThat(upstream.finish(started, browse(started), CALLBACK).emailVerified()).isFalse();
    }

    @Test
    void userinfoIsAskedWhenTheIdTokenLacksTheProfile() throws Exception {
        Upstream upstream = upstream();
        UpstreamStart started = upstream.start(CALLBACK);
        upstream.finish(started, browse(started), CALLBACK);
        assertThat(calls).contains("userinfo:ok");
    }

    @Test
    void aWrongNonceIsRefused() throws Exception {
        nextToken(Map.of("nonce", "not-the-one-sent"));
        UpstreamTesting.assertSignInRefused(upstream(), "nonce");
    }

    @Test
    void anotherIssuerIsRefused() throws Exception {
        nextToken(Map.of("iss", "https://evil.example"));
        UpstreamTesting.assertSignInRefused(upstream(), "iss");
    }

    /** The mock's one-hour token, judged by a server clock {@code offset} from the mock's. */
    private void assertRefusedAtClockOffset(Duration offset, String why) throws Exception {
        Upstream upstream = factory(Clock.offset(Clock.systemUTC(), offset), new OutboundGuard(UpstreamTesting.LOOPBACK), 8)
                .forProvider(settings(ProviderType.OIDC, issuer, CLIENT, "s3cret", Map.of()));
        UpstreamTesting.assertSignInRefused(upstream, why);
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        assertRefusedAtClockOffset(Duration.ofHours(2), "expired");
    }

    @Test
    void aTokenFromTheFutureIsRefused() throws Exception {
        assertRefusedAtClockOffset(Duration.ofMinutes(-10), "future");
    }

    @Test
    void anUpstreamErrorIsDeniedWithoutSpendingAnything() throws Exception {
        Upstream upstream = upstream();
        UpstreamStart started = upstream.start(CALLBACK);
        assertRefused(() -> upstream.finish(started, Map.of("error", "access_denied\r\n<script>", "state", started.state()), CALLBACK),
                Reason.DENIED, "access_denied");
        assertThat(calls).noneMatch(c -> c.startsWith("token"));
    }

    @Test
    void aCallbackWithoutCodeIsRefused() throws Exception {
        Upstream upstream = upstream();
        UpstreamStart started = upstream.start(CALLBACK);
        assertRefused(() -> upstream.finish(started, Map.of("state", started.state()), CALLBACK), Reason.INVALID, "code");
    }

    @Test
    void anotherResponseIssuerIsRefusedBeforeTheCodeIsSpent() throws Exception {
        Upstream upstream = upstream();
        UpstreamStart started = upstream.start(CALLBACK);
        Map<String, String> callback = new HashMap<>(browse(started));
        callback.put("iss", "https://idp.evil.example");
        assertRefused(() -> upstream.finish(started, callback, CALLBACK), Reason.INVALID, "iss");
        assertThat(calls).noneMatch(c -> c.startsWith("token"));
        callback.put("iss", issuer);
        assertThat(upstream.finish(started, callback, CALLBACK).subject()).isNotBlank();
    }

    @Test
    void aProviderThatIsDownIsUnavailable() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            closed = s.getLocalPort();
        }
        Upstream upstream = upstream(settings(ProviderType.OIDC, "http://127.0.0.1:" + closed + "/x", CLIENT, "s", Map.of()));
        assertRefused(() -> upstream.start(CALLBACK), Reason.UNAVAILABLE, "connect");
    }

    /** A server that accepts connections and never answers. */
    private static ServerSocket silentServer() throws IOException {
        ServerSocket silent = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
        Thread t = new Thread(() -> {
            List<Socket> held = new ArrayList<>();
            try {
                while (true) held.add(silent.accept());
            } catch (IOException closedAtEnd) {
                // the test is over
            }
        });
        t.setDaemon(true);
        t.start();
        return silent;
    }

    @Test
    void aProviderThatNeverAnswersIsUnavailableWithinTheTimeout() throws Exception {
        try (ServerSocket silent = silentServer()) {
            Upstream upstream = upstream(settings(ProviderType.OIDC, "http://127.0.0.1:" + silent.getLocalPort() + "/x", CLIENT, "s", Map.of()));
            long start = System.nanoTime();
            assertRefused(() -> upstream.start(CALLBACK), Reason.UNAVAILABLE, "timed out");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(UpstreamTesting.TIMEOUT.plusSeconds(5));
        }
    }

    @Test
    void aFullProviderFailsTheNextCallAtOnceAndOthersAreUnaffected() throws Exception {
        try (ServerSocket silent = silentServer()) {
            Upstreams upstreams = factory(Clock.systemUTC(), new OutboundGuard(UpstreamTesting.LOOPBACK), 1);
            Upstream hangingUpstream = upstreams.forProvider(
                    settings(ProviderType.OIDC, "http://127.0.0.1:" + silent.getLocalPort() + "/x", CLIENT, "s", Map.of()));
            CompletableFuture<Void> hanging = new CompletableFuture<>();
            Thread first = new Thread(() -> {
                try {
                    hangingUpstream.start(CALLBACK);
                } catch (UpstreamException expected) {
                    // times out
                }
                hanging.complete(null);
            });
            first.start();
            Thread.sleep(500); // the first call holds the only permit, waiting on the silent server
            assertThat(hanging).isNotDone();
            long start = System.nanoTime();
            assertRefused(() -> hangingUpstream.start(CALLBACK), Reason.UNAVAILABLE, "too many");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
            assertThat(calls).contains("start:busy");
            // Another provider has its own permits.
            assertThat(upstreams.forProvider(settings(ProviderType.OIDC, issuer, CLIENT, "s", Map.of())).start(CALLBACK)).isNotNull();
            hanging.get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void theGuardRefusesLoopbackUnlessAllowed() throws Exception {
        Upstream upstream = factory(Clock.systemUTC(), new OutboundGuard(List.of()), 8)
                .forProvider(settings(ProviderType.OIDC, issuer, CLIENT, "s", Map.of()));
        assertRefused(() -> upstream.start(CALLBACK), Reason.UNAVAILABLE, "refused address");
        assertThat(calls).containsExactly("discovery:unavailable");
    }

    @Test
    void aChangedSettingGetsAFreshUpstream() {
        Upstreams upstreams = UpstreamTesting.loopbackUpstreams(Clock.systemUTC(), UpstreamObserver.NONE);
        ProviderSettings a = settings(ProviderType.OIDC, issuer, CLIENT, "one", Map.of());
        assertThat(upstreams.forProvider(a)).isSameAs(upstreams.forProvider(settings(ProviderType.OIDC, issuer, CLIENT, "one", Map.of())));
        assertThat(upstreams.forProvider(a)).isNotSameAs(upstreams.forProvider(settings(ProviderType.OIDC, issuer, CLIENT, "two", Map.of())));
    }

    @Test
    void discoveryIsReadOnceForManySignIns() throws Exception {
        Upstream upstream = upstream();
        for (int i = 0; i < 3; i++) {
            UpstreamStart started = upstream.start(CALLBACK);
            upstream.finish(started, browse(started), CALLBACK);
        }
        assertThat(calls.stream().filter(c -> c.startsWith("discovery"))).hasSize(1);
        assertThat(calls.stream().filter(c -> c.startsWith("jwks"))).hasSize(1);
    }

    // --- native sign-in (an ID token from the provider's own SDK) ---

    private String nativeToken(List<String> audience, Map<String, Object> claims) {
        return mock.issueToken("issuer1", CLIENT,
                new DefaultOAuth2TokenCallback("issuer1", "alice", "JWT", audience, claims, 3600)).serialize();
    }

    private Upstream nativeUpstream() {
        // issueToken names the issuer after the mock's own host name: configure that one.
        issuer = mock.issuerUrl("issuer1").toString();
        return upstream(new ProviderSettings("test", ProviderType.OIDC, issuer, CLIENT, new Secret("s"), List.of(),
                List.of("com.example.ios"), true, null, null, null, Map.of()));
    }

    @Test
    void nativeTokensOfTheClientOrAConfiguredAudienceAreAccepted() throws Exception {
        Upstream upstream = nativeUpstream();
        assertThat(upstream.verifyIdToken(nativeToken(List.of("com.example.ios"), Map.of("nonce", "n-1")), "n-1").subject())
                .isEqualTo("alice");
        assertThat(upstream.verifyIdToken(nativeToken(List.of(CLIENT), Map.of()), null).subject()).isEqualTo("alice");
        assertRefused(() -> upstream.verifyIdToken(nativeToken(List.of("com.other.app"), Map.of()), null), Reason.INVALID, "aud");
    }

    @Test
    void nativeNonceRules() throws Exception {
        Upstream upstream = nativeUpstream();
        String withNonce = nativeToken(List.of(CLIENT), Map.of("nonce", "n-1"));
        assertRefused(() -> upstream.verifyIdToken(withNonce, null), Reason.INVALID, "nonce");
        assertRefused(() -> upstream.verifyIdToken(withNonce, "n-2"), Reason.INVALID, "nonce");
        assertRefused(() -> upstream.verifyIdToken(nativeToken(List.of(CLIENT), Map.of()), "n-1"), Reason.INVALID, "nonce");
        // The SHA-256 form is Apple's alone.
        String hashed = nativeToken(List.of(CLIENT), Map.of("nonce", sha256Hex("n-1")));
        assertRefused(() -> upstream.verifyIdToken(hashed, "n-1"), Reason.INVALID, "nonce");
    }

    @Test
    void nativeGarbageIsInvalid() {
        Upstream upstream = nativeUpstream();
        assertRefused(() -> upstream.verifyIdToken("not.a.jwt", null), Reason.INVALID, "parse");
        assertRefused(() -> upstream.verifyIdToken("x".repeat(100_000), null), Reason.INVALID, "too long");
        assertRefused(() -> upstream.verifyIdToken(null, null), Reason.INVALID, "no ID token");
    }

    static String sha256Hex(String s) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }
}
