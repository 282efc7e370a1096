package dev.gatehouse.session;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The successor of a refresh token, encrypted so that only someone holding the predecessor can read it.
 *
 * <p>Why: within the reuse interval a repeat of the just-rotated token gets the SAME successor back
 * (two tabs, a retry after a lost answer), yet tokens are stored only as hashes (ARCHITECTURE.md).
 * The key is HKDF-SHA256 (RFC 5869) of the predecessor token, which the database holds only as a
 * SHA-256 hash, so the stored value alone yields nothing usable. AES-256-GCM (NIST SP 800-38D) with a
 * random 96-bit nonce; the associated data is the predecessor's hash, the row column it sits beside.
 * Each key seals exactly one value (one predecessor has one successor).
 */
final class SuccessorSeal {
    private static final byte[] INFO = "gatehouse refresh successor".getBytes(StandardCharsets.US_ASCII);
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    // Cipher.getInstance and Mac.getInstance look the provider up on every call (a third of the seal's time
    // in a profile of refreshes, the seal a tenth of a refresh's Java time): one of each per thread instead. Every use initialises it again with its own
    // key (and for GCM a fresh random nonce), so nothing of one use reaches the next.
    private static final ThreadLocal<Cipher> GCM = ThreadLocal.withInitial(() -> instance("AES/GCM/NoPadding", true));
    private static final ThreadLocal<Mac> HMAC = ThreadLocal.withInitial(() -> instance("HmacSHA256", false));

    private SuccessorSeal() {}

    /** base64url(nonce || ciphertext || tag) of {@code successor} under a key only {@code predecessor} gives. */
    static String seal(String predecessor, String successor, String predecessorHash) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = GCM.get();
            cipher.init(Cipher.ENCRYPT_MODE, key(predecessor), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(predecessorHash.getBytes(StandardCharsets.US_ASCII));
            byte[] sealed = cipher.doFinal(successor.getBytes(StandardCharsets.US_ASCII));
            byte[] out = new byte[NONCE_BYTES + sealed.length];
            System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return B64.encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable", e);
        }
    }

    /** The successor, or empty when {@code sealed} was not made with this predecessor (or was altered). */
    static Optional<String> open(String predecessor, String sealed, String predecessorHash) {
        byte[] in;
        try {
            in = Base64.getUrlDecoder().decode(sealed);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (in.length < NONCE_BYTES + TAG_BITS / 8) return Optional.empty();
        try {
            Cipher cipher = GCM.get();
            cipher.init(Cipher.DECRYPT_MODE, key(predecessor), new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            cipher.updateAAD(predecessorHash.getBytes(StandardCharsets.US_ASCII));
            return Optional.of(new String(cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.US_ASCII));
        } catch (AEADBadTagException e) {
            return Optional.empty();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable", e);
        }
    }

    private static SecretKeySpec key(String predecessor) throws GeneralSecurityException {
        byte[] okm = hkdf(predecessor.getBytes(StandardCharsets.US_ASCII), INFO);
        try {
            return new SecretKeySpec(okm, "AES");
        } finally {
            Arrays.fill(okm, (byte) 0);
        }
    }

    /** HKDF-SHA256 (RFC 5869 §2.2-2.3) without salt (HashLen zero bytes): the first 32-byte block of output. */
    static byte[] hkdf(byte[] ikm, byte[] info) throws GeneralSecurityException {
        Mac mac = HMAC.get();
        mac.init(new SecretKeySpec(new byte[32], "HmacSHA256"));
        byte[] prk = mac.doFinal(ikm);
        mac.init(new SecretKeySpec(prk, "HmacSHA256"));
        Arrays.fill(prk, (byte) 0);
        mac.update(info);
        mac.update((byte) 1);
        return mac.doFinal();
    }

    @SuppressWarnings("unchecked")
    private static <T> T instance(String algorithm, boolean cipher) {
        try {
            return (T) (cipher ? Cipher.getInstance(algorithm) : Mac.getInstance(algorithm));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is unavailable", e);
        }
    }
}
