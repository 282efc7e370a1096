package dev.gatehouse.password;

import java.security.MessageDigest;
import java.util.Set;
import org.bouncycastle.crypto.generators.SCrypt;

/**
 * scrypt (RFC 7914) as written by passlib: {@code $scrypt$ln=<log2 N>,r=<r>,p=<p>$<salt>$<hash>},
 * salt and hash in unpadded base64.
 */
final class ScryptHashFormat implements LegacyHashFormat {

    private static final Set<String> PARAMS = Set.of("ln", "r", "p");
    /** Same memory bound as for Argon2: a stored string may not ask for more than 1 GiB. */
    private static final long MAX_MEMORY_BYTES = (long) Argon2Params.MAX_MEMORY_KIB * 1024;
    private static final int MAX_PARALLELISM = 1024;

    @Override
    public boolean recognises(String encoded) {
        return encoded.startsWith("$scrypt$");
    }

    /** A parsed scrypt string: N = 2^logN, block size r, parallelism p (RFC 7914 section 2). */
    record Params(int logN, int r, int p, byte[] salt, byte[] hash) {
        long memoryBytes() {
            return 128L * r << logN;
        }
    }

    @Override
    public boolean matches(byte[] password, String encoded) throws MalformedHashException {
        Params s = parse(encoded);
        byte[] actual = SCrypt.generate(password, s.salt(), 1 << s.logN(), s.r(), s.p(), s.hash().length);
        return MessageDigest.isEqual(s.hash(), actual);
    }

    static Params parse(String encoded) throws MalformedHashException {
        PhcString phc = PhcString.parse(encoded);
        if (phc.version() != null) {
            throw new MalformedHashException("unexpected version field");
        }
        phc.requireOnly(PARAMS);
        int logN = phc.decimal("ln", 1, 30);
        int r = phc.decimal("r", 1, 1 << 20);
        int p = phc.decimal("p", 1, MAX_PARALLELISM);
        long n = 1L << logN;
        // RFC 7914 section 2: N a power of two greater than 1 and below 2^(128 * r / 8); r * p < 2^30.
        if (logN >= 16L * r || (long) r * p >= 1L << 30 || 128L * r * n > MAX_MEMORY_BYTES) {
            throw new MalformedHashException("scrypt parameters out of range");
        }
        byte[] salt = PhcBase64.decode(phc.salt(), "salt");
        byte[] expected = PhcBase64.decode(phc.hash(), "hash");
        if (!LegacyHashFormat.plausibleHashLength(expected.length)) {
            throw new MalformedHashException("scrypt hash length out of range");
        }
        return new Params(logN, r, p, salt, expected);
    }
}
