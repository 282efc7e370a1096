package dev.gatehouse.federation.upstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** What the upstream tests share: settings, a factory whose guard allows loopback, refusal checks. */
final class UpstreamTesting {
    static final URI CALLBACK = URI.create("https://gatehouse.example/login/idp/test/callback");
    static final Duration TIMEOUT = Duration.ofSeconds(3);
    static final List<String> LOOPBACK = List.of("127.0.0.0/8", "::1");

    private UpstreamTesting() {}

    static ProviderSettings settings(ProviderType type, String issuer, String clientId, String secret, Map<String, String> endpoints) {
        return new ProviderSettings("test", type, issuer, clientId, new Secret(secret), List.of(), List.of(), true,
                null, null, null, endpoints);
    }

    /** A factory reaching loopback (as {@code outbound.allowed.networks=127.0.0.0/8,::1} would). */
    static Upstreams loopbackUpstreams(Clock clock, UpstreamObserver observer) {
        return new Upstreams(new OutboundGuard(LOOPBACK), clock, TIMEOUT, 8, observer);
    }

    @FunctionalInterface
    interface ThrowingCall {
        void run() throws Exception;
    }

    /** Start, the browser step, finish. */
    static UpstreamUser signIn(Upstream upstream) throws Exception {
        UpstreamStart started = upstream.start(CALLBACK);
        return upstream.finish(started, UpstreamBrowser.callback(started.authorizationUri()), CALLBACK);
    }

    /** Start and the browser step succeed; finish is refused as {@code INVALID}, naming {@code why}. */
    static void assertSignInRefused(Upstream upstream, String why) throws Exception {
        UpstreamStart started = upstream.start(CALLBACK);
        Map<String, String> callback = UpstreamBrowser.callback(started.authorizationUri());
        assertRefused(() -> upstream.finish(started, callback, CALLBACK), Reason.INVALID, why);
    }

    /** A full sign-in, then its callback replayed: the provider refuses the spent code, naming {@code why}. */
    static void assertReplayRefused(Upstream upstream, String why) throws Exception {
        UpstreamStart started = upstream.start(CALLBACK);
        Map<String, String> callback = UpstreamBrowser.callback(started.authorizationUri());
        upstream.finish(started, callback, CALLBACK);
        assertRefused(() -> upstream.finish(started, callback, CALLBACK), Reason.INVALID, why);
    }

    /** The call fails with {@code reason}, and its message names {@code why}. */
    static void assertRefused(ThrowingCall call, Reason reason, String why) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(UpstreamException.class, e -> {
            assertThat(e.reason()).isEqualTo(reason);
            assertThat(e.getMessage()).contains(why);
        });
    }
}
