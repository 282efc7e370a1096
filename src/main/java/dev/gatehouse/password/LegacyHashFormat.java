package dev.gatehouse.password;

/**
 * A stored hash format that is verified but never written (bcrypt, scrypt, PBKDF2): a match
 * always means the hash should be replaced by the current Argon2id one.
 */
interface LegacyHashFormat {

    /**
     * RFC 9106 allows Argon2 tags of 4 bytes and PBKDF2 allows any length, but with a short tag
     * random passwords match too often (2^-32 for 4 bytes), so anything under 128 bits is refused;
     * every common encoder writes 32 bytes or more. The upper bound only rejects junk.
     */
    static boolean plausibleHashLength(int bytes) {
        return bytes >= 16 && bytes <= 1024;
    }

    /** Whether the string belongs to this format (by its prefix); it may still be malformed. */
    boolean recognises(String encoded);

    /** Recomputes the hash of {@code password} (UTF-8) and compares in constant time. */
    boolean matches(byte[] password, String encoded) throws MalformedHashException;
}
