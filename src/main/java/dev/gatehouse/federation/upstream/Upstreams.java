package dev.gatehouse.federation.upstream;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.gatehouse.federation.ProviderSettings;
import dev.gatehouse.federation.Upstream;
import dev.gatehouse.federation.UpstreamException;
import dev.gatehouse.federation.UpstreamFactory;
import dev.gatehouse.federation.UpstreamStart;
import dev.gatehouse.federation.UpstreamUser;
import dev.gatehouse.net.GuardedHttpFetcher;
import dev.gatehouse.net.OutboundGuard;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * The {@link UpstreamFactory}: one {@link Upstream} per settings value, kept in a bounded cache, so the
 * discovery document, the key set and the concurrency bound live across sign-ins and a changed setting
 * (another secret, issuer, endpoint) gets a fresh instance at once. All HTTP goes through one
 * {@link GuardedHttpFetcher} over the given guard.
 */
public final class Upstreams implements UpstreamFactory {
    /** Upstream answers are small (discovery, key sets, token responses, user records). */
    static final int MAX_BYTES = 256 * 1024;
    /** Settings values kept; more providers than this is not a real configuration. */
    static final int MAX_PROVIDERS = 256;

    private final GuardedHttpFetcher fetcher;
    private final Clock clock;
    private final int maxConcurrent;
    private final UpstreamObserver observer;
    private final Cache<ProviderSettings, Upstream> upstreams;

    /**
     * @param guard         the outbound address guard (its allowed networks are the only place plain
     *                      http and loopback or private upstreams are reachable)
     * @param timeout       deadline of each upstream call, connect to last byte (a few seconds)
     * @param maxConcurrent operations ({@code start}, {@code finish}, {@code verifyIdToken}) under way at
     *                      once per provider; beyond it they fail at once as {@code UNAVAILABLE}
     * @param observer      hears each call's duration and outcome (metrics)
     */
    public Upstreams(OutboundGuard guard, Clock clock, Duration timeout, int maxConcurrent, UpstreamObserver observer) {
        if (maxConcurrent < 1) throw new IllegalArgumentException("maxConcurrent must be positive");
        this.fetcher = new GuardedHttpFetcher(guard, MAX_BYTES, timeout);
        this.clock = clock;
        this.maxConcurrent = maxConcurrent;
        this.observer = observer;
        this.upstreams = Caffeine.newBuilder().maximumSize(MAX_PROVIDERS).expireAfterAccess(Duration.ofDays(1)).build();
    }

    @Override
    public Upstream forProvider(ProviderSettings settings) {
        return upstreams.get(settings, this::create);
    }

    private Upstream create(ProviderSettings settings) {
        UpstreamHttp http = new UpstreamHttp(fetcher, observer, settings.id());
        try {
            return new BoundedUpstream(settings.id(), maxConcurrent, observer, switch (settings.type()) {
                case OIDC -> new OidcUpstream(settings, OidcProfile.GENERIC, http, clock);
                case GOOGLE -> new OidcUpstream(settings, Presets.GOOGLE, http, clock);
                case GITLAB -> new OidcUpstream(settings, Presets.GITLAB, http, clock);
                case MICROSOFT -> new OidcUpstream(settings, new Presets.Microsoft(settings), http, clock);
                case APPLE -> new OidcUpstream(settings, new AppleProfile(settings), http, clock);
                case GITHUB -> new OAuthUpstream(settings, GitHubProfile.INSTANCE, http);
                case FACEBOOK -> new OAuthUpstream(settings, FacebookProfile.INSTANCE, http);
            });
        } catch (UpstreamException e) {
            return new Broken(e);
        }
    }

    /** Settings that cannot work (no issuer, a bad key): every use fails with the reason. */
    private record Broken(UpstreamException failure) implements Upstream {
        @Override
        public UpstreamStart start(URI callbackUri) throws UpstreamException {
            throw failure;
        }

        @Override
        public UpstreamUser finish(UpstreamStart started, Map<String, String> callback, URI callbackUri) throws UpstreamException {
            throw failure;
        }

        @Override
        public UpstreamUser verifyIdToken(String idToken, String nonce) throws UpstreamException {
            throw failure;
        }
    }
}
