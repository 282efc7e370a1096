package dev.gatehouse.oauth.client;

import dev.gatehouse.core.SecureTokens;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Client secrets: 256 random bits, shown once, stored as SHA-256. They are high-entropy, so a fast
 * hash suffices (no password hash); comparison is constant-time.
 */
final class ClientSecrets {
    static final int SECRET_BYTES = 32;
    /** A real hash of a secret nobody holds, compared against when the client is unknown. */
    private static final String DUMMY_HASH = SecureTokens.hash(SecureTokens.random(SECRET_BYTES));

    private ClientSecrets() {}

    static String generate() {
        return SecureTokens.random(SECRET_BYTES);
    }

    static String hash(String secret) {
        return SecureTokens.hash(secret);
    }

    /** Constant-time in the secret; {@code storedHash} may be null (unknown client: same work, false). */
    static boolean matches(String presented, String storedHash) {
        if (presented == null || presented.length() > 512) return false;
        String expected = storedHash == null ? DUMMY_HASH : storedHash;
        boolean equal = MessageDigest.isEqual(hash(presented).getBytes(StandardCharsets.US_ASCII),
                expected.getBytes(StandardCharsets.US_ASCII));
        return equal && storedHash != null;
    }
}
