package dev.gatehouse.password;

import java.util.Set;

/**
 * An Argon2 PHC string, {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>}, as written by the
 * reference implementation (src/encoding.c) and libsodium.
 */
record Argon2Hash(Argon2Variant variant, int version, Argon2Params params, byte[] salt, byte[] hash) {

    /** RFC 9106 section 3.1: salt of at least 8 bytes; the upper bound only rejects junk. */
    static final int MIN_SALT_BYTES = 8;
    private static final int MAX_SALT_BYTES = 1024;
    /** keyid and data need a secret or associated data this server never uses, so they are refused. */
    private static final Set<String> PARAMS = Set.of("m", "t", "p");

    static Argon2Hash parse(PhcString phc) throws MalformedHashException {
        Argon2Variant variant = Argon2Variant.fromPhcId(phc.id());
        if (variant == null) {
            throw new MalformedHashException("not an Argon2 identifier");
        }
        int version = Argon2Variant.VERSION_10;
        if (phc.version() != null) {
            version = PhcString.parseDecimal(phc.version(), "v", 0, 255);
            if (version != Argon2Variant.VERSION_10 && version != Argon2Variant.VERSION_13) {
                throw new MalformedHashException("unknown Argon2 version");
            }
        }
        phc.requireOnly(PARAMS);
        int memory = phc.decimal("m", 1, Argon2Params.MAX_MEMORY_KIB);
        int iterations = phc.decimal("t", 1, Argon2Params.MAX_ITERATIONS);
        int parallelism = phc.decimal("p", 1, Argon2Params.MAX_PARALLELISM);
        Argon2Params params;
        try {
            params = new Argon2Params(memory, iterations, parallelism);
        } catch (IllegalArgumentException e) {
            throw new MalformedHashException("Argon2 parameters out of range");
        }
        byte[] salt = PhcBase64.decode(phc.salt(), "salt");
        byte[] hash = PhcBase64.decode(phc.hash(), "hash");
        if (salt.length < MIN_SALT_BYTES || salt.length > MAX_SALT_BYTES) {
            throw new MalformedHashException("Argon2 salt length out of range");
        }
        if (!LegacyHashFormat.plausibleHashLength(hash.length)) {
            throw new MalformedHashException("Argon2 hash length out of range");
        }
        return new Argon2Hash(variant, version, params, salt, hash);
    }

    String encode() {
        return "$" + variant.phcId() + "$v=" + version
                + "$m=" + params.memoryKib() + ",t=" + params.iterations() + ",p=" + params.parallelism()
                + "$" + PhcBase64.encode(salt) + "$" + PhcBase64.encode(hash);
    }
}
