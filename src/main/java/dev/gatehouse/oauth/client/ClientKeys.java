package dev.gatehouse.oauth.client;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSetBasedJWKSource;
import com.nimbusds.jose.jwk.source.JWKSetCacheRefreshEvaluator;
import com.nimbusds.jose.jwk.source.JWKSetSource;
import com.nimbusds.jose.jwk.source.JWKSetSourceWrapper;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.jwk.source.OutageTolerantJWKSetSource;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.jwk.source.URLBasedJWKSetSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.Resource;
import com.nimbusds.jose.util.ResourceRetriever;
import dev.gatehouse.net.GuardedHttpFetcher;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The public keys a {@code private_key_jwt} client signs with: its registered {@code jwks}, or the
 * set published at its {@code jwks_uri}. Private members are dropped, whatever the source says.
 *
 * <p>A {@code jwks_uri} is read through one Nimbus {@link JWKSourceBuilder} source per client: cache
 * ({@link #CACHE_TTL}), refresh ahead of expiry on a shared background thread, concurrent requests
 * waiting for the fetch under way, and the last good set kept through an outage of the client's
 * endpoint for up to {@link #OUTAGE_TTL}. Every fetch goes through {@link GuardedHttpFetcher} (the
 * outbound guard: address checked and pinned, no redirects, size and time capped).
 *
 * <p>Token requests are unauthenticated until the assertion checks out, so they must not be a lever
 * to make the server fetch at will: at most one fetch per client per {@link #MIN_INTERVAL}, whatever
 * the outcome, a kid miss (the client may have rotated) and a refresh ahead included. Nimbus' own
 * {@code rateLimited(...)} allows two per interval (one kept for a kid miss), so the interval is
 * enforced by {@link OncePerInterval} instead, between the cache and the fetch.
 */
final class ClientKeys {
    /** Cached keys are refreshed after this long. */
    static final Duration CACHE_TTL = Duration.ofMinutes(5);
    /** At most one fetch per client and URL per interval, a kid miss included (the once-per-interval budget). */
    static final Duration MIN_INTERVAL = Duration.ofSeconds(60);
    /** How long the last good set outlives failed fetches; bounded, so rotated-out keys do not live on. */
    static final Duration OUTAGE_TTL = Duration.ofHours(1);
    /** How early before expiry a use starts a background refresh. */
    private static final Duration REFRESH_AHEAD = Duration.ofSeconds(30);
    /** How long a request waits for another's fetch: longer than the fetcher's own deadline. */
    private static final Duration REFRESH_WAIT = Duration.ofSeconds(10);
    /** Sources kept; beyond it the least used are dropped, as are those unused for {@link #IDLE}. */
    static final int MAX_SOURCES = 10_000;
    static final Duration IDLE = Duration.ofHours(1);

    private record Source(String jwksUri, JWKSetSource<SecurityContext> source) {}

    private final Cache<String, Source> sources;
    private final GuardedHttpFetcher fetcher;
    private final Clock clock;
    /** One daemon thread shared by every source's refresh ahead (Nimbus' default is an executor per source). */
    private final ExecutorService refresher;

    ClientKeys(GuardedHttpFetcher fetcher, Clock clock) {
        this.fetcher = fetcher;
        this.clock = clock;
        ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 1, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "jwks-refresh");
            t.setDaemon(true);
            return t;
        });
        pool.allowCoreThreadTimeOut(true);
        this.refresher = pool;
        this.sources = Caffeine.newBuilder()
                .maximumSize(MAX_SOURCES)
                .expireAfterAccess(IDLE)
                .ticker(() -> clock.millis() * 1_000_000L)
                .executor(Runnable::run)
                .recordStats()
                .<String, Source>removalListener((id, s, cause) -> close(s))
                .build();
    }

    /** The cache of remote key sources, for its statistics in /metrics. */
    Cache<?, ?> cache() {
        return sources;
    }

    /**
     * @param kid the key id the assertion names (may be null); when the cached remote set lacks it, the set is refetched
     * @throws IOException when the remote set cannot be fetched or parsed and none is cached
     */
    JWKSet keysFor(OAuthClient client, String kid) throws IOException {
        if (client.jwks() != null) {
            try {
                return JWKSet.parse(client.jwks()).toPublicJWKSet();
            } catch (ParseException e) {
                throw new IOException("registered jwks does not parse", e);
            }
        }
        if (client.jwksUri() == null) throw new IOException("no keys registered");
        JWKSetSource<SecurityContext> source = sourceFor(client.clientId(), client.jwksUri());
        // The time is passed down explicitly (Nimbus' JWKSource.get would read the system clock).
        long now = clock.millis();
        JWKSet set;
        try {
            set = source.getJWKSet(JWKSetCacheRefreshEvaluator.noRefresh(), now, null);
        } catch (KeySourceException e) {
            throw new IOException("jwks_uri could not be fetched", e);
        }
        if (kid != null && set.getKeyByKeyId(kid) == null) {
            try {
                set = source.getJWKSet(JWKSetCacheRefreshEvaluator.referenceComparison(set), now, null);
            } catch (KeySourceException e) {
                // Refused within the interval or failed: the set we hold still answers (it lacks the kid).
            }
        }
        return set.toPublicJWKSet();
    }

    /** Sources held, after dropping the expired ones. */
    int sources() {
        sources.cleanUp();
        return (int) sources.estimatedSize();
    }

    /** The client's source; a new one when its jwks_uri changed (the old one is dropped). */
    private JWKSetSource<SecurityContext> sourceFor(String clientId, String jwksUri) throws IOException {
        URL url;
        try {
            url = new URI(jwksUri).toURL();
        } catch (URISyntaxException | IllegalArgumentException | IOException e) {
            throw new IOException("jwks_uri is not a URL", e);
        }
        return sources.asMap()
                .compute(clientId, (id, old) -> old != null && old.jwksUri().equals(jwksUri) ? old : new Source(jwksUri, build(url)))
                .source();
    }

    @SuppressWarnings("unchecked")
    private JWKSetSource<SecurityContext> build(URL url) {
        JWKSetSource<SecurityContext> fetch = new URLBasedJWKSetSource<>(url, guarded());
        JWKSetSource<SecurityContext> gated =
                new OncePerInterval(new OutageTolerantJWKSetSource<>(fetch, OUTAGE_TTL.toMillis(), null), MIN_INTERVAL.toMillis());
        // build() returns a JWKSetBasedJWKSource whenever no failover is set; its chain is what we call.
        return ((JWKSetBasedJWKSource<SecurityContext>) JWKSourceBuilder.create(gated)
                .rateLimited(false)
                .cache(CACHE_TTL.toMillis(), REFRESH_WAIT.toMillis())
                .refreshAheadCache(REFRESH_AHEAD.toMillis(), null, refresher, false, null, false)
                .build()).getJWKSetSource();
    }

    /** Nimbus' retriever over the guarded fetcher, so the guard, size cap and deadline hold for every fetch. */
    private ResourceRetriever guarded() {
        return url -> {
            try {
                byte[] body = fetcher.get(url.toURI(), "application/jwk-set+json, application/json");
                return new Resource(new String(body, StandardCharsets.UTF_8), null);
            } catch (URISyntaxException e) {
                throw new IOException("jwks_uri is not a URI", e);
            }
        };
    }

    private static void close(Source s) {
        if (s == null) return;
        try {
            s.source().close();
        } catch (IOException e) {
            // nothing held that needs a clean close: the executor is shared and not shut down here
        }
    }

    /**
     * Lets one call through per interval, whatever its outcome; the others fail at once with
     * {@link RateLimitReachedException}, which the cache above answers from what it holds.
     */
    private static final class OncePerInterval extends JWKSetSourceWrapper<SecurityContext> {
        private final long interval;
        private long nextOpening = Long.MIN_VALUE;

        OncePerInterval(JWKSetSource<SecurityContext> source, long interval) {
            super(source);
            this.interval = interval;
        }

        @Override
        public JWKSet getJWKSet(JWKSetCacheRefreshEvaluator evaluator, long now, SecurityContext context)
                throws KeySourceException {
            synchronized (this) {
                if (now < nextOpening) throw new RateLimitReachedException();
                nextOpening = now + interval;
            }
            return getSource().getJWKSet(evaluator, now, context);
        }
    }
}
