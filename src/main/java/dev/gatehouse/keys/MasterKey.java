package dev.gatehouse.keys;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The 256-bit key that encrypts secrets at rest (signing private keys, MFA secrets).
 *
 * <p>Format of a ciphertext: 12-byte random nonce, then AES-256-GCM ciphertext with its 128-bit tag
 * (NIST SP 800-38D). The associated data binds a ciphertext to its purpose (for a signing key:
 * its kid), so a ciphertext copied to another row or another purpose does not decrypt.
 * Random 96-bit nonces stay safe for far more than the 2^32 encryptions SP 800-38D §8.3 allows per key.
 */
public final class MasterKey {

    static final int KEY_BYTES = 32;
    static final int NONCE_BYTES = 12;
    static final int TAG_BITS = 128;
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();
    /** Where the key was read from, for the message an operator reads when it opens nothing. */
    private final String origin;
    /**
     * Set by the first {@link #encrypt}, shared with every copy made by {@link #from}: a key generated at a start
     * that failed may be thrown away only while nothing in the database depends on it.
     */
    private final AtomicBoolean sealed;

    private MasterKey(byte[] raw) {
        this(new SecretKeySpec(raw, "AES"), "the configuration", new AtomicBoolean());
    }

    private MasterKey(SecretKeySpec key, String origin, AtomicBoolean sealed) {
        this.key = key;
        this.origin = origin;
        this.sealed = sealed;
    }

    /**
     * This key, described as read from {@code origin} ({@code GATEHOUSE_MASTER_KEY}, a file's path): what a
     * failure to decrypt names, so that the operator knows which setting to fix.
     */
    public MasterKey from(String origin) {
        return new MasterKey(key, origin, sealed);
    }

    /** True once this key (or a copy of it by {@link #from}) has encrypted anything in this process. */
    public boolean hasSealed() {
        return sealed.get();
    }

    /** Where the key was read from (see {@link #from}); never the key. */
    public String origin() {
        return origin;
    }

    /**
     * Parses base64 (standard or URL-safe alphabet, padding optional) of exactly 32 bytes.
     *
     * @throws IllegalArgumentException when not base64 or not 32 bytes; the message never contains the value
     */
    public static MasterKey fromBase64(String encoded) {
        if (encoded == null || encoded.isBlank()) {
            throw new IllegalArgumentException("master key is empty: expected base64 of exactly 32 bytes");
        }
        String s = encoded.strip();
        byte[] raw;
        try {
            raw = (s.indexOf('-') >= 0 || s.indexOf('_') >= 0 ? Base64.getUrlDecoder() : Base64.getDecoder()).decode(s);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("master key is not valid base64: expected base64 of exactly 32 bytes");
        }
        if (raw.length != KEY_BYTES) {
            int n = raw.length;
            Arrays.fill(raw, (byte) 0);
            throw new IllegalArgumentException("master key must be exactly 32 bytes (AES-256), got " + n + " bytes");
        }
        try {
            return new MasterKey(raw);
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

    /** A new random key from the platform CSPRNG. */
    public static MasterKey generate() {
        byte[] raw = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(raw);
        try {
            return new MasterKey(raw);
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

    /** Standard base64 with padding, e.g. to write a generated key into the data directory. */
    public String toBase64() {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    /** Returns nonce || ciphertext || tag. {@code aad} may be empty but should name the purpose. */
    public byte[] encrypt(byte[] plain, byte[] aad) {
        if (!sealed.get()) sealed.set(true);
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(aad);
            byte[] out = new byte[NONCE_BYTES + cipher.getOutputSize(plain.length)];
            System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
            int n = cipher.doFinal(plain, 0, plain.length, out, NONCE_BYTES);
            return n == out.length - NONCE_BYTES ? out : Arrays.copyOf(out, NONCE_BYTES + n);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption is unavailable", e);
        }
    }

    /**
     * Reverses {@link #encrypt}.
     *
     * @throws IllegalArgumentException when the input is too short, was tampered with, or was made with
     *                                  another key or other associated data
     */
    public byte[] decrypt(byte[] sealed, byte[] aad) {
        if (sealed == null || sealed.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new IllegalArgumentException("ciphertext is too short");
        }
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            cipher.updateAAD(aad);
            return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
        } catch (AEADBadTagException e) {
            throw new IllegalArgumentException(
                    "ciphertext does not authenticate: wrong master key, wrong associated data, or tampered");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM decryption is unavailable", e);
        }
    }

    /**
     * A 256-bit key for one purpose, derived from this key with HMAC-SHA256 over a fixed label (the
     * expand step of HKDF, RFC 5869 §2.3, with a uniformly random input key): keys for different
     * purposes are independent, and the master key itself never leaves this class.
     */
    public byte[] deriveKey(String purpose) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
            mac.update(("gatehouse/" + purpose).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return mac.doFinal(new byte[] {1});
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is unavailable", e);
        }
    }

    @Override
    public String toString() {
        return "MasterKey[redacted]";
    }
}
