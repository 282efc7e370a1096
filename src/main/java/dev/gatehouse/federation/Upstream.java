package dev.gatehouse.federation;

import java.net.URI;
import java.util.Map;

/**
 * One upstream provider as the sign-in flow uses it. Implementations fetch only through the outbound
 * address guard, with connect and read timeouts, and never hold a caller longer than those allow.
 */
public interface Upstream {
    /**
     * Begins a browser round trip (authorization code flow with PKCE S256, plus {@code nonce} for
     * OpenID types). The caller keeps the returned value bound to the browser until the callback.
     */
    UpstreamStart start(URI callbackUri) throws UpstreamException;

    /**
     * Completes the round trip. The caller has already matched {@code state} to the browser; this checks
     * the upstream's {@code error}, {@code iss} (RFC 9207, where sent), exchanges the code with the
     * verifier, validates the ID token (signature through the upstream JWKS, {@code iss}, {@code aud},
     * {@code azp}, {@code exp}, {@code nonce}, allowed algorithms) or calls the user API.
     *
     * @param callback every parameter of the callback request (query or form post, e.g. Apple's {@code user})
     */
    UpstreamUser finish(UpstreamStart started, Map<String, String> callback, URI callbackUri) throws UpstreamException;

    /**
     * Checks an ID token a native app got from the provider's own SDK (API.md §6
     * {@code POST /api/v1/login/idp/{id}}): as in {@link #finish}, with {@code clientId} and the
     * configured audiences accepted. A sent nonce must equal the token's (Apple: or its SHA-256 hex);
     * a token carrying a nonce needs one sent.
     */
    UpstreamUser verifyIdToken(String idToken, String nonce) throws UpstreamException;
}
