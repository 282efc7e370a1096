package dev.gatehouse.password;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.util.List;
import java.util.Objects;

/**
 * Argon2id from libsodium ({@code crypto_pwhash_argon2id}), whose block function has SSSE3, AVX2
 * and AVX-512F versions chosen at run time by {@code sodium_init}; libargon2 as bundled by
 * argon2-jvm (and Debian's libargon2) is the portable C one: a pass over memory costs a third of
 * libargon2's CPU time here (docs/benchmarks.md).
 *
 * <p>{@code crypto_pwhash_argon2id} computes RFC 9106 Argon2id v1.3 with one lane, a 16-byte salt
 * ({@code crypto_pwhash_SALTBYTES}) and a tag of at least 16 bytes: exactly what
 * {@link Argon2PasswordHasher} writes. Anything else (an imported argon2i or argon2d hash, p > 1,
 * another salt length, v1.0) goes to {@code fallback}, so every stored hash still verifies.
 *
 * <p>Memory: libsodium maps each hash's matrix with mmap and unmaps it when the hash ends, so
 * nothing stays resident between hashes and no malloc arena keeps it; the hashing pool's threads
 * bound the matrices in use at once. The price: every hash faults its m KiB in afresh (one page
 * fault and a zeroed page per 4 KiB; libargon2's matrices are reused, see NativeArgon2Engine),
 * measured at 0.35-0.6 us per KiB of system time on 2 shared cores, about what one pass saves.
 * Both costs grow with m, only the saving with t: with {@code minIterations} = 3 (auto) libsodium
 * takes the hashes where it measured clearly faster (m=7168 KiB, t=5: 7.0 against 13.0 ms of CPU)
 * and leaves t = 1 or 2 (m=19456 KiB, t=2: 14.8 against 15.4 ms, a draw) to the fallback.
 *
 * <p>The library is the system's (Debian's libsodium23), loaded by its soname.
 */
final class SodiumArgon2Engine implements Argon2Engine {

    /** crypto_pwhash_SALTBYTES. */
    static final int SALT_BYTES = 16;
    /** crypto_pwhash_argon2id_BYTES_MIN. */
    static final int MIN_HASH_BYTES = 16;
    /** crypto_pwhash_ALG_ARGON2ID13. */
    private static final int ALG_ARGON2ID13 = 2;
    /** Names tried in order: the unversioned name needs libsodium-dev, the soname only the runtime package. */
    private static final List<String> LIBRARY_NAMES = List.of("sodium", "libsodium.so.23", "libsodium.so.26");

    /** The part of libsodium's API this engine calls. */
    interface Sodium extends Library {
        int sodium_init();

        String sodium_version_string();

        int sodium_runtime_has_avx512f();

        int sodium_runtime_has_avx2();

        int sodium_runtime_has_ssse3();

        /** {@code memlimit} is a size_t (64 bits where this engine is used, see the constructor). */
        int crypto_pwhash_argon2id(Pointer out, long outlen, Pointer passwd, long passwdlen, Pointer salt,
                                   long opslimit, long memlimit, int alg);
    }

    /** The fewest passes over memory for which auto hands a hash to libsodium; see the class comment. */
    static final int AUTO_MIN_ITERATIONS = 3;

    private final Sodium sodium;
    private final Argon2Engine fallback;
    private final int minIterations;

    /**
     * @param minIterations the fewest passes libsodium computes; hashes with fewer go to the fallback
     * @throws UnsatisfiedLinkError when libsodium cannot be loaded (or size_t is not 64 bits)
     */
    SodiumArgon2Engine(Argon2Engine fallback, int minIterations) {
        this(load(), fallback, minIterations);
    }

    SodiumArgon2Engine(Sodium sodium, Argon2Engine fallback, int minIterations) {
        this.sodium = Objects.requireNonNull(sodium);
        this.fallback = Objects.requireNonNull(fallback);
        this.minIterations = minIterations;
        // sodium_init picks the block function for this CPU; -1 means it failed, 1 that it already ran.
        if (sodium.sodium_init() < 0) {
            throw new UnsatisfiedLinkError("sodium_init failed");
        }
    }

    private static Sodium load() {
        if (Native.SIZE_T_SIZE != Long.BYTES) {
            throw new UnsatisfiedLinkError("libsodium binding assumes a 64-bit size_t");
        }
        UnsatisfiedLinkError failure = null;
        for (String name : LIBRARY_NAMES) {
            try {
                return Native.load(name, Sodium.class);
            } catch (UnsatisfiedLinkError e) {
                if (failure == null) failure = e;
                else failure.addSuppressed(e);
            }
        }
        throw failure;
    }

    /** Whether libsodium computes this hash; the others go to the fallback engine. */
    boolean computes(Argon2Variant variant, int version, int saltLength, Argon2Params params, int hashLength) {
        return variant == Argon2Variant.ARGON2ID
                && version == Argon2Variant.VERSION_13
                && params.parallelism() == 1
                && params.iterations() >= minIterations
                && saltLength == SALT_BYTES
                && hashLength >= MIN_HASH_BYTES;
    }

    @Override
    public byte[] derive(Argon2Variant variant, int version, byte[] password, byte[] salt, Argon2Params params, int hashLength) {
        if (!computes(variant, version, salt.length, params, hashLength)) {
            return fallback.derive(variant, version, password, salt, params, hashLength);
        }
        try (NativeHashBuffers buffers = new NativeHashBuffers(password, salt, hashLength)) {
            int result = sodium.crypto_pwhash_argon2id(buffers.out, hashLength, buffers.password, password.length, buffers.salt,
                    params.iterations(), (long) params.memoryKib() * 1024, ALG_ARGON2ID13);
            if (result != 0) {
                // -1: the matrix could not be mapped (ENOMEM) or a bound was broken (EINVAL, EFBIG).
                throw new IllegalStateException("libsodium crypto_pwhash_argon2id failed (m=" + params.memoryKib()
                        + " KiB, t=" + params.iterations() + ")");
            }
            return buffers.tag();
        }
    }

    @Override
    public void releaseIdleMemory() {
        fallback.releaseIdleMemory();
    }

    @Override
    public String name() {
        return "sodium";
    }

    @Override
    public String name(Argon2Params params) {
        return computes(Argon2Variant.ARGON2ID, Argon2Variant.VERSION_13, SALT_BYTES, params, Argon2PasswordHasher.HASH_BYTES)
                ? name() : fallback.name(params);
    }

    /** The engine for hashes libsodium does not compute. */
    Argon2Engine fallback() {
        return fallback;
    }

    /** Library version and the widest block function this CPU gets, for the start-up log. */
    String describe() {
        String simd = sodium.sodium_runtime_has_avx512f() != 0 ? "AVX-512F"
                : sodium.sodium_runtime_has_avx2() != 0 ? "AVX2"
                : sodium.sodium_runtime_has_ssse3() != 0 ? "SSSE3" : "portable";
        return "libsodium " + sodium.sodium_version_string() + " (" + simd + ") for Argon2id with p=1, t>=" + minIterations
                + ", else " + fallback.name();
    }
}
