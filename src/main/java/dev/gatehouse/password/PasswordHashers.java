package dev.gatehouse.password;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the {@link PasswordHasher}: libsodium where it loads (the hashes it computes), native
 * libargon2 where it works (every other stored Argon2 hash, or all of them without libsodium),
 * BouncyCastle elsewhere.
 */
public final class PasswordHashers {

    private static final Logger LOG = LoggerFactory.getLogger(PasswordHashers.class);

    /**
     * Known answer from the reference implementation's test suite (phc-winner-argon2 src/test.c):
     * Argon2id v=19, t=2, m=256 KiB, p=1, password "password", salt "somesalt".
     */
    private static final byte[] KAT_TAG =
            HexFormat.of().parseHex("9dfeb910e80bad0311fee20f9c0e2b12c17987b4cac90c2ef54d5b3021c68bfe");
    private static final Argon2Params SELF_TEST_PARAMS = new Argon2Params(256, 2, 1);
    /**
     * Password "password" with the 16-byte salt "somesaltsomesalt", which libsodium requires (the
     * reference vector's 8-byte salt goes to the fallback engine), and t=3 (auto's least for
     * libsodium); computed by libargon2 and BouncyCastle alike (SodiumArgon2EngineTest).
     */
    static final byte[] SODIUM_KAT_SALT = "somesaltsomesalt".getBytes(StandardCharsets.US_ASCII);
    static final Argon2Params SODIUM_KAT_PARAMS = new Argon2Params(256, SodiumArgon2Engine.AUTO_MIN_ITERATIONS, 1);
    static final byte[] SODIUM_KAT_TAG =
            HexFormat.of().parseHex("45712205ca8e0777e07eeb552e27165d3450b42ba9d9e646b9be536116b192cc");

    private PasswordHashers() {
    }

    /** Loads libsodium with the engine for the hashes it does not compute ({@link SodiumArgon2Engine}'s constructor). */
    interface SodiumLoader {
        Argon2Engine load(Argon2Engine fallback, int minIterations);
    }

    /**
     * @param params         Argon2id parameters for new hashes (and the dummy hash)
     * @param implementation {@code auto} (libsodium if it loads and passes a self-test, for
     *                       the hashes it computes; libargon2 if it loads and passes a self-test,
     *                       else BouncyCastle, for the others or all), {@code sodium} (libsodium or
     *                       fail; the others as auto), {@code native} (libargon2 or fail) or
     *                       {@code java} (BouncyCastle); case-insensitive
     * @throws IllegalArgumentException for another implementation name
     * @throws IllegalStateException    if the requested implementation fails its self-test
     */
    public static PasswordHasher create(Argon2Params params, String implementation) {
        return create(params, implementation, NativeArgon2Engine::new, SodiumArgon2Engine::new);
    }

    /** As {@link #create(Argon2Params, String)}, with libargon2's loader replaceable for tests. */
    static PasswordHasher create(Argon2Params params, String implementation, Supplier<Argon2Engine> nativeLoader) {
        return create(params, implementation, nativeLoader, SodiumArgon2Engine::new);
    }

    /**
     * As {@link #create(Argon2Params, String)}, with the loaders replaceable for tests; the
     * libsodium loader gets the engine for the hashes libsodium does not compute.
     */
    static PasswordHasher create(Argon2Params params, String implementation, Supplier<Argon2Engine> nativeLoader,
                                 SodiumLoader sodiumLoader) {
        Objects.requireNonNull(params, "params");
        String choice = Objects.requireNonNull(implementation, "implementation").trim().toLowerCase(Locale.ROOT);
        Argon2Engine engine = switch (choice) {
            case "native" -> selfTested(loadNative(nativeLoader));
            case "java" -> selfTested(new BouncyCastleArgon2Engine());
            case "sodium" -> sodium(sodiumLoader, autoSelect(nativeLoader), 1);
            case "auto" -> autoSelect(nativeLoader, sodiumLoader);
            default -> throw new IllegalArgumentException(
                    "Unknown password hashing implementation '" + implementation + "': use auto, sodium, native or java");
        };
        PasswordHasher hasher = new Argon2PasswordHasher(engine, params);
        LOG.info("Password hashing: {} (m={} KiB, t={}, p={}{})", hasher.name(), params.memoryKib(), params.iterations(),
                params.parallelism(), engine instanceof SodiumArgon2Engine s ? "; " + s.describe() : "");
        return hasher;
    }

