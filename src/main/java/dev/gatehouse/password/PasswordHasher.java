package dev.gatehouse.password;

/**
 * Argon2id password hashing with verification of legacy formats. Implementations are thread-safe.
 *
 * <p>Passwords arrive NFKC-normalised (SECURITY.md "Passwords") and are hashed as their UTF-8
 * bytes, never truncated. Get an instance from {@link PasswordHashers#create}.
 */
public interface PasswordHasher {

    /** Longest password (in UTF-16 chars) ever hashed or verified; longer input is refused cheaply. */
    int MAX_PASSWORD_CHARS = 4096;

    /**
     * Hashes with the configured parameters and a fresh 16-byte salt.
     *
     * @return PHC string {@code $argon2id$v=19$m=..,t=..,p=..$<salt>$<hash>} (32-byte hash,
     *         unpadded standard base64)
     * @throws IllegalArgumentException if the password is empty or longer than {@link #MAX_PASSWORD_CHARS}
     *                                  (the policy layer rejects both long before)
     */
    String hash(String password);

    /**
     * Checks a password against a stored hash: Argon2id/Argon2i/Argon2d PHC strings, bcrypt
     * ($2a$, $2b$, $2y$), passlib scrypt and PBKDF2-SHA256/SHA512 (PHC and passlib forms).
     * Anything that is not the current Argon2id setting reports {@code needsRehash} on a match.
     *
     * <p>Never throws for bad stored data: an unknown or malformed string gives no match and a
     * warning in the log (without the string). An empty password, or one longer than
     * {@link #MAX_PASSWORD_CHARS}, gives no match at once without hashing.
     */
    Verification verify(String password, String encoded);

    /**
     * Runs the same work as {@link #verify} of a stored hash with the configured parameters,
     * against a fixed hash of an unguessable secret made when this hasher was built. Call it for
     * unknown (or otherwise rejected before the hash) users so the response takes as long as for
     * a real account (SECURITY.md "Login, enumeration and brute force").
     *
     * @return always {@code Verification(false, false)}
     */
    Verification verifyDummy(String password);

    /** The active implementation, e.g. {@code argon2id-native} or {@code argon2id-bouncycastle}. */
    String name();

    /**
     * Frees memory the hasher keeps between hashes for reuse (the native Argon2 matrices, 19 MiB
     * each); the next hash allocates again. For an idle node: the hashing pool calls it when idle.
     */
    default void releaseIdleMemory() {
    }
}
