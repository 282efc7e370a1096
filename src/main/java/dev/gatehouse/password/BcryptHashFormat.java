package dev.gatehouse.password;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;

/**
 * OpenBSD bcrypt modular crypt strings {@code $2a$ / $2b$ / $2y$<cost>$<22 salt><31 hash>}.
 *
 * <p>bcrypt only reads the first 72 bytes of a password. SECURITY.md forbids truncation, so a
 * password longer than 72 UTF-8 bytes never matches a bcrypt hash (its owner must reset it).
 */
final class BcryptHashFormat implements LegacyHashFormat {

    static final int MAX_PASSWORD_BYTES = 72;
    private static final Pattern FORMAT =
            Pattern.compile("\\$(2[aby])\\$([0-9]{2})\\$([./A-Za-z0-9]{22})([./A-Za-z0-9]{31})");
    /** bcrypt's base64 alphabet, in the order of the standard one below. */
    private static final String BCRYPT_ALPHABET = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final String STANDARD_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    private static final int SALT_CHARS = 22;

    @Override
    public boolean recognises(String encoded) {
        return encoded.startsWith("$2");
    }

    @Override
    public boolean matches(byte[] password, String encoded) throws MalformedHashException {
        Matcher m = parse(encoded);
        int cost = Integer.parseInt(m.group(2));
        if (password.length > MAX_PASSWORD_BYTES) {
            return false;
        }
        byte[] salt = decodeSalt(m.group(3));
        // OpenBSDBCrypt appends the terminating NUL below 72 bytes, as OpenBSD's bcrypt does.
        String computed = OpenBSDBCrypt.generate(m.group(1), password, salt, cost);
        byte[] expected = m.group(4).getBytes(StandardCharsets.US_ASCII);
        byte[] actual = computed.substring(computed.length() - expected.length).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, actual);
    }

    /** The log2 rounds of a well-formed bcrypt string. */
    static int cost(String encoded) throws MalformedHashException {
        return Integer.parseInt(parse(encoded).group(2));
    }

    private static Matcher parse(String encoded) throws MalformedHashException {
        Matcher m = FORMAT.matcher(encoded);
        if (!m.matches()) {
            throw new MalformedHashException("not a bcrypt string");
        }
        int cost = Integer.parseInt(m.group(2));
        // OpenBSD bcrypt: log2 rounds between 4 and 31.
        if (cost < 4 || cost > 31) {
            throw new MalformedHashException("bcrypt cost out of range");
        }
        return m;
    }

    /** bcrypt's base64 packs bits like the standard one, with another alphabet and no padding. */
    private static byte[] decodeSalt(String text) {
        char[] translated = new char[SALT_CHARS];
        for (int i = 0; i < SALT_CHARS; i++) {
            translated[i] = STANDARD_ALPHABET.charAt(BCRYPT_ALPHABET.indexOf(text.charAt(i)));
        }
        // 22 characters carry 132 bits; the decoder ignores the 4 unused ones, as OpenBSD does.
        return Base64.getDecoder().decode(new String(translated));
    }
}
