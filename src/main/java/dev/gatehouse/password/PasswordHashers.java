package dev.gatehouse.password;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the {@link PasswordHasher}: native libargon2 where it works, BouncyCastle elsewhere. */
public final class PasswordHashers {

    private static final Logger LOG = LoggerFactory.getLogger(PasswordHashers.class);

    /**
     * Known answer from the reference implementation's test suite (phc-winner-argon2 src/test.c):
     * Argon2id v=19, t=2, m=256 KiB, p=1, password "password", salt "somesalt".
     */
    private static final byte[] KAT_TAG =
            HexFormat.of().parseHex("9dfeb910e80bad0311fee20f9c0e2b12c17987b4cac90c2ef54d5b3021c68bfe");
    private static final Argon2Params SELF_TEST_PARAMS = new Argon2Params(256, 2, 1);

    private PasswordHashers() {
    }

    /**
     * @param params         Argon2id parameters for new hashes (and the dummy hash)
     * @param implementation {@code auto} (libargon2 if it loads and passes a self-test, else
     *                       BouncyCastle), {@code native} (libargon2 or fail) or {@code java}
     *                       (BouncyCastle); case-insensitive
     * @throws IllegalArgumentException for another implementation name
     * @throws IllegalStateException    if the requested implementation fails its self-test
     */
    public static PasswordHasher create(Argon2Params params, String implementation) {
        return create(params, implementation, NativeArgon2Engine::new);
    }

    /** As {@link #create(Argon2Params, String)}, with the native engine's loader replaceable for tests. */
    static PasswordHasher create(Argon2Params params, String implementation, Supplier<Argon2Engine> nativeLoader) {
        Objects.requireNonNull(params, "params");
        String choice = Objects.requireNonNull(implementation, "implementation").trim().toLowerCase(Locale.ROOT);
        Argon2Engine engine = switch (choice) {
            case "native" -> selfTested(loadNative(nativeLoader));
            case "java" -> selfTested(new BouncyCastleArgon2Engine());
            case "auto" -> autoSelect(nativeLoader);
            default -> throw new IllegalArgumentException(
                    "Unknown password hashing implementation '" + implementation + "': use auto, native or java");
        };
        PasswordHasher hasher = new Argon2PasswordHasher(engine, params);
        LOG.info("Password hashing: {} (m={} KiB, t={}, p={})",
                hasher.name(), params.memoryKib(), params.iterations(), params.parallelism());
        return hasher;
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

    /**
     * A known-answer test of the raw function, then a hash/verify round trip through the PHC
     * encoding (cheap parameters: this runs at every start).
     */
    private static Argon2Engine selfTested(Argon2Engine engine) {
        byte[] tag;
        try {
            tag = engine.derive(Argon2Variant.ARGON2ID, Argon2Variant.VERSION_13,
                    "password".getBytes(StandardCharsets.US_ASCII), "somesalt".getBytes(StandardCharsets.US_ASCII),
                    SELF_TEST_PARAMS, KAT_TAG.length);
        } catch (LinkageError e) {
            throw new IllegalStateException("Argon2 " + engine.name() + " could not be loaded", e);
        }
        if (!MessageDigest.isEqual(KAT_TAG, tag)) {
            throw new IllegalStateException("Argon2 " + engine.name() + " failed its known-answer test");
        }
        PasswordHasher probe = new Argon2PasswordHasher(engine, SELF_TEST_PARAMS);
        String encoded = probe.hash("self-test password");
        if (!probe.verify("self-test password", encoded).matches() || probe.verify("self-test passworD", encoded).matches()) {
            throw new IllegalStateException("Argon2 " + engine.name() + " failed its hash/verify self-test");
        }
        return engine;
    }
}
