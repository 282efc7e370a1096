package dev.gatehouse.password;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link PasswordHasher} writing Argon2id PHC strings on top of one {@link Argon2Engine}. */
final class Argon2PasswordHasher implements PasswordHasher {

    private static final Logger LOG = LoggerFactory.getLogger(Argon2PasswordHasher.class);
    /** RFC 9106 section 4 recommends a 128-bit salt and a 256-bit tag. */
    static final int SALT_BYTES = 16;
    static final int HASH_BYTES = 32;
    private static final Verification NO_MATCH = new Verification(false, false);
    private static final Pattern SCHEME = Pattern.compile("\\$([a-z0-9-]{1,32})\\$");

    private final Argon2Engine engine;
    private final Argon2Params params;
    private final SecureRandom random = new SecureRandom();
    private final List<LegacyHashFormat> legacyFormats =
            List.of(new BcryptHashFormat(), new ScryptHashFormat(), new Pbkdf2HashFormat());
    private final String dummyHash;

    Argon2PasswordHasher(Argon2Engine engine, Argon2Params params) {
        this.engine = Objects.requireNonNull(engine);
        this.params = Objects.requireNonNull(params);
        // A hash of 32 random bytes: no password string can be known to match it.
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        this.dummyHash = hashBytes(secret);
    }

    @Override
    public String hash(String password) {
        byte[] bytes = utf8(password);
        if (bytes == null) {
            throw new IllegalArgumentException("password is empty, too long or not valid Unicode");
        }
        try {
            return hashBytes(bytes);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    private String hashBytes(byte[] password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] tag = engine.derive(Argon2Variant.ARGON2ID, Argon2Variant.VERSION_13, password, salt, params, HASH_BYTES);
        return new Argon2Hash(Argon2Variant.ARGON2ID, Argon2Variant.VERSION_13, params, salt, tag).encode();
    }

    @Override
    public Verification verify(String password, String encoded) {
        if (encoded == null) {
            LOG.warn("No stored password hash to verify against");
            return NO_MATCH;
        }
        byte[] bytes = utf8(password);
        if (bytes == null) {
            return NO_MATCH;
        }
        try {
            if (encoded.startsWith("$argon2")) {
                return verifyArgon2(bytes, Argon2Hash.parse(PhcString.parse(encoded)));
            }
            for (LegacyHashFormat format : legacyFormats) {
                if (format.recognises(encoded)) {
                    boolean matches = matchesLegacy(format, bytes, encoded);
                    return new Verification(matches, matches);
                }
            }
            LOG.warn("Stored password hash has an unknown format (scheme {})", scheme(encoded));
            return NO_MATCH;
        } catch (MalformedHashException e) {
            LOG.warn("Stored password hash is malformed (scheme {}): {}", scheme(encoded), e.getMessage());
            return NO_MATCH;
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    private static boolean matchesLegacy(LegacyHashFormat format, byte[] password, String encoded)
            throws MalformedHashException {
        try {
            return format.matches(password, encoded);
        } catch (IllegalArgumentException e) {
            // BouncyCastle's own input checks, should a stored string pass ours and still be bad.
            throw new MalformedHashException("rejected by the hash function");
        }
    }

    private Verification verifyArgon2(byte[] password, Argon2Hash stored) {
        byte[] actual = engine.derive(stored.variant(), stored.version(), password, stored.salt(), stored.params(),
                stored.hash().length);
        boolean matches = MessageDigest.isEqual(stored.hash(), actual);
        return new Verification(matches, matches && !isCurrent(stored));
    }

    /** Anything but exactly what {@link #hash} writes today is upgraded, weaker or not. */
    private boolean isCurrent(Argon2Hash stored) {
        return stored.variant() == Argon2Variant.ARGON2ID
                && stored.version() == Argon2Variant.VERSION_13
                && stored.params().equals(params)
                && stored.salt().length >= SALT_BYTES
                && stored.hash().length == HASH_BYTES;
    }

    @Override
    public Verification verifyDummy(String password) {
        verify(password, dummyHash);
        return NO_MATCH;
    }

    @Override
    public String name() {
        return "argon2id-" + engine.name(params);
    }

    @Override
    public void releaseIdleMemory() {
        engine.releaseIdleMemory();
    }

    /**
     * UTF-8 bytes of an acceptable password, or null for an empty one, one over the cap, or one
     * with unpaired surrogates (which String.getBytes would silently turn into '?').
     */
    private static byte[] utf8(String password) {
        Objects.requireNonNull(password, "password");
        if (password.isEmpty() || password.length() > MAX_PASSWORD_CHARS) {
            return null;
        }
        try {
            ByteBuffer buffer = StandardCharsets.UTF_8.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(password));
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            Arrays.fill(buffer.array(), (byte) 0);
            return bytes;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The scheme identifier only: the rest of a stored hash never goes to the log. */
    private static String scheme(String encoded) {
        Matcher m = SCHEME.matcher(encoded);
        return m.lookingAt() ? m.group(1) : "none";
    }
}
