package dev.gatehouse.federation;

import java.net.URI;

/**
 * A started round trip: where to send the browser, and the secrets to keep until the callback.
 * {@code nonce} is null for the plain OAuth 2 types (GitHub, Facebook), which issue no ID token.
 */
public record UpstreamStart(URI authorizationUri, String state, String nonce, String codeVerifier) {
    @Override
    public String toString() {
        return "UpstreamStart[" + authorizationUri.getHost() + "]";
    }
}
