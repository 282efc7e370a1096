package dev.gatehouse.password;

/** Raw Argon2 (RFC 9106) without secret or associated data; thread-safe. */
interface Argon2Engine {

    /**
     * @param version {@link Argon2Variant#VERSION_13} or {@link Argon2Variant#VERSION_10}
     * @return {@code hashLength} bytes of tag
     */
    byte[] derive(Argon2Variant variant, int version, byte[] password, byte[] salt, Argon2Params params, int hashLength);

    /** Frees memory kept between hashes for reuse; called while no hash runs. */
    default void releaseIdleMemory() {
    }

    /** Short implementation name, e.g. {@code native} or {@code bouncycastle}. */
    String name();

    /** The name of the implementation that computes the hashes {@link Argon2PasswordHasher} writes with these parameters. */
    default String name(Argon2Params params) {
        return name();
    }
}
