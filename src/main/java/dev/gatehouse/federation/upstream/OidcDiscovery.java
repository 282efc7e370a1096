package dev.gatehouse.federation.upstream;

import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import dev.gatehouse.federation.UpstreamException;
import dev.gatehouse.federation.UpstreamException.Reason;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The provider's metadata from {@code <issuer>/.well-known/openid-configuration} (OpenID Connect
 * Discovery 1.0 §4), kept for {@link #TTL} and then read again, so a provider's endpoint or key-set
 * change reaches the server without a restart. The document's {@code issuer} must be the configured
 * one (Discovery §4.3: otherwise a document served elsewhere could name another issuer whose tokens
 * would then pass). Built-in endpoint overrides (tests, presets) replace the documented ones.
 */
final class OidcDiscovery {
    /** How long a document is used before it is read again. */
    static final Duration TTL = Duration.ofHours(1);
    /** After a failed re-read, the stale document is used this much longer before the next try. */
    static final Duration RETRY_AFTER = Duration.ofMinutes(1);
    /** A stale document is never used beyond this age: a provider gone for a day is gone. */
    static final Duration MAX_STALE = Duration.ofHours(24);

    /**
     * A document and its {@code issuer} as written: Microsoft's multi-tenant template
     * {@code https://login.microsoftonline.com/{tenantid}/v2.0} is no URI, so Nimbus is given it
     * percent-encoded and the template itself is kept here.
     */
    record Discovered(OIDCProviderMetadata metadata, String issuer) {}

    private record Held(Discovered discovered, Instant fetchedAt, Instant nextTry) {}

    private final UpstreamHttp http;
    private final URI location;
    private final Predicate<String> issuerAccepted;
    private final Map<String, String> endpoints;
    private final Clock clock;
    private volatile Held held;

    /**
     * @param issuer         the configured issuer
     * @param issuerAccepted whether the document's {@code issuer} is right for it (normally equality)
     * @param endpoints      overrides, keys as in {@link dev.gatehouse.federation.ProviderSettings#endpoints()}
     */
    OidcDiscovery(UpstreamHttp http, String issuer, Predicate<String> issuerAccepted, Map<String, String> endpoints,
                  Clock clock) throws UpstreamException {
        this.http = http;
        String base = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
        this.location = uri(base + "/.well-known/openid-configuration");
        this.issuerAccepted = issuerAccepted;
        this.endpoints = endpoints;
        this.clock = clock;
    }

    /** The current document, read now when none is held or it is older than {@link #TTL}. */
    Discovered current() throws UpstreamException {
        Held h = held;
        Instant now = clock.instant();
        if (h != null && now.isBefore(h.nextTry())) return h.discovered();
        synchronized (this) {
            h = held;
            if (h != null && now.isBefore(h.nextTry())) return h.discovered();
            try {
                Discovered fresh = fetch();
                held = new Held(fresh, now, now.plus(TTL));
                return fresh;
            } catch (UpstreamException e) {
                if (e.reason() != Reason.UNAVAILABLE || h == null || now.isAfter(h.fetchedAt().plus(MAX_STALE))) throw e;
                held = new Held(h.discovered(), h.fetchedAt(), now.plus(RETRY_AFTER));
                return h.discovered();
            }
        }
    }

    private Discovered fetch() throws UpstreamException {
        UpstreamHttp.Answer answer = http.send("discovery", "GET", location, Map.of("Accept", "application/json"), null);
        if (answer.status() != 200) {
            throw new UpstreamException(Reason.UNAVAILABLE, http.providerId() + ": discovery answered " + answer.status());
        }
        Object documented = UpstreamHttp.JsonBodies.object("discovery", answer.body()).get("issuer");
        if (!(documented instanceof String issuer)) {
            throw new UpstreamException(Reason.UNAVAILABLE, http.providerId() + ": discovery names no issuer");
        }
        OIDCProviderMetadata metadata;
        try {
            metadata = OIDCProviderMetadata.parse(answer.body().replace("{tenantid}", "%7Btenantid%7D"));
        } catch (ParseException e) {
            throw new UpstreamException(Reason.UNAVAILABLE, http.providerId() + ": discovery document does not parse", e);
        }
        if (!issuerAccepted.test(issuer)) {
            throw new UpstreamException(Reason.UNAVAILABLE, http.providerId() + ": discovery names another issuer");
        }
        String v;
        if ((v = endpoints.get("authorization_endpoint")) != null) metadata.setAuthorizationEndpointURI(uri(v));
        if ((v = endpoints.get("token_endpoint")) != null) metadata.setTokenEndpointURI(uri(v));
        if ((v = endpoints.get("userinfo_endpoint")) != null) metadata.setUserInfoEndpointURI(uri(v));
        if ((v = endpoints.get("jwks_uri")) != null) metadata.setJWKSetURI(uri(v));
        if (metadata.getAuthorizationEndpointURI() == null || metadata.getTokenEndpointURI() == null
                || metadata.getJWKSetURI() == null) {
            throw new UpstreamException(Reason.UNAVAILABLE, http.providerId() + ": discovery lacks an endpoint");
        }
        return new Discovered(metadata, issuer);
    }

    static URI uri(String value) throws UpstreamException {
        try {
            return new URI(value);
        } catch (URISyntaxException e) {
            throw new UpstreamException(Reason.UNAVAILABLE, "not a URI: " + value);
        }
    }
}
