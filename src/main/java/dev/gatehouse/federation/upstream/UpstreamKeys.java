package dev.gatehouse.federation.upstream;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.Resource;
import com.nimbusds.jose.util.ResourceRetriever;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import dev.gatehouse.federation.UpstreamException;
import dev.gatehouse.federation.UpstreamException.Reason;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.text.ParseException;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The signature half of ID token validation (OpenID Connect Core §3.1.3.7 steps 6-8): the token is a
 * JWS, its {@code alg} one the provider lists and this server accepts, and it verifies under a key of
 * the provider's JWKS. The claims are judged by {@link IdTokenClaims}.
 *
 * <p>The key set comes through a Nimbus {@link JWKSourceBuilder} source over the provider's guarded
 * HTTP: cached ({@link #CACHE_TTL}), refetched when a token names a kid the cached set lacks (key
 * rotation), at most twice per {@link #MIN_INTERVAL} (so tokens with made-up kids, which anyone may
 * send to the native endpoint, cannot make the server fetch at will), and kept through an outage of
 * the provider for {@link #OUTAGE_TTL}.
 */
final class UpstreamKeys {
    static final Duration CACHE_TTL = Duration.ofMinutes(15);
    static final Duration MIN_INTERVAL = Duration.ofSeconds(30);
    static final Duration OUTAGE_TTL = Duration.ofHours(6);
    private static final Duration REFRESH_WAIT = Duration.ofSeconds(15);

    /**
     * Asymmetric algorithms only: never {@code none}, and never HS*, whose key would be the client
     * secret, which this server holds, so a token "signed" with it proves nothing about the provider
     * (and RFC 8725 §3.1 against algorithm confusion).
     */
    static final Set<JWSAlgorithm> SAFE = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512,
            JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512, JWSAlgorithm.ES256, JWSAlgorithm.ES384,
            JWSAlgorithm.EdDSA, JWSAlgorithm.Ed25519);

    /** Longest token accepted; a real ID token is a few kilobytes. */
    static final int MAX_TOKEN_CHARS = 16 * 1024;

    private static final Pattern COMPACT = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");

    private final URI jwksUri;
    private final List<JWSAlgorithm> listed;
    private final DefaultJWTProcessor<SecurityContext> processor;

    /** @param listed the provider's {@code id_token_signing_alg_values_supported} (null or empty: RS256, Discovery §3) */
    UpstreamKeys(UpstreamHttp http, URI jwksUri, List<JWSAlgorithm> listed) throws UpstreamException {
        this.jwksUri = jwksUri;
        this.listed = listed;
        Set<JWSAlgorithm> allowed = new LinkedHashSet<>(listed == null || listed.isEmpty() ? List.of(JWSAlgorithm.RS256) : listed);
        allowed.retainAll(SAFE);
        JWKSource<SecurityContext> keys;
        try {
            keys = JWKSourceBuilder.<SecurityContext>create(jwksUri.toURL(), retriever(http))
                    .cache(CACHE_TTL.toMillis(), REFRESH_WAIT.toMillis())
                    .refreshAheadCache(false)
                    .rateLimited(MIN_INTERVAL.toMillis())
                    .outageTolerant(OUTAGE_TTL.toMillis())
                    .build();
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new UpstreamException(Reason.UNAVAILABLE, http.providerId() + ": jwks_uri is not a URL", e);
        }
        processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(Ed25519Support.keySelector(allowed, keys));
        processor.setJWSVerifierFactory(Ed25519Support.verifierFactory());
        // The claims are checked by IdTokenClaims against the injected clock.
        processor.setJWTClaimsSetVerifier((claims, context) -> {});
    }

    /** Whether these keys are the ones {@code metadata} names: the same jwks_uri and listed algorithms. */
    boolean serves(OIDCProviderMetadata metadata) {
        return jwksUri.equals(metadata.getJWKSetURI()) && Objects.equals(listed, metadata.getIDTokenJWSAlgs());
    }

    /** The claims of a token whose signature checks out. */
    JWTClaimsSet verify(String token) throws UpstreamException {
        if (token == null || token.length() > MAX_TOKEN_CHARS) throw new UpstreamException(Reason.INVALID, "no ID token, or too long");
        // RFC 7515 §7.1: three base64url parts. Nimbus' decoder skips stray characters, so without this
        // a token with junk in a part would still verify (the same signed bytes, but no longer the same token).
        if (!COMPACT.matcher(token).matches()) throw new UpstreamException(Reason.INVALID, "ID token does not parse as a compact JWS");
        JWT jwt;
        try {
            jwt = JWTParser.parse(token);
        } catch (ParseException e) {
            throw new UpstreamException(Reason.INVALID, "ID token does not parse");
        }
        if (!(jwt instanceof SignedJWT signed)) throw new UpstreamException(Reason.INVALID, "ID token is not signed");
        if (!SAFE.contains(signed.getHeader().getAlgorithm())) {
            throw new UpstreamException(Reason.INVALID, "ID token alg " + signed.getHeader().getAlgorithm() + " refused");
        }
        try {
            return processor.process(signed, null);
        } catch (BadJOSEException e) {
            throw new UpstreamException(Reason.INVALID, "ID token signature: " + e.getMessage());
        } catch (RateLimitReachedException e) {
            throw new UpstreamException(Reason.INVALID, "ID token names a key not in the provider's set");
        } catch (JOSEException e) {
            // The key set could not be had (network, guard, timeout): the provider, not the token, failed.
            throw new UpstreamException(Reason.UNAVAILABLE, "ID token keys: " + e.getMessage(), e);
        }
    }

    /** Nimbus' retriever over the provider's guarded HTTP (its guard, deadline and size cap). */
    private static ResourceRetriever retriever(UpstreamHttp http) {
        return url -> {
            UpstreamHttp.Answer answer;
            try {
                answer = http.send("jwks", "GET", url.toURI(), Map.of("Accept", "application/jwk-set+json, application/json"), null);
            } catch (UpstreamException | URISyntaxException e) {
                throw new IOException("jwks: " + e.getMessage(), e);
            }
            if (answer.status() != 200) throw new IOException("jwks: status " + answer.status());
            return new Resource(answer.body(), answer.contentType());
        };
    }
}
