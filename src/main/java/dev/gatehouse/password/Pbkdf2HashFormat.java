package dev.gatehouse.password;

import java.security.MessageDigest;
import java.util.Set;
import java.util.function.Supplier;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SHA512Digest;
import org.bouncycastle.crypto.generators.PKCS5S2ParametersGenerator;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * PBKDF2 (RFC 8018 section 5.2) with HMAC-SHA256 or HMAC-SHA512, in two encodings:
 * <ul>
 *   <li>PHC: {@code $pbkdf2-sha256$i=<iterations>[,l=<length>]$<salt>$<hash>}, standard base64;</li>
 *   <li>passlib: {@code $pbkdf2-sha256$<iterations>$<salt>$<hash>}, passlib's adapted base64
 *       ('.' for '+').</li>
 * </ul>
 */
final class Pbkdf2HashFormat implements LegacyHashFormat {

    private static final Set<String> PHC_PARAMS = Set.of("i", "l");
    /** Far above OWASP's 600,000 for SHA-256; only rejects junk. */
    private static final int MAX_ITERATIONS = 10_000_000;

    @Override
    public boolean recognises(String encoded) {
        return encoded.startsWith("$pbkdf2-sha256$") || encoded.startsWith("$pbkdf2-sha512$");
    }

    /** A parsed PBKDF2 string. */
    record Params(Supplier<Digest> digest, int iterations, byte[] salt, byte[] hash) {}

    @Override
    public boolean matches(byte[] password, String encoded) throws MalformedHashException {
        Params s = parse(encoded);
        PKCS5S2ParametersGenerator generator = new PKCS5S2ParametersGenerator(s.digest().get());
        generator.init(password, s.salt(), s.iterations());
        byte[] actual = ((KeyParameter) generator.generateDerivedParameters(s.hash().length * 8)).getKey();
        return MessageDigest.isEqual(s.hash(), actual);
    }

    static Params parse(String encoded) throws MalformedHashException {
        String[] fields = encoded.substring(1).split("\\$", -1);
        if (fields.length != 4) {
            throw new MalformedHashException("wrong number of fields");
        }
        Supplier<Digest> digest = fields[0].equals("pbkdf2-sha256") ? SHA256Digest::new : SHA512Digest::new;
        int iterations;
        byte[] salt;
        byte[] expected;
        if (fields[1].contains("=")) {
            PhcString phc = PhcString.parse(encoded);
            phc.requireOnly(PHC_PARAMS);
            iterations = phc.decimal("i", 1, MAX_ITERATIONS);
            salt = PhcBase64.decode(phc.salt(), "salt");
            expected = PhcBase64.decode(phc.hash(), "hash");
            if (phc.params().containsKey("l") && phc.decimal("l", 1, Integer.MAX_VALUE) != expected.length) {
                throw new MalformedHashException("hash length differs from l");
            }
        } else {
            iterations = PhcString.parseDecimal(fields[1], "rounds", 1, MAX_ITERATIONS);
            salt = PhcBase64.decode(fields[2], "salt");
            expected = PhcBase64.decode(fields[3], "hash");
        }
        if (salt.length == 0 || !LegacyHashFormat.plausibleHashLength(expected.length)) {
            throw new MalformedHashException("PBKDF2 salt or hash length out of range");
        }
        return new Params(digest, iterations, salt, expected);
    }
}
