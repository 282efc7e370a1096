package dev.gatehouse.keys;

import java.time.Instant;

/**
 * One signing key as the store keeps it.
 *
 * @param kid                 key id, published in the JWKS and in every token header
 * @param alg                 JWS algorithm, e.g. {@code RS256}
 * @param publicJwk           JSON of the public JWK (public members only)
 * @param encryptedPrivateKey base64 of the PKCS#8 private key encrypted under the {@link MasterKey}
 * @param status              {@code "active"} or {@code "retired"}
 * @param createdAt           creation time
 * @param publishUntil        end of publication for a retired key; {@code null} while active
 */
public record StoredKey(String kid, String alg, String publicJwk, String encryptedPrivateKey, String status,
        java.time.Instant createdAt, java.time.Instant publishUntil) {

    public static final String ACTIVE = "active";
    public static final String RETIRED = "retired";

    boolean isActive() {
        return ACTIVE.equals(status);
    }

    /** A key is published while active, and after retirement until {@code publishUntil}. */
    boolean publishableAt(Instant now) {
        return isActive() || (publishUntil != null && publishUntil.isAfter(now));
    }

    @Override
    public String toString() {
        // The encrypted private key stays out of logs even though it is encrypted.
        return "StoredKey[kid=" + kid + ", alg=" + alg + ", status=" + status + ", createdAt=" + createdAt
                + ", publishUntil=" + publishUntil + "]";
    }
}
