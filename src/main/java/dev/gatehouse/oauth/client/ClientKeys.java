package dev.gatehouse.oauth.client;

import com.nimbusds.jose.jwk.JWKSet;
import dev.gatehouse.net.GuardedHttpFetcher;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The public keys a {@code private_key_jwt} client signs with: its registered {@code jwks}, or the
 * set published at its {@code jwks_uri}, fetched through the outbound guard ({@link GuardedHttpFetcher}:
 * no loopback, private or metadata addresses unless allowed, size and time capped, no redirects).
 * Private members are dropped, whatever the source says.
 *
 * <p>Token requests are unauthenticated until the assertion checks out, so they must not be a lever
 * to make the server fetch at will: per client and URL, at most one fetch per {@link #MIN_INTERVAL}
 * whatever the outcome, concurrent requests wait for the fetch under way instead of starting their
 * own, and an assertion naming a key id that the cached set lacks (the client may have rotated)
 * refetches within that same budget. A failed fetch keeps serving the last good set.
 */
final class ClientKeys {
    /** Cached keys are refreshed after this long, at the next use. */
    private static final Duration CACHE_TTL = Duration.ofMinutes(5);
    /** At most one fetch per client and URL per interval, a kid miss included (the once-per-interval budget). */
    static final Duration MIN_INTERVAL = Duration.ofSeconds(60);

    /** One per client and URL; its monitor serialises the fetches. */
    private static final class Entry {
        JWKSet keys;
        Instant fetchedAt;
        Instant attemptedAt;
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final GuardedHttpFetcher fetcher;
    private final Clock clock;

    ClientKeys(GuardedHttpFetcher fetcher, Clock clock) {
        this.fetcher = fetcher;
        this.clock = clock;
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
        Entry entry = entries.computeIfAbsent(client.clientId() + ' ' + client.jwksUri(), k -> new Entry());
        synchronized (entry) {
            Instant now = clock.instant();
            boolean stale = entry.keys == null || !entry.fetchedAt.plus(CACHE_TTL).isAfter(now);
            boolean kidMissing = entry.keys != null && kid != null && entry.keys.getKeyByKeyId(kid) == null;
            boolean mayFetch = entry.attemptedAt == null || !entry.attemptedAt.plus(MIN_INTERVAL).isAfter(now);
            if ((stale || kidMissing) && mayFetch) {
                entry.attemptedAt = now;
                try {
                    entry.keys = fetch(client.jwksUri());
                    entry.fetchedAt = now;
                } catch (IOException e) {
                    // An unreachable JWKS endpoint should not lock out a client whose keys we still hold.
                    if (entry.keys == null) throw e;
                }
            }
            if (entry.keys == null) throw new IOException("jwks_uri fetch failed recently; not retried before the interval");
            return entry.keys;
        }
    }

    private JWKSet fetch(String jwksUri) throws IOException {
        try {
            byte[] body = fetcher.get(new URI(jwksUri), "application/jwk-set+json, application/json");
            return JWKSet.parse(new String(body, StandardCharsets.UTF_8)).toPublicJWKSet();
        } catch (URISyntaxException | ParseException e) {
            throw new IOException("jwks_uri did not return a JWK set", e);
        }
    }
}
