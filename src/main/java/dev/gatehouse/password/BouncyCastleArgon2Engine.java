package dev.gatehouse.password;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/** Pure-Java Argon2 from BouncyCastle: the fallback where libargon2 cannot be loaded. */
final class BouncyCastleArgon2Engine implements Argon2Engine {

    @Override
    public byte[] derive(Argon2Variant variant, int version, byte[] password, byte[] salt, Argon2Params params, int hashLength) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(type(variant))
                .withVersion(version)
                .withIterations(params.iterations())
                .withMemoryAsKB(params.memoryKib())
                .withParallelism(params.parallelism())
                .withSalt(salt)
                .build();
        // The generator keeps per-call state, so one per call keeps this class thread-safe.
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] out = new byte[hashLength];
        generator.generateBytes(password, out);
        return out;
    }

    private static int type(Argon2Variant variant) {
        return switch (variant) {
            case ARGON2D -> Argon2Parameters.ARGON2_d;
            case ARGON2I -> Argon2Parameters.ARGON2_i;
            case ARGON2ID -> Argon2Parameters.ARGON2_id;
        };
    }

    @Override
    public String name() {
        return "bouncycastle";
    }
}
