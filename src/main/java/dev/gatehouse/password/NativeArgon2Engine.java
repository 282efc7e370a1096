package dev.gatehouse.password;

import de.mkammerer.argon2.Argon2Advanced;
import de.mkammerer.argon2.Argon2Factory;
import de.mkammerer.argon2.Argon2Factory.Argon2Types;
import de.mkammerer.argon2.Argon2Version;
import java.util.EnumMap;
import java.util.Map;

/**
 * The reference libargon2 through argon2-jvm (JNA; the jar bundles the library for common
 * platforms). About 5x faster than pure Java on this project's machines (PERFORMANCE.md).
 * The library is loaded on first use, so construction alone proves nothing: run a self-test.
 */
final class NativeArgon2Engine implements Argon2Engine {

    private final Map<Argon2Variant, Argon2Advanced> byVariant = new EnumMap<>(Argon2Variant.class);

    NativeArgon2Engine() {
        // argon2-jvm instances hold no per-call state; libargon2's argon2_ctx is reentrant.
        byVariant.put(Argon2Variant.ARGON2D, Argon2Factory.createAdvanced(Argon2Types.ARGON2d));
        byVariant.put(Argon2Variant.ARGON2I, Argon2Factory.createAdvanced(Argon2Types.ARGON2i));
        byVariant.put(Argon2Variant.ARGON2ID, Argon2Factory.createAdvanced(Argon2Types.ARGON2id));
    }

    @Override
    public byte[] derive(Argon2Variant variant, int version, byte[] password, byte[] salt, Argon2Params params, int hashLength) {
        // JNA cannot allocate a zero-length buffer; the hasher never passes an empty password.
        if (password.length == 0) {
            throw new IllegalArgumentException("empty password");
        }
        Argon2Version nativeVersion = version == Argon2Variant.VERSION_10 ? Argon2Version.V10 : Argon2Version.V13;
        return byVariant.get(variant).rawHashAdvanced(params.iterations(), params.memoryKib(), params.parallelism(),
                password, salt, null, null, hashLength, nativeVersion);
    }

    @Override
    public String name() {
        return "native";
    }
}
