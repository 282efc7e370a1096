package dev.gatehouse.password;

/**
 * Outcome of {@link PasswordHasher#verify}.
 *
 * @param matches     the password is the one the stored hash was made from
 * @param needsRehash the password matched, but the stored hash is a legacy format or uses other
 *                    parameters than the configured ones: store {@link PasswordHasher#hash} of the
 *                    password now, while it is at hand. Never true when {@code matches} is false.
 */
public record Verification(boolean matches, boolean needsRehash) {

    public Verification {
        if (needsRehash && !matches) {
            throw new IllegalArgumentException("needsRehash requires matches");
        }
    }
}
