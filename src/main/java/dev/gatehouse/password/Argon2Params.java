package dev.gatehouse.password;

/**
 * Argon2 cost parameters: memory in KiB, passes over memory, lanes.
 *
 * <p>{@link #defaults()} is the floor of SECURITY.md "Passwords" and OWASP's Password Storage
 * Cheat Sheet: m = 19 MiB, t = 2, p = 1. The constructor only checks what RFC 9106 and the PHC
 * string format require plus sanity bounds; refusing settings below the floor is the
 * configuration layer's job (tests use cheaper ones on purpose).
 */
public record Argon2Params(int memoryKib, int iterations, int parallelism) {

    /** PHC string format for Argon2 ("p" is 1..255). RFC 9106 section 3.1 allows more, no encoder does. */
    static final int MAX_PARALLELISM = 255;
    /**
     * 1 GiB (libsodium's "sensitive" preset, the largest common setting). Above it a stored string
     * is treated as corrupt rather than allowed to exhaust the heap.
     */
    static final int MAX_MEMORY_KIB = 1 << 20;
    /** Sanity bound for the same reason; real settings use single-digit pass counts. */
    static final int MAX_ITERATIONS = 256;

    public Argon2Params {
        if (parallelism < 1 || parallelism > MAX_PARALLELISM) {
            throw new IllegalArgumentException("Argon2 parallelism must be in 1.." + MAX_PARALLELISM + ": " + parallelism);
        }
        // RFC 9106 section 3.1: memory size m is at least 8*p kibibytes.
        if (memoryKib < 8 * parallelism) {
            throw new IllegalArgumentException("Argon2 memory must be at least 8*parallelism KiB: " + memoryKib);
        }
        if (memoryKib > MAX_MEMORY_KIB) {
            throw new IllegalArgumentException("Argon2 memory must be at most " + MAX_MEMORY_KIB + " KiB: " + memoryKib);
        }
        // RFC 9106 section 3.1: number of passes t is at least 1.
        if (iterations < 1 || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("Argon2 iterations must be in 1.." + MAX_ITERATIONS + ": " + iterations);
        }
    }

    /** m = 19456 KiB (19 MiB), t = 2, p = 1: OWASP's first Argon2id option, SECURITY.md's minimum. */
    public static Argon2Params defaults() {
        return new Argon2Params(19_456, 2, 1);
    }
}