    /** libsodium where it loads and answers right, else libargon2 or BouncyCastle; one INFO line says why. */
    private static Argon2Engine autoSelect(Supplier<Argon2Engine> nativeLoader, SodiumLoader sodiumLoader) {
        Argon2Engine fallback = autoSelect(nativeLoader);
        try {
            return sodium(sodiumLoader, fallback, SodiumArgon2Engine.AUTO_MIN_ITERATIONS);
        } catch (RuntimeException e) {
            LOG.info("libsodium unavailable ({}); Argon2 runs on {} alone (install libsodium23 for about twice the hash rate)",
                    e.getCause() != null ? e.getCause().toString() : e.toString(), fallback.name());
            return fallback;
        }
    }

    private static Argon2Engine sodium(SodiumLoader sodiumLoader, Argon2Engine fallback, int minIterations) {
        Argon2Engine engine;
        try {
            engine = sodiumLoader.load(fallback, minIterations);
        } catch (LinkageError e) {
            throw new IllegalStateException("libsodium could not be loaded", e);
        }
        // The reference vector's 8-byte salt tests the fallback; this one libsodium itself.
        knownAnswer(engine, SODIUM_KAT_SALT, SODIUM_KAT_PARAMS, SODIUM_KAT_TAG);
        return selfTested(engine);
    }

    private static Argon2Engine autoSelect(Supplier<Argon2Engine> nativeLoader) {
        try {
            return selfTested(loadNative(nativeLoader));
        } catch (LinkageError | RuntimeException e) {
            LOG.warn("Native libargon2 unavailable ({}); using the slower BouncyCastle Argon2", e.toString());
            return selfTested(new BouncyCastleArgon2Engine());
        }
    }

    private static Argon2Engine loadNative(Supplier<Argon2Engine> nativeLoader) {
        try {
            return nativeLoader.get();
        } catch (LinkageError e) {
            throw new IllegalStateException("libargon2 could not be loaded", e);
        }
    }

    private static void knownAnswer(Argon2Engine engine, byte[] salt, Argon2Params params, byte[] expected) {
        byte[] tag;
        try {
            tag = engine.derive(Argon2Variant.ARGON2ID, Argon2Variant.VERSION_13,
                    "password".getBytes(StandardCharsets.US_ASCII), salt, params, expected.length);
        } catch (LinkageError e) {
            throw new IllegalStateException("Argon2 " + engine.name() + " could not be loaded", e);
        }
        if (!MessageDigest.isEqual(expected, tag)) {
            throw new IllegalStateException("Argon2 " + engine.name() + " failed its known-answer test");
        }
    }

    /**
     * A known-answer test of the raw function, then a hash/verify round trip through the PHC
     * encoding (cheap parameters: this runs at every start).
     */
    private static Argon2Engine selfTested(Argon2Engine engine) {
        knownAnswer(engine, "somesalt".getBytes(StandardCharsets.US_ASCII), SELF_TEST_PARAMS, KAT_TAG);
        PasswordHasher probe = new Argon2PasswordHasher(engine, SELF_TEST_PARAMS);
        String encoded = probe.hash("self-test password");
        if (!probe.verify("self-test password", encoded).matches() || probe.verify("self-test passworD", encoded).matches()) {
            throw new IllegalStateException("Argon2 " + engine.name() + " failed its hash/verify self-test");
        }
        return engine;
    }
}
