package dev.gatehouse.oauth.client;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jose.util.Resource;
import java.io.IOException;
import java.net.URL;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The public keys a {@code private_key_jwt} client signs with: its registered {@code jwks}, or the
 * set published at its {@code jwks_uri}, fetched with short timeouts and a size cap and cached.
 * Private members are dropped, whatever the source says.
 */
final class ClientKeys {
    private static final int CONNECT_TIMEOUT_MS = 2_000;
    private static final int READ_TIMEOUT_MS = 3_000;
    private static final int MAX_BYTES = 64 * 1024;
    private static final Duration CACHE_TTL = Duration.ofMinutes(5);
    /** A key id not in the cached set may mean the client rotated; refetch at most this often. */
    private static final Duration MIN_REFETCH = Duration.ofSeconds(30);

    private record Cached(JWKSet keys, Instant fetchedAt) {}

    private final DefaultResourceRetriever retriever = new DefaultResourceRetriever(CONNECT_TIMEOUT_MS, READ_TIMEOUT_MS, MAX_BYTES);
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private final Clock clock;

    ClientKeys(Clock clock) {
        this.clock = clock;
    }

    /**
     * @param kid the key id the assertion names (may be null); when the cached remote set lacks it, the set is refetched
     * @throws IOException when the remote set cannot be fetched or parsed
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
        Instant now = clock.instant();
        Cached cached = cache.get(client.jwksUri());
        boolean fresh = cached != null && cached.fetchedAt().plus(CACHE_TTL).isAfter(now);
        boolean kidMissing = cached != null && kid != null && cached.keys().getKeyByKeyId(kid) == null;
        if (fresh && !(kidMissing && cached.fetchedAt().plus(MIN_REFETCH).isBefore(now))) return cached.keys();
        try {
            Resource resource = retriever.retrieveResource(new URL(client.jwksUri()));
            JWKSet set = JWKSet.parse(resource.getContent()).toPublicJWKSet();
            cache.put(client.jwksUri(), new Cached(set, now));
            return set;
        } catch (IOException | ParseException e) {
            // An unreachable JWKS endpoint should not lock out a client whose keys we still hold.
            if (cached != null) return cached.keys();
            throw e instanceof IOException io ? io : new IOException("jwks_uri did not return a JWK set", e);
        }
    }
}
