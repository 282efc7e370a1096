package dev.gatehouse.keys;

import java.time.Instant;

/** A signed access token; the times are whole seconds, as in the token. */
public record IssuedToken(String token, String jti, Instant issuedAt, Instant expiresAt) {

    @Override
    public String toString() {
        // Tokens never go to logs.
        return "IssuedToken[jti=" + jti + ", issuedAt=" + issuedAt + ", expiresAt=" + expiresAt + "]";
    }
}
